import { EXCLUSIVE_BOUNDS } from '../claims/grammar/bounds';
import { BOUND_BEFORE_ALTERNATIVES } from '../claims/expression';

const EXCLUSIVE = new Set(EXCLUSIVE_BOUNDS.map((e) => e.word));

// Every bound the table knows, longest first and the earliest-starting match winning, so that "no more than"
// (which takes its figure in) is read whole rather than as "more than".
const BOUND_BEFORE = new RegExp(`(?<!\\p{L})(${BOUND_BEFORE_ALTERNATIVES})\\s*$`, 'iu');

/**
 * Whether the floor or ceiling written before the figure at `offset` leaves the figure itself out ("more than
 * 22 years", "under 100": `EXCLUSIVE_BOUNDS`).
 */
export function leavesFigureOut(sentence: string, offset: number): boolean {
  const bound = BOUND_BEFORE.exec(sentence.slice(Math.max(0, offset - 40), offset));
  return bound !== null && EXCLUSIVE.has(bound[1]!.toLowerCase().replace(/\s+/g, ' '));
}
