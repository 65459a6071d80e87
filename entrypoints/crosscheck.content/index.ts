import { createCardView } from './card';
import { adoptHighlightStyles } from './highlight-styles';
import { openCardsOnHover } from './hover';
import { PageClaims } from './page-claims';
import { answerPopup } from './popup-bridge';
import { scanPage } from './scan';

export default defineContentScript({
  matches: ['<all_urls>'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    adoptHighlightStyles(ctx);
    const page = new PageClaims();
    const card = createCardView(ctx);
    openCardsOnHover(ctx, page, card);
    answerPopup(ctx, page, card);
    // Single-page sites swap articles without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      card.hide();
      void scanPage(ctx, page);
    });
    await scanPage(ctx, page);
  },
});
