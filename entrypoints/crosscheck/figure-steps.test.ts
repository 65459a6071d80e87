import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/test/support/located';
import type { CardView } from './card';
import { figureStepper } from './figure-steps';
import type { Highlighter } from './highlights';
import { PageClaims, type LocatedClaim } from './page-claims';
import { liveRange } from './ranges';

const figureOf = (claim: LocatedClaim) => /^\d+/.exec(claim.text)![0];

const PAGE = `<html><body>
<p>The first report said 40 people were hurt.</p>
<p>A second report put the toll at 55, and 12 were still in hospital.</p>
<p>By evening officials counted 61 injured.</p>
</body></html>`;

/** What the stepper is given, with fakes that record what it does to the card, the highlights and the page. */
async function setUp(conflicting: string[], mixed: string[] = []) {
  const page = await readPage(PAGE);
  const claims = new PageClaims();
  const verdictOf = (c: LocatedClaim) =>
    conflicting.some((f) => c.text.startsWith(f))
      ? 'conflict'
      : mixed.some((f) => c.text.startsWith(f))
        ? 'mixed'
        : c.verdict;
  for (const c of page.claims) claims.add({ ...c, verdict: verdictOf(c) });
  /** The figures whose card opened, by the number they begin with. */
  const shown: string[] = [];
  const flashed: string[] = [];
  const listeners: { type: string; listener: (event: never) => void }[] = [];
  const card = new (class implements CardView {
    current: LocatedClaim | undefined;
    show(claim: LocatedClaim, { focus }: { focus: boolean }) {
      expect(focus).toBe(true);
      this.current = claim;
      shown.push(figureOf(claim));
      return Promise.resolve();
    }
    hide() {
      this.current = undefined;
    }
    reposition() {}
    contains() {
      return false;
    }
  })();
  const highlighter = {
    flash: (range: Range) => flashed.push(/^\d+/.exec(range.toString())![0]),
  } as unknown as Highlighter;
  const ctx = {
    addEventListener: (_target: unknown, type: string, listener: (event: never) => void) =>
      listeners.push({ type, listener }),
  } as unknown as ContentScriptContext;
  const step = figureStepper(ctx, claims, card, highlighter);
  const press = (code: string, keys: Partial<KeyboardEvent> = { altKey: true, shiftKey: true }) => {
    let prevented = false;
    const event = { code, ctrlKey: false, metaKey: false, ...keys, preventDefault: () => (prevented = true) };
    for (const { listener } of listeners.filter((l) => l.type === 'keydown')) listener(event as never);
    return prevented;
  };
  return { page, claims, card, step, press, shown, flashed, listeners };
}

describe('figureStepper', () => {
  it('steps forward through the conflicts in document order and wraps around', async () => {
    const { step, shown, flashed } = await setUp(['61', '40', '55']);
    for (let i = 0; i < 4; i++) expect(step('next', 'conflicts')).toEqual({ ok: true });
    expect(shown).toEqual(['40', '55', '61', '40']);
    expect(flashed).toEqual(shown);
  });

  it('counts mixed figures among the contradicted ones: some of their sources conflict', async () => {
    const { step, shown } = await setUp(['40'], ['61']);
    step('next', 'conflicts');
    step('next', 'conflicts');
    expect(shown).toEqual(['40', '61']);
  });

  it('steps through every figure, whatever its verdict', async () => {
    const { step, shown } = await setUp(['55']);
    for (let i = 0; i < 4; i++) step('next', 'figures');
    expect(shown).toEqual(['40', '55', '12', '61']);
  });

  it('steps back from the last conflict when none is open, and skips figures that agree', async () => {
    const { step, shown } = await setUp(['40', '61']);
    step('previous', 'conflicts');
    step('previous', 'conflicts');
    step('previous', 'conflicts');
    expect(shown).toEqual(['61', '40', '61']);
  });

  it('continues from the card the reader has open', async () => {
    const { page, card, step, shown } = await setUp(['40', '55', '61']);
    card.current = page.claim('55');
    step('next', 'conflicts');
    expect(shown).toEqual(['61']);
  });

  it('says so when the page has no conflicts', async () => {
    const { step, shown } = await setUp([]);
    expect(step('next', 'conflicts')).toEqual({ ok: false, error: 'no contradicted figures on this page' });
    expect(shown).toEqual([]);
  });

  it('answers Alt+Shift+N and Alt+Shift+P, Alt+Shift+. and Alt+Shift+, and no other keys', async () => {
    const { press, shown } = await setUp(['40', '55']);
    expect(press('KeyN')).toBe(true);
    expect(press('KeyP', { altKey: true, shiftKey: true, ctrlKey: true })).toBe(false);
    expect(press('KeyN', { altKey: true })).toBe(false);
    expect(press('KeyX')).toBe(false);
    expect(press('KeyP')).toBe(true);
    expect(press('Period')).toBe(true);
    expect(press('Comma')).toBe(true);
    expect(shown).toEqual(['40', '55', '12', '55']);
  });
});

describe('reveal, through the stepper', () => {
  it('scrolls a figure below the fold into view and opens its card once a scroll ends with it in view', async () => {
    const { step, shown, listeners, page } = await setUp(['61']);
    // The test page's lines are 20px high and the viewport 800px: push the figure out of view.
    const lastParagraph = page.document.querySelectorAll('p')[2]!;
    const filler = Array.from({ length: 50 }, () => page.document.createElement('p'));
    for (const line of filler) lastParagraph.before(line, 'filler line');
    const target = page.claim('61');
    expect(liveRange(target.range)!.getBoundingClientRect().top).toBeGreaterThan(800);
    expect(step('next', 'conflicts')).toEqual({ ok: true });
    expect(page.scrolled).toEqual([lastParagraph]);
    expect(shown).toEqual([]);
    const scrollEnds = () => listeners.filter((l) => l.type === 'scrollend');
    // Another scroll ends first, the figure still out of view: the card waits for the next.
    scrollEnds()
      .at(-1)!
      .listener(undefined as never);
    expect(shown).toEqual([]);
    // The fake page does not scroll: the filler going stands for the figure scrolled into view.
    for (const line of filler) {
      line.nextSibling?.remove();
      line.remove();
    }
    scrollEnds()
      .at(-1)!
      .listener(undefined as never);
    expect(shown).toEqual(['61']);
  });
});
