import { useEffect, useState } from 'preact/hooks';
import { parsePageClaimsResponse, type PageClaimsResponse, type PopupToContent } from '@/lib/messages';

export type PopupState = { kind: 'asking' } | { kind: 'unavailable' } | { kind: 'page'; page: PageClaimsResponse };

const POLL_MS = 400;

/**
 * Asks the tab's content script (in the top frame) for its claims, again while it is still scanning or
 * switched off (a switch flipped in the popup reaches the tab a moment later), and afresh when `refresh`
 * changes. A tab without our content script (browser pages, the web store, the PDF viewer, pages opened
 * before install) rejects.
 */
export function usePageClaims(tabId: number | null, refresh: unknown): PopupState {
  const [state, setState] = useState<PopupState>({ kind: 'asking' });
  useEffect(() => {
    if (tabId === null) return setState({ kind: 'unavailable' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const ask = async () => {
      const request: PopupToContent = { type: 'get-claims' };
      const page = await browser.tabs
        .sendMessage(tabId, request, { frameId: 0 })
        .then(parsePageClaimsResponse, () => null);
      if (stopped) return;
      setState(page ? { kind: 'page', page } : { kind: 'unavailable' });
      if (page?.status === 'scanning' || page?.status === 'off') timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, refresh]);
  return state;
}
