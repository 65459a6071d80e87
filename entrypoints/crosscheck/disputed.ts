import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckedClaim } from '@/lib/compare/types';
import { withoutDisputed, type Dispute } from '@/lib/disputes';
import { readDisputes, watchDisputes } from '@/extension/page/disputes-store';
import type { CardView } from './card';
import { safely } from './guard';
import type { Highlighter } from './highlights';
import type { LocatedClaim, PageClaims } from './page-claims';

type Checked = Pick<CheckedClaim, 'verdict' | 'matches'>;

/**
 * Keeps the reader's marks of wrong matches out of the page: a disputed match leaves its figure's card and
 * no longer counts towards its verdict (and colour). Claims are adjusted where they stand, so the card, the
 * keys and the popup all see the same verdict; each claim's checked verdict is kept, so removing a mark on
 * the options page brings the match back without a reload.
 */
export function hideDisputedMatches(
  ctx: ContentScriptContext,
  page: PageClaims,
  highlighter: Highlighter,
  card: () => CardView | undefined,
  /** Called when the marks changed some verdict, for the toolbar's count of conflicts. */
  onVerdictsChanged: () => void,
) {
  let disputes: Dispute[] = [];
  /** Bumped when the marks change, so that each batch of new claims costs only the new claims. */
  let version = 0;
  const checked = new WeakMap<LocatedClaim, Checked>();
  const seenAt = new WeakMap<LocatedClaim, number>();

  const adjust = (claim: LocatedClaim) => {
    const original = checked.get(claim) ?? { verdict: claim.verdict, matches: claim.matches };
    checked.set(claim, original);
    seenAt.set(claim, version);
    const [shown] = withoutDisputed([{ ...claim, ...original }], disputes);
    if (shown!.verdict === claim.verdict && shown!.matches.length === claim.matches.length) return false;
    highlighter.delete(claim);
    claim.verdict = shown!.verdict;
    claim.matches = shown!.matches;
    highlighter.add(claim, false);
    return true;
  };

  /**
   * Applies the marks to the claims placed since the last call, or to every claim after the marks changed;
   * whether a verdict changed.
   */
  const apply = (): boolean => {
    const open = card();
    let changed = false;
    let openChanged = false;
    for (const claim of page.all()) {
      if (seenAt.get(claim) === version || !adjust(claim)) continue;
      changed = true;
      if (claim === open?.current) openChanged = true;
    }
    if (open?.current && openChanged) void open.show(open.current, { focus: open.contains(document.activeElement) });
    return changed;
  };

  const update = safely((next: Dispute[]) => {
    disputes = next;
    version++;
    if (apply()) onVerdictsChanged();
  });
  void readDisputes().then(update, () => undefined);
  ctx.onInvalidated(watchDisputes(update));
  return { apply };
}
