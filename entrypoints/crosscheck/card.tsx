import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ClaimCard } from '@/components/ClaimCard';
import claimCardCss from '@/components/claim-card.css?inline';
import { VERDICT_LABEL } from '@/components/verdicts';
import { addDisputes } from '@/extension/page/disputes-store';
import { disputeOf } from '@/lib/disputes';
import cardCss from './card.css?inline';
import type { LocatedClaim } from './page-claims';
import { outOfView, placeCard } from './place-card';
import { liveRange } from './ranges';

export interface CardView {
  /** The claim whose card is open, if any. */
  readonly current: LocatedClaim | undefined;
  show(claim: LocatedClaim, options: { focus: boolean }): Promise<void>;
  hide(): void;
  /** Follows the figure after a scroll or resize; closes when it has left the viewport. */
  reposition(): void;
  /** Whether an event target is the card: events from inside its closed shadow root arrive retargeted to the host. */
  contains(target: EventTarget | null): boolean;
}

type CardUi = ShadowRootContentScriptUi<HTMLElement>;

/**
 * The hover card, rendered with Preact in a closed shadow root so the page can neither style nor read it.
 * The shadow root is made on first use: most pages are read without hovering a figure.
 */
export function createCardView(ctx: ContentScriptContext): CardView {
  let current: LocatedClaim | undefined;
  let ui: CardUi | undefined;
  /** Where the focus was before a card took it, to give it back when the card closes. */
  let focusBefore: Element | null = null;
  let creating: Promise<CardUi> | undefined;
  const shadowUi = () =>
    (creating ??= createShadowRootUi(ctx, {
      name: 'crosscheck-card',
      position: 'overlay',
      zIndex: 2147483647,
      mode: 'closed',
      // Carried in the script rather than fetched: no stylesheet has to be web-accessible.
      css: claimCardCss + cardCss,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    }).then((created) => (ui = created)));
  const cardElement = () => ui?.uiContainer.firstElementChild as HTMLElement | null | undefined;

  /**
   * Gives the focus back where it was when the card took it. When that was nowhere in particular (the
   * page's body: the reader stepped to the figure with the keys), the caret goes to the figure, so that Tab
   * and caret browsing carry on from it rather than from the top of the page.
   */
  const returnFocus = (claim: LocatedClaim) => {
    const before = focusBefore;
    focusBefore = null;
    if (before instanceof HTMLElement && before !== document.body && before.isConnected) return before.focus();
    const figure = liveRange(claim.range);
    if (figure) document.getSelection()?.collapse(figure.startContainer, figure.startOffset);
  };

  const view: CardView = {
    get current() {
      return current;
    },
    async show(claim, { focus }) {
      current = claim;
      const shown = await shadowUi();
      if (current !== claim) return;
      if (!shown.mounted) shown.mount();
      render(
        <div
          class="cc-card"
          role="dialog"
          aria-label={`Crosscheck: ${claim.text}, ${VERDICT_LABEL[claim.verdict]}`}
          tabIndex={-1}
        >
          <ClaimCard
            claim={claim}
            onClose={() => view.hide()}
            onDispute={(matches) =>
              void addDisputes(matches.map((m) => disputeOf(location.href, claim, m, new Date()))).catch(
                () => undefined,
              )
            }
          />
        </div>,
        shown.uiContainer,
      );
      view.reposition();
      if (!focus) return;
      if (document.activeElement !== shown.shadowHost) focusBefore = document.activeElement;
      cardElement()?.focus();
    },
    hide() {
      const closing = current;
      const hadFocus = ui !== undefined && document.activeElement === ui.shadowHost;
      current = undefined;
      ui?.remove();
      if (hadFocus && closing) returnFocus(closing);
    },
    reposition() {
      const card = cardElement();
      if (!current || !card) return;
      const figure = liveRange(current.range)?.getBoundingClientRect();
      if (!figure || outOfView(figure, innerHeight)) return view.hide();
      card.style.maxHeight = '';
      const place = placeCard(figure, card.getBoundingClientRect(), { width: innerWidth, height: innerHeight });
      card.style.top = `${place.top}px`;
      card.style.left = `${place.left}px`;
      card.style.maxHeight = `${place.maxHeight}px`;
    },
    contains: (target) => ui !== undefined && target === ui.shadowHost,
  };
  return view;
}
