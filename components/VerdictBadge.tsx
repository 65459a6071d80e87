import type { Verdict } from '@/lib/compare/types';
import { VERDICT_LABEL, VERDICT_SYMBOL } from './verdicts';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`cc-badge cc-badge-${verdict}`}>
      <span aria-hidden="true">{VERDICT_SYMBOL[verdict]}</span> {VERDICT_LABEL[verdict]}
    </span>
  );
}
