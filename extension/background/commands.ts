import type { PopupToContent } from '../../lib/messages';

type Step = Extract<PopupToContent, { type: 'step' }>;

/** The manifest's commands (wxt.config.ts) and the step each asks of the page. */
const STEPS: Record<string, Step> = {
  'next-conflict': { type: 'step', step: 'next', among: 'conflicts' },
  'previous-conflict': { type: 'step', step: 'previous', among: 'conflicts' },
  'next-figure': { type: 'step', step: 'next', among: 'figures' },
  'previous-figure': { type: 'step', step: 'previous', among: 'figures' },
};

/** Forwards the keyboard commands (next/previous figure or contradicted figure) to the top frame of the tab they were pressed in. */
export function forwardCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const message = STEPS[command];
    if (!message || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
}
