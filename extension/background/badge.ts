const CONFLICT_RED = '#b3261e';

/** Shows a tab's number of conflicting claims on the toolbar button; nothing when there are none. */
export async function showConflictCount(tabId: number, conflicts: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: conflicts > 0 ? String(conflicts) : '' });
  if (conflicts > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: CONFLICT_RED });
}
