const CONFLICT_RED = '#b3261e';

/**
 * Shows a tab's number of conflicting claims on the toolbar button, nothing when there are none, and says
 * it in the button's tooltip, which is what screen readers announce for it.
 */
export async function showConflictCount(tabId: number, conflicts: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: conflicts > 0 ? String(conflicts) : '' });
  const title =
    conflicts === 0
      ? 'Crosscheck'
      : `Crosscheck: ${conflicts} conflicting ${conflicts === 1 ? 'figure' : 'figures'} on this page`;
  await browser.action.setTitle({ tabId, title });
  if (conflicts > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: CONFLICT_RED });
}
