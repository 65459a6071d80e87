import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Ack, StepAmong, StepDirection } from '@/lib/messages';
import type { CardView } from './card';
import type { Highlighter } from './highlights';
import type { LocatedClaim, PageClaims } from './page-claims';
import { reveal } from './reveal';

/** The page-level fallback for the manifest's commands (same default keys), for browsers that do not deliver them. */
const KEYS: Record<string, { step: StepDirection; among: StepAmong }> = {
  KeyN: { step: 'next', among: 'conflicts' },
  KeyP: { step: 'previous', among: 'conflicts' },
  Period: { step: 'next', among: 'figures' },
  Comma: { step: 'previous', among: 'figures' },
};

/** Figures other sources contradict: in conflict, or mixed (some sources agree, some conflict). */
const contradicted = (c: LocatedClaim) => c.verdict === 'conflict' || c.verdict === 'mixed';

/**
 * Moves between the page's figures in document order, all of them or the contradicted ones, opening each
 * one's card with the focus, so the keyboard reaches what the pointer does.
 */
export function figureStepper(ctx: ContentScriptContext, page: PageClaims, card: CardView, highlighter: Highlighter) {
  let lastId: number | undefined;
  const step = (direction: StepDirection, among: StepAmong): Ack => {
    const figures = among === 'figures' ? page.inOrder() : page.inOrder().filter(contradicted);
    if (figures.length === 0)
      return { ok: false, error: among === 'figures' ? 'no checked figures' : 'no contradicted figures on this page' };
    const from = figures.findIndex((c) => c.id === (card.current?.id ?? lastId));
    const at =
      from < 0
        ? direction === 'next'
          ? 0
          : figures.length - 1
        : (from + (direction === 'next' ? 1 : figures.length - 1)) % figures.length;
    const target = figures[at]!;
    lastId = target.id;
    return reveal(ctx, target, card, highlighter);
  };

  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      const key = KEYS[event.code];
      if (!key || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || page.size === 0) return;
      if (step(key.step, key.among).ok) event.preventDefault();
    },
    { capture: true },
  );
  return step;
}
