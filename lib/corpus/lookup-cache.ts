import type { CorpusHit } from '../compare/types';

/** Keys remembered: a 200-figure page looks up some 450, so this holds the keys of a few dozen pages. */
const MAX_KEYS = 20_000;
/** Articles whose figure keys are remembered (60-odd each): the sources of a few pages. */
const MAX_ARTICLES = 5_000;

/**
 * What the corpus answered for each index key, kept between checks: the batches of one page share most
 * of their keys ("count|person|"), as do pages of one story, and a hit kept is a claim already parsed
 * (and, for the compare engine, already framed). Answers are kept as promises, so a check that asks for
 * a key another check is reading waits for that reading instead of repeating it. The owner clears it
 * whenever the corpus changes.
 */
export class LookupCache {
  private readonly answers = new Map<string, Promise<CorpusHit[]>>();
  /** The figure keys of the articles whose packs were read, for grouping sources into stories. */
  readonly figureKeys = new Map<number, string[]>();

  constructor(
    private readonly max = MAX_KEYS,
    private readonly maxArticles = MAX_ARTICLES,
  ) {}

  get(perKey: number, indexKey: string): Promise<CorpusHit[]> | undefined {
    const id = `${perKey} ${indexKey}`;
    const answer = this.answers.get(id);
    if (answer) {
      // Least recently used last.
      this.answers.delete(id);
      this.answers.set(id, answer);
    }
    return answer;
  }

  set(perKey: number, indexKey: string, answer: Promise<CorpusHit[]>): void {
    const id = `${perKey} ${indexKey}`;
    this.answers.set(id, answer);
    // A failed reading is asked again next time, not kept.
    answer.catch(() => this.answers.get(id) === answer && this.answers.delete(id));
    while (this.answers.size > this.max) this.answers.delete(this.answers.keys().next().value!);
  }

  /** Remembers an article's figure keys, the latest articles read. */
  setFigureKeys(articleId: number, figureKeys: string[]): void {
    this.figureKeys.delete(articleId);
    this.figureKeys.set(articleId, figureKeys);
    while (this.figureKeys.size > this.maxArticles) this.figureKeys.delete(this.figureKeys.keys().next().value!);
  }

  clear(): void {
    this.answers.clear();
    this.figureKeys.clear();
  }
}
