import type { Claim } from '../claims/types';
import type { Frame } from './frame';

/**
 * A group told by its parts ("40 miners, 12 engineers and three guards are still trapped", "nine Filipinos
 * and three Indians"): each part's figure is compatible with another source's figure for the whole when the
 * parts add up to it ("55 workers are still trapped"). The parts are the counts of one sentence next to each
 * other, joined by a comma or "and" after a few words each.
 */
const JOIN = /^[^\d,;:()]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * For each claim, the sum of the list of parts it belongs to, or null; `alike` says whether two claims count
 * parts of one group ("20 cadaver dogs and 90 agency personnel" are not).
 */
export function partSums(
  claims: readonly Pick<Claim, 'start' | 'end' | 'sentenceStart' | 'kind' | 'qualifier' | 'value'>[],
  text: string,
  alike: (a: number, b: number) => boolean,
): (number | null)[] {
  const sums: (number | null)[] = claims.map(() => null);
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) {
      const sum = run.reduce((total, i) => total + claims[i]!.value, 0);
      for (const i of run) sums[i] = sum;
    }
    run = [];
  };
  claims.forEach((c, i) => {
    const previous = run.length ? claims[run.at(-1)!]! : null;
    const joined =
      previous !== null &&
      previous.sentenceStart === c.sentenceStart &&
      c.kind === 'count' &&
      alike(run.at(-1)!, i) &&
      JOIN.test(text.slice(previous.end, c.start));
    if (!joined) close();
    if (c.kind === 'count' && c.qualifier === 'exact') run.push(i);
    else close();
  });
  close();
  return sums;
}

/**
 * Whether two counts may be parts of one group: both count people, or the same thing ("20 cadaver dogs and 90
 * personnel" do not).
 */
export const countedAlike = (a: Pick<Frame, 'people' | 'head'>, b: Pick<Frame, 'people' | 'head'>): boolean =>
  (a.people && b.people) || (a.head !== '' && a.head === b.head);
