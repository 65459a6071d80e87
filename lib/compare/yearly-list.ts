import { memoized } from '../claims/memo';
import { overlapping, sameFigure, type Figure } from './interval';
import type { Comparable } from './related';
import { sentenceClaims } from './sentence-claims';
import { yearNamed } from './when';

/**
 * One figure of a sentence with the year its words name ("1.4% in 2025"), where it stands in the sentence: an item
 * of a list of yearly figures ("growth of 0.9% in 2024, 1.4% in 2025 and 1.7% in 2026").
 */
export interface YearlyItem extends Figure {
  year: number;
  start: number;
}

/** The items of a sentence's list of yearly figures, the figure compared among them, read when asked. */
export interface YearlyList {
  /** The year the compared figure's own words name, or null. */
  own: number | null;
  /** The other figures of the sentence that name a year. */
  others: readonly YearlyItem[];
}

/** Years a sentence must name before it is read as a list: the compared figure's and two items' to match. */
const MIN_YEARS = 3;
const YEAR = /\b(?:19|20)\d\d\b/g;

const NONE: YearlyList = Object.freeze({ own: null, others: [] });

/**
 * A sentence's figures with the year each one's words name, worked out once per sentence: every figure of a list asks
 * for the same sentence's.
 */
const figuresWithYears = memoized(
  (sentence: string): (Figure & { start: number; year: number | null })[] =>
    sentenceClaims(sentence).map((c) => ({ ...c, year: yearNamed(sentence, c.start, c.text.length) })),
  1_000,
);

/**
 * The list of yearly figures a sentence tells around the figure at `offset`, read when asked: most sentences name
 * fewer than three years and are never extracted again; a stored claim keeps its sentence only, so its list is read
 * from it.
 */
export function yearlyReader(sentence: string, offset: number): () => YearlyList {
  let list: YearlyList | undefined;
  return () => {
    if (list) return list;
    if ((sentence.match(YEAR)?.length ?? 0) < MIN_YEARS) return (list = NONE);
    let own: number | null = null;
    const others: YearlyItem[] = [];
    for (const f of figuresWithYears(sentence)) {
      if (f.start === offset) own = f.year;
      else if (f.year !== null) others.push({ ...f, year: f.year });
    }
    return (list = { own, others });
  };
}

/** Items two lists must share, year for year and figure for figure, before they are one list told twice. */
const MIN_SHARED_YEARS = 2;

/**
 * One list of yearly figures told twice: two sentences that give the same figures, in the same unit, for two or more
 * other years ("0.9% in 2024, 1.4% in 2025 and 1.7% in 2026", "0.9% in 2024, 1.4% in 2025, and 1.6% in 2026") tell
 * one forecast or one table, so the figures they give for one more year cannot both hold. Two bodies' forecasts of
 * one thing differ year by year; sharing two years' figures exactly is what makes them one.
 */
export function oneYearlyList(a: Comparable, b: Comparable): boolean {
  if (!a.yearly || !b.yearly || a.quantity.unit !== b.quantity.unit || a.frame.kind !== b.frame.kind) return false;
  if (a.frame.year === null || a.frame.year !== b.frame.year || overlapping(a, b)) return false;
  const [ours, theirs] = [a.yearly(), b.yearly()];
  if (ours.own !== a.frame.year || theirs.own !== a.frame.year) return false;
  const shared = new Set(
    ours.others
      .filter(
        (t) =>
          t.year !== ours.own &&
          t.quantity.unit === a.quantity.unit &&
          theirs.others.some((u) => u.year === t.year && u.quantity.unit === t.quantity.unit && sameFigure(t, u)),
      )
      .map((t) => t.year),
  );
  return shared.size >= MIN_SHARED_YEARS;
}
