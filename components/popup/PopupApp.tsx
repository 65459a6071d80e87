import type { PopupToContent } from '@/lib/messages';
import { AddArticle } from './AddArticle';
import { ClaimGroups } from './ClaimGroups';
import { SiteSwitches } from './SiteSwitches';
import { usePageArticle } from './usePageArticle';
import { usePageClaims, type PopupState } from './usePageClaims';
import { useSettings } from './useSettings';
import './popup.css';

function Status({ state }: { state: PopupState }) {
  if (state.kind === 'asking') return <p class="cc-status">Looking at this page…</p>;
  if (state.kind === 'unavailable')
    return (
      <p class="cc-status">
        Crosscheck can't run on this page. Browser pages, extension stores and the PDF viewer are off limits; a page
        opened before Crosscheck was installed needs a reload.
      </p>
    );
  const { page } = state;
  if (page.status === 'off') return <p class="cc-status">Crosscheck is off on this page.</p>;
  if (page.status === 'scanning') return <p class="cc-status">Checking this page's figures…</p>;
  if (page.status === 'failed')
    return <p class="cc-status">Checking this page failed: {page.error ?? 'unknown error'}</p>;
  if (page.claims.length === 0) return <p class="cc-status">No figures found on this page.</p>;
  const conflicting = page.claims.filter((c) => c.verdict === 'conflict');
  // A figure whose only conflicting sources are versions of the page's own story (an earlier edition, a
  // rewrite) is not contradicted by anyone else; saying "other sources" would overstate it.
  const withinStory = conflicting.filter((c) =>
    c.matches.every((m) => m.relation !== 'conflict' || m.sameStoryAsPage),
  ).length;
  const figures = `${page.claims.length} ${page.claims.length === 1 ? 'figure' : 'figures'} checked`;
  return (
    <p class="cc-status">
      {figures}, {conflicting.length - withinStory} in conflict with other sources
      {withinStory > 0 && `, ${withinStory} only with another version of the same story`}.
    </p>
  );
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Which language the page was read in: the engine reads English whole, other languages' figures in digits. */
function languageNote(language: string): string {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  return language === 'en' ? `Read as ${name}.` : `Read as ${name}: figures written in digits only, dates left out.`;
}

/** The toolbar popup: the active page's claims, grouped by verdict. */
export function PopupApp({ tabId }: { tabId: number | null }) {
  const { settings, save } = useSettings();
  const state = usePageClaims(tabId, settings);
  const article = usePageArticle(tabId);
  const origin = state.kind === 'page' ? originOf(state.page.url) : null;
  const reveal = (id: number) => {
    if (tabId === null) return;
    const request: PopupToContent = { type: 'reveal', id };
    void browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  };
  return (
    <main class="cc-popup">
      <h1 class="cc-title">Crosscheck</h1>
      {settings && <SiteSwitches settings={settings} origin={origin} onChange={save} />}
      <div role="status" aria-live="polite">
        <Status state={state} />
      </div>
      {state.kind === 'page' && state.page.language && <p class="cc-language">{languageNote(state.page.language)}</p>}
      {state.kind === 'page' && state.page.status === 'done' && (
        <ClaimGroups claims={state.page.claims} onReveal={reveal} />
      )}
      <AddArticle state={article.state} onAdd={article.add} />
      <p class="cc-footer">
        <button type="button" class="cc-link" onClick={() => void browser.runtime.openOptionsPage()}>
          Corpus and import
        </button>
      </p>
    </main>
  );
}
