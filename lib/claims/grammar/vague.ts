import { words } from './entries';

/**
 * Vague amounts, read as the interval their words allow (the intervals of test/fixtures/specs/README.md):
 * "dozens of" is at least two dozen and short of the hundred writers would name instead.
 */
export interface VagueAmount {
  /** The words, lower case, one space apart. */
  words: string;
  low: number;
  high: number;
  /** Whether "of" must follow: "scores of people", but "test scores" counts nothing. */
  needsOf?: boolean;
  reason: string;
}

export const VAGUE_AMOUNTS: VagueAmount[] = [
  { words: 'dozens', low: 24, high: 96, reason: 'two dozen or more; past eight dozen writers say "about a hundred"' },
  { words: 'scores', low: 40, high: 180, needsOf: true, reason: 'two score or more; past nine score, "hundreds"' },
  { words: 'hundreds', low: 200, high: 900, reason: 'two hundred up to nine hundred, before "about a thousand"' },
  { words: 'thousands', low: 2000, high: 9000, reason: 'as hundreds, a thousand times over' },
  { words: 'tens of thousands', low: 20000, high: 90000, reason: 'two to nine tens of thousands' },
  { words: 'hundreds of thousands', low: 200000, high: 900000, reason: 'as hundreds, a thousand times over' },
  { words: 'millions', low: 2e6, high: 9e6, reason: 'as thousands, a thousand times over' },
  { words: 'tens of millions', low: 2e7, high: 9e7, reason: 'two to nine tens of millions' },
  { words: 'hundreds of millions', low: 2e8, high: 9e8, reason: 'as hundreds, a million times over' },
  { words: 'billions', low: 2e9, high: 9e9, reason: 'as millions, a thousand times over' },
];

/**
 * Besides "of", words after a vague amount that must be followed by one ("scores") which show it counts people a
 * toll counts, as headlines write it: "Scores killed by storm", "scores feared dead".
 */
export const COUNTED_AFTER_VAGUE = words(
  'what happened to the people counted, in headline style',
  'killed dead injured hurt wounded missing feared trapped arrested detained evacuated displaced',
);
