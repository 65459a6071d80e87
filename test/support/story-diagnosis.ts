/**
 * Where the engine's verdicts on a development story go wrong (`npm run eval -- --diagnose`): a confusion
 * matrix of annotated verdict against the engine's, and for each wrong verdict the corpus claims its
 * annotation quotes, each placed where the engine lost it: (a) never read as a candidate, (b) read but told
 * apart by a field of the frames, (c) aligned but blocked by a rule on the figures, or related after all
 * (then the verdict's own rules decided).
 */
import { claimKey, keyWithoutEvent } from '../../lib/claims/key';
import { corpusSide } from '../../lib/compare/check';
import { claimLookupKeys } from '../../lib/compare/lookup-keys';
import { roundingLookupKeys } from '../../lib/compare/rounded-keys';
import { filedUnderFigure } from '../../lib/corpus/filed-keys';
import { frameOf } from '../../lib/compare/frame';
import { relate } from '../../lib/compare/relation';
import type { CheckedClaim, CorpusHit, Verdict } from '../../lib/compare/types';
import { VERDICTS } from '../../lib/compare/types';
import { checkText } from '../../lib/check-text';
import { annotatedArticles, corpusOf, locate, type Story } from './story-score';

export type Loss = 'not retrieved' | `field: ${string}` | `rule: ${string}` | 'related' | 'no quoted claim';

export interface Diagnosis {
  /** confusion[gold][engine], the engine's verdict 'none' where it found no claim. */
  confusion: Record<string, Record<string, number>>;
  /** For each wrong verdict: where each quoted corpus claim was lost. */
  wrong: { outlet: string; find: string; expected: Verdict; got: Verdict | null; losses: string[]; loss: Loss }[];
}

const squash = (s: string) => s.toLowerCase().replace(/[‘’`]/g, "'").replace(/\s+/g, ' ');

/** Whether the note quotes this corpus claim: its figure with a word beside it, as in its sentence. */
function quoted(note: string, hit: CorpusHit): boolean {
  const sentence = squash(hit.claim.sentence);
  const at = hit.claim.offsetInSentence;
  const text = squash(hit.claim.text);
  const before = sentence.slice(0, at).match(/(\S+\s+)$/)?.[1] ?? '';
  const after = sentence.slice(at + text.length).match(/^(\s*\S+)/)?.[1] ?? '';
  const n = squash(note);
  return (
    (before !== '' && n.includes(before + text)) || (after !== '' && n.includes(text + after.replace(/[.,;]$/, '')))
  );
}

/** How far through the engine a quoted claim got: the farthest of a figure's claims is where it was lost. */
const STAGES = ['related', 'rule: ', 'field: ', 'not retrieved'];
const stage = (l: Loss) => STAGES.findIndex((s) => l.startsWith(s));

export async function diagnoseStory(story: Story): Promise<Diagnosis> {
  const corpus = corpusOf(story);
  const hits = corpus.allHits();
  const confusion: Diagnosis['confusion'] = {};
  for (const g of VERDICTS) confusion[g] = Object.fromEntries([...VERDICTS, 'none'].map((v) => [v, 0]));
  const wrong: Diagnosis['wrong'] = [];
  for (const article of annotatedArticles(story)) {
    const claims: CheckedClaim[] = await checkText(article.text, corpus, article.url, undefined, {
      published: article.published,
      title: article.title,
    });
    const self = hits.filter((h) => h.source.url === article.url).map((h) => h.source.articleId);
    for (const figure of article.figures) {
      const start = locate(article.text, figure.find, figure.occurrence)!;
      const claim = claims.find((c) => c.start < start + figure.find.length && start < c.end);
      const got = claim?.verdict ?? null;
      confusion[figure.verdict]![got ?? 'none']!++;
      if (got === figure.verdict || !claim) continue;
      const frame = frameOf(
        claim,
        article.text.slice(claim.sentenceStart, claim.sentenceEnd),
        claim.start - claim.sentenceStart,
        article.published.slice(0, 10),
      );
      // The keys the check looked up, its frame's with its own: a claim filed under either was a candidate, as was one
      // filed under a key of its figure's roundings (rounded-keys.ts).
      const keys = claimLookupKeys(claim, frame);
      const losses: [Loss, string][] = hits
        .filter((h) => !self.includes(h.source.articleId) && quoted(figure.note, h))
        .map((h) => {
          const where = `"${h.claim.text}" (${h.source.outlet}; key ${h.claim.key})`;
          const retrieved =
            keys.includes(keyWithoutEvent(h.claim.key)) ||
            [claim.figureKey, ...roundingLookupKeys(claim.figureKey)].some((k) =>
              filedUnderFigure(h.claim.figureKey, k),
            );
          const r = relate({ ...claim, frame }, corpusSide(h), true);
          const loss: Loss =
            r.relation !== null
              ? 'related'
              : ['topic', 'year', 'subject', 'far', 'weak', 'expected'].includes(r.why)
                ? `rule: ${r.why}`
                : `field: ${r.why}`;
          // A candidate never read is lost there, whatever its frames would have said.
          return [
            retrieved ? loss : 'not retrieved',
            `${retrieved ? '' : `not retrieved (${loss}) `}${where}: ${r.relation ?? r.why}`,
          ];
        });
      const loss = losses.length ? losses.map(([l]) => l).sort((a, b) => stage(a) - stage(b))[0]! : 'no quoted claim';
      wrong.push({
        outlet: article.outlet,
        find: figure.find,
        expected: figure.verdict,
        got,
        loss,
        losses: [
          `page key ${claimKey(claim.kind, claim.quantity)} event ${frame.event || '-'}`,
          ...losses.map(([, l]) => l),
        ],
      });
    }
  }
  return { confusion, wrong };
}
