const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words and the abbreviations news copy uses for them ("$3bn", "15K", "£2.4m"). */
/** The names of the ten digits, in order: "two-point-five" spells its decimals with them. */
export const DIGIT_NAMES = Object.keys(UNITS).filter((w) => UNITS[w]! < 10);

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  // "$2.335T", "a $3T market value": glued to a sum, as market values are written; never after a bare figure
  // (atoms.ts) unless a currency is named after it ("1.2t yuan"): "371,131t" is tonnes and "4T" a model.
  t: 1e12,
  tr: 1e12,
  // Indian English: a lakh is a hundred thousand, a crore ten million.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
};
const WORD_SCALES = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'lakh',
  'lakhs',
  'crore',
  'crores',
]);
/** Words that are a number of times by themselves: "scored twice", "twice as fast", "more than twice the average". */
export const MULTIPLES: Record<string, number> = { twice: 2, thrice: 3 };

const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...WORD_SCALES,
  'dozen',
  ...Object.keys(MULTIPLES),
]);
/** Every word a number is written in, and every fraction's denominator: what the page's figure hint looks for. */
export const NUMBER_AND_FRACTION_WORDS = (): string[] => [...NUMBER_WORDS, ...Object.keys(FRACTIONS)];

export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w.toLowerCase());
}

export function isScaleWord(w: string): boolean {
  return WORD_SCALES.has(w.toLowerCase());
}

/**
 * Value of a run of number words ("Eighty-six", "one hundred and twenty", "two dozen", "a hundred"),
 * given as lower-case words with hyphens split and "and" removed; null when the run is not a number.
 */
export function numberWordsValue(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'a' || w === 'an') {
      current = 1;
    } else if (w in UNITS) {
      current += UNITS[w]!;
    } else if (w in TENS) {
      current += TENS[w]!;
    } else if (w in MULTIPLES) {
      current += MULTIPLES[w]!;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (WORD_SCALES.has(w)) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else {
      return null;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** "three-quarters" → 0.75, "a third" → 1/3, "half" → 0.5; null otherwise. */
export function fractionValue(numerator: string, denominator: string): number | null {
  const d = FRACTIONS[denominator.toLowerCase()];
  if (d === undefined) return null;
  const n = numerator === '' || /^(a|an|one)$/i.test(numerator) ? 1 : UNITS[numerator.toLowerCase()];
  return n === undefined ? null : n * d;
}
