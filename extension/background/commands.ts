import type { ConflictStep, PopupToContent } from '../../lib/messages';

const STEPS: Record<string, ConflictStep> = { 'next-conflict': 'next', 'previous-conflict': 'previous' };

/** Forwards the keyboard commands (next/previous conflicting figure) to the top frame of the tab they were pressed in. */
export function forwardCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const step = STEPS[command];
    if (!step || tab?.id === undefined) return;
    const message: PopupToContent = { type: 'step-conflict', step };
    void browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
}
