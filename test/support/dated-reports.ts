import { checkText } from '../../lib/check-text';
import type { CheckedClaim } from '../../lib/compare/types';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';

/** A corpus article of our own for alignment tests: an outlet's report, dated, with no address. */
export const report = (outlet: string, published: string, text: string) => ({
  title: outlet,
  outlet,
  published,
  url: null,
  origin: outlet,
  text,
});

export type Report = ReturnType<typeof report>;

/** One running total reported at two times: 480 dead as of Saturday evening, 612 by Monday. */
export const floodTollReports: readonly Report[] = [
  report(
    'SAT',
    '2024-03-02',
    'As of Saturday evening, 480 people had died in the Marvale floods, officials in Marvale said.',
  ),
  report(
    'MON',
    '2024-03-04',
    'The death toll from the Marvale floods rose to 612 by Monday, officials in Marvale said.',
  ),
];

/** Two weeks' reports of one weekday's toll: 12 dead "on Monday" in a 5 March report, 30 in a 12 March one. */
export const weeklyTollReports: readonly Report[] = [
  report('Valley Wire', '2024-03-05', 'Floods killed 12 people in the valley on Monday, officials said.'),
  report('Hill Post', '2024-03-12', 'Floods killed 30 people in the valley on Monday, officials said.'),
];

/** Every claim of `page` (published that day, or undated) checked against `reports`. */
export const checkedAgainst = (page: string, published: string | null, reports: readonly Report[]) =>
  checkText(page, new MemoryCorpus(reports), null, Promise.resolve(new Set()), { published });

/** The claim of `page` (published that day) written as `figure`, checked against `reports`. */
export async function checkedFigure(page: string, published: string, reports: readonly Report[], figure: string) {
  const claims = await checkedAgainst(page, published, reports);
  const claim = claims.find((c) => c.text === figure);
  if (!claim) throw new Error(`no claim "${figure}" in: ${page}`);
  return claim;
}

/** A claim's verdict and its relations to the sources, sorted, as the alignment tests compare them. */
export const verdictAndRelations = (claim: CheckedClaim) => ({
  verdict: claim.verdict,
  relations: claim.matches.map((m) => `${m.relation} ${m.claim.text}`).sort(),
});

/** The claim of `page` written as `figure`, checked against `reports`: its verdict and relations, sorted. */
export const checkedVerdict = async (...args: Parameters<typeof checkedFigure>) =>
  verdictAndRelations(await checkedFigure(...args));
