import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Ack, ConflictStep } from '@/lib/messages';
import type { CardView } from './card';
import type { Highlighter } from './highlights';
import type { PageClaims } from './page-claims';
import { reveal } from './reveal';

/** The page-level fallback for the manifest's commands (same default keys), for browsers that do not deliver them. */
const KEYS: Record<string, ConflictStep> = { KeyN: 'next', KeyP: 'previous' };

/** Moves between the page's conflicting figures in document order, opening each one's card with the focus. */
export function conflictStepper(ctx: ContentScriptContext, page: PageClaims, card: CardView, highlighter: Highlighter) {
  let lastId: number | undefined;
  const step = (direction: ConflictStep): Ack => {
    const conflicts = page.inOrder().filter((c) => c.verdict === 'conflict');
    if (conflicts.length === 0) return { ok: false, error: 'no conflicting figures on this page' };
    const from = conflicts.findIndex((c) => c.id === (card.current?.id ?? lastId));
    const at =
      from < 0
        ? direction === 'next'
          ? 0
          : conflicts.length - 1
        : (from + (direction === 'next' ? 1 : conflicts.length - 1)) % conflicts.length;
    const target = conflicts[at]!;
    lastId = target.id;
    return reveal(ctx, target, card, highlighter);
  };

  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      const direction = KEYS[event.code];
      if (!direction || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || page.size === 0) return;
      if (step(direction).ok) event.preventDefault();
    },
    { capture: true },
  );
  return step;
}
