import { words } from './entries';

/**
 * Words that end the search for what a figure counts before it (lib/claims/noun-phrase.ts): a noun further back
 * belongs to another clause.
 */

/** "economists expect it to hold at 3.5%": the figure's clause has a subject of its own, which names nothing. */
export const SUBJECT_PRONOUNS = words(
  'a pronoun subject of the figure’s clause: the noun before it is not what is counted',
  'it they he she we i you',
);

/** "the minister said that 83% ...": after a reporting verb, "that" opens the reported clause. */
export const REPORTED_CLAUSE_OPENERS = words('opens what a reporting verb reports', 'that');
