import { words } from './entries';

/**
 * Lists of figures that share one counted thing (lib/claims/list-items.ts): "growth of 0.9% in 2024, 1.4% in 2025
 * and 1.7% in 2026", "killed 12 people and injured 40", "won 159 seats, the DA 87". A later item with no noun of
 * its own leaves it out because it is the first item's (noun ellipsis after a numeral).
 */

/** Joins one item of a list to the next (a comma is read as structure). */
export const LIST_JOINS = words('joins the items of a list of figures', 'and while whereas');

/** Opens the time or place adjunct an item may carry: "1.4% in 2025", "12 in the north", "40 by Friday". */
export const ITEM_ADJUNCT_OPENERS = words(
  'a preposition of time or place after an item of a list',
  'in by for during on at over across within until through',
);

/** Between a join and the next figure, words that go on telling when: "0.9% this year, then 1.4%". */
export const ITEM_LEADS = words('an adverb of sequence before the next item', 'then later next');

/**
 * Nouns of who holds a share or a count in a list of holders: "took 40% of the vote, while the opposition won 22%"
 * names another holder of the vote, not what 22% counts (a name in capitals is a holder too).
 */
export const LIST_HOLDERS = words(
  'who wins, takes or holds a part of what the list counts',
  'party opposition candidate coalition alliance bloc incumbent challenger rival runner-up company firm team',
);
