import { alternatives, words } from '../claims/grammar/entries';
import { isNumberWord } from '../claims/number-words';

/**
 * Words after counted people that say they are in hospital care now, each with why. Those still in hospital are
 * the injured less those discharged (and dead), a count that falls as the injured toll rises: another quantity
 * than the injured, however the sentence names them ("80 people injured in the attack remain in hospital"). Not
 * "admitted to hospital" nor "taken to hospital", which count everyone ever brought in, nor "were treated", which
 * counts those treated and sent home too.
 */
export const IN_CARE_WORDS: { words: string; reason: string }[] = [
  { words: 'in hospital', reason: '"80 people injured in the attack remain in hospital"' },
  { words: 'in hospitals', reason: '"102 people still being treated in hospitals"' },
  { words: 'in the hospital', reason: '"12 remain in the hospital", American usage' },
  { words: 'hospitalised', reason: '"195 are still hospitalised"' },
  { words: 'hospitalized', reason: 'the American spelling' },
  { words: 'being treated', reason: '"40 people are being treated for burns": care going on, not care given' },
  { words: 'receiving treatment', reason: '"30 are receiving treatment"' },
  { words: 'receiving medical treatment', reason: '"103 wounded are still receiving medical treatment"' },
  { words: 'under treatment', reason: '"25 remain under treatment"' },
];

/**
 * Words that say the people are in a state, one of which stands right before the care words: "remain in hospital",
 * "are still being treated". Care words after a deed are where it happened ("two more people succumbing to their
 * injuries in hospital" died there).
 */
const STATE_WORDS = [
  ...words(
    'a form of "be", which says what state the people are in: "40 are in hospital"',
    'are is were was be been being',
  ),
  ...words('a verb of staying in a state: "80 remain in hospital"', 'remain remains remained'),
  ...words(
    'an adverb of the present state: "195 are still hospitalised", "12 currently in hospital"',
    'still now currently',
  ),
];

const IN_CARE = new RegExp(
  `\\b(?:${alternatives(STATE_WORDS)})\\s+(?:${IN_CARE_WORDS.map((w) => w.words.replace(/ /g, '\\s+')).join('|')})\\b`,
  'i',
);

/**
 * A participle of care in the perfect ("192 people have been hospitalized across the district's clinics") tells a
 * deed done, everyone brought in so far, as "admitted" does, where "are hospitalized" and "remain hospitalized" tell
 * those in care now.
 */
const PERFECT_ADMISSION = /\b(?:has|have|had)\s+been\s+hospitali[sz]ed\b/gi;

// ", including six children," or "(including 12 children)": an aside on a part, after which the sentence goes on
// saying what the whole is.
const INCLUDING_ASIDE = /,\s*including\b[^,;.]*,|\(\s*including\b[^)]*\)/gi;

// A clause of its own ("..., while 40 ...", a full stop) ends what is said of the figure's people.
const CLAUSE_END = /[;.!?]|,\s*(?:while|but|and|whereas)\b/i;

/**
 * Whether the words after a figure say the people it counts are in hospital care now: up to the next figure (a
 * part told after it, "of whom 11 are in critical condition", is that figure's) or the end of its clause, past an
 * aside on a part ("Eighty people injured in the attack, including six children, remain in hospital").
 */
export function inCare(sentence: string, end: number): boolean {
  // Most sentences name no care at all.
  if (!/hospital|treat/i.test(sentence.slice(end))) return false;
  const after = sentence.slice(end, end + 160).replace(INCLUDING_ASIDE, ' ');
  const clauseEnd = after.search(CLAUSE_END);
  const clause = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
  const pieces = clause.split(/(?=\s)/);
  let upTo = '';
  for (const w of pieces) {
    if (/\d/.test(w) || isNumberWord(w.replace(/[^\p{L}-]/gu, ''))) break;
    upTo += w;
  }
  return IN_CARE.test(upTo.replace(PERFECT_ADMISSION, ' '));
}
