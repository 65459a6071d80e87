/**
 * `npx tsx scripts/eval/topic-meetings.ts`: how often texts about different stories meet (issue 12). The topic
 * gate (lib/claims/topics.ts) must let reports of one story meet and keep stories apart: a hurricane's "42 killed"
 * never meets a war's "14,800 killed". Over the tuning stories only (the holdouts are never read):
 * - article pairs of different stories whose topics share one, or where one names nothing (shareTopic);
 * - matches the engine gives when every tuning story's corpus is one corpus, against an article of another story.
 * With `--list`, the topics each meeting shares, and each cross-story match with what let it through: the topics
 * both texts share, a topic of one written as a word of the other's sentence or title, or a text that names nothing.
 */
import { resolve } from 'node:path';
import { parseBundleValue } from '../../lib/bundle/parse';
import { checkText } from '../../lib/check-text';
import { topicsOf } from '../../lib/claims/topics';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';
import { countIn } from '../../lib/map-lists';
import { annotatedArticles } from '../../test/support/story-score';
import { topicMeetings, tuningStories } from '../../test/support/topic-meetings';

const list = process.argv.includes('--list');
const root = resolve(import.meta.dirname, '../..');
const stories = tuningStories(root);
const { pairs, meetings } = topicMeetings(root);
const byTopic = new Map<string, number>();
for (const { a, b, shared } of meetings) {
  for (const t of shared.length ? shared : ['(names nothing)']) countIn(byTopic, t);
  if (list) console.log(`${a.id} ${a.outlet} ~ ${b.id} ${b.outlet}: ${shared.join(', ') || '(names nothing)'}`);
}
const articles = stories.reduce((n, { story }) => n + story.corpus.length + story.checked.length, 0);
console.log(`articles ${articles}, cross-story pairs ${pairs}`);
console.log(
  `cross-story topic meetings ${meetings.length} (${meetings.filter((m) => !m.shared.length).length} where one text names nothing)`,
);
console.log(
  `by topic: ${[...byTopic]
    .sort((x, y) => y[1] - x[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}`,
);

const sources = stories.flatMap(({ id, story }) =>
  story.corpus.map(({ outlet, url, published, title, text }) => ({
    id,
    article: { outlet, url, published, title, text },
  })),
);
const parsed = parseBundleValue({ articles: sources.map((s) => s.article) }, 'stories');
if (!parsed.ok || parsed.articles.length !== sources.length) throw new Error('the stories do not make one bundle');
// The bundle normalises URLs: a source is known by its place in the bundle.
const storyOf = new Map(parsed.articles.map((a, i) => [a.url, sources[i]!.id]));
const corpus = new MemoryCorpus(parsed.articles);
let matches = 0;
let crossMatches = 0;
for (const { id, story } of stories)
  for (const article of annotatedArticles(story)) {
    const claims = await checkText(article.text, corpus, article.url, undefined, {
      published: article.published,
      title: article.title,
    });
    for (const claim of claims)
      for (const m of claim.matches) {
        matches++;
        const other = storyOf.get(m.source.url ?? '');
        if (other === id) continue;
        crossMatches++;
        if (!list) continue;
        const mine = topicsOf(article.text);
        const shared = mine.filter((t) => m.source.topics.includes(t));
        const wordsOf = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu));
        const [theirWords, myWords] = [
          wordsOf(`${m.claim.sentence} ${m.source.title}`),
          wordsOf(`${article.text.slice(claim.sentenceStart, claim.sentenceEnd)} ${article.title}`),
        ];
        const named = [...mine.filter((t) => theirWords.has(t)), ...m.source.topics.filter((t) => myWords.has(t))];
        const why =
          shared.join(' ') ||
          (mine.length && m.source.topics.length ? `named: ${[...new Set(named)].join(' ')}` : 'names nothing');
        console.log(
          `match ${id} "${claim.text}" ~ ${other} ${m.source.outlet} "${m.claim.text}" ${m.relation}: ${why}`,
        );
      }
  }
console.log(`one corpus of every story: matches ${matches}, from another story ${crossMatches}`);
