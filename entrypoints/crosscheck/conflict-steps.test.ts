import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/test/support/located';
import type { CardView } from './card';
import { conflictStepper } from './conflict-steps';
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
async function setUp(conflicting: string[]) {
  const page = await readPage(PAGE);
  const claims = new PageClaims();
  for (const c of page.claims)
    claims.add(conflicting.some((f) => c.text.startsWith(f)) ? { ...c, verdict: 'conflict' } : c);
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
  const step = conflictStepper(ctx, claims, card, highlighter);
  const press = (code: string, keys: Partial<KeyboardEvent> = { altKey: true, shiftKey: true }) => {
    let prevented = false;
    const event = { code, ctrlKey: false, metaKey: false, ...keys, preventDefault: () => (prevented = true) };
    for (const { listener } of listeners.filter((l) => l.type === 'keydown')) listener(event as never);
    return prevented;
  };
  return { page, claims, card, step, press, shown, flashed, listeners };
}

describe('conflictStepper', () => {
  it('steps forward through the conflicts in document order and wraps around', async () => {
    const { step, shown, flashed } = await setUp(['61', '40', '55']);
    for (let i = 0; i < 4; i++) expect(step('next')).toEqual({ ok: true });
    expect(shown).toEqual(['40', '55', '61', '40']);
    expect(flashed).toEqual(shown);
  });

  it('steps back from the last conflict when none is open, and skips figures that agree', async () => {
    const { step, shown } = await setUp(['40', '61']);
    step('previous');
    step('previous');
    step('previous');
    expect(shown).toEqual(['61', '40', '61']);
  });

  it('continues from the card the reader has open', async () => {
    const { page, card, step, shown } = await setUp(['40', '55', '61']);
    card.current = page.claim('55');
    step('next');
    expect(shown).toEqual(['61']);
  });

  it('says so when the page has no conflicts', async () => {
    const { step, shown } = await setUp([]);
    expect(step('next')).toEqual({ ok: false, error: 'no conflicting figures on this page' });
    expect(shown).toEqual([]);
  });

  it('answers Alt+Shift+N and Alt+Shift+P, and no other keys', async () => {
    const { press, shown } = await setUp(['40', '55']);
    expect(press('KeyN')).toBe(true);
    expect(press('KeyP', { altKey: true, shiftKey: true, ctrlKey: true })).toBe(false);
    expect(press('KeyN', { altKey: true })).toBe(false);
    expect(press('KeyX')).toBe(false);
    expect(press('KeyP')).toBe(true);
    expect(shown).toEqual(['40', '55']);
  });
});

describe('reveal, through the stepper', () => {
  it('scrolls a figure below the fold into view and opens its card once the scroll ends', async () => {
    const { step, shown, listeners, page } = await setUp(['61']);
    // The test page's lines are 20px high and the viewport 800px: push the figure out of view.
    const lastParagraph = page.document.querySelectorAll('p')[2]!;
    for (let i = 0; i < 50; i++) lastParagraph.before(page.document.createElement('p'), 'filler line');
    const target = page.claim('61');
    expect(liveRange(target.range)!.getBoundingClientRect().top).toBeGreaterThan(800);
    expect(step('next')).toEqual({ ok: true });
    expect(page.scrolled).toEqual([lastParagraph]);
    expect(shown).toEqual([]);
    listeners.find((l) => l.type === 'scrollend')!.listener(undefined as never);
    expect(shown).toEqual(['61']);
  });
});
