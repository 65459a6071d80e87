import type { FileOutcome } from '@/lib/corpus/import-protocol';
import { count } from './format';
import { Notice, type NoticeMessage } from './Notice';

function messageOf(o: FileOutcome): NoticeMessage {
  if (o.status === 'refused')
    return {
      kind: 'error',
      text: `Nothing was imported from ${o.fileName}:`,
      details: o.errors,
      testId: 'import-error',
    };
  if (o.status === 'cancelled')
    return { kind: 'info', text: `Cancelled: nothing was imported from ${o.fileName}.`, testId: 'import-cancelled' };
  const skipped = o.duplicates > 0 ? ` ${count(o.duplicates, 'duplicate')} skipped (same URL or text).` : '';
  const text =
    o.added === 0
      ? `Nothing new in ${o.fileName}: all ${count(o.duplicates, 'article')} are already in the corpus.`
      : `Imported ${count(o.added, 'article')} with ${count(o.claims, 'claim')} from ${o.fileName}.${skipped}`;
  return { kind: 'success', text, testId: 'import-summary' };
}

function totals(outcomes: FileOutcome[]): string {
  const imported = outcomes.flatMap((o) => (o.status === 'imported' ? [o] : []));
  const added = imported.reduce((n, o) => n + o.added, 0);
  const duplicates = imported.reduce((n, o) => n + o.duplicates, 0);
  const refused = outcomes.filter((o) => o.status === 'refused').length;
  const cancelled = outcomes.filter((o) => o.status === 'cancelled').length;
  return [
    `${count(added, 'article')} added`,
    `${count(duplicates, 'duplicate')} skipped`,
    ...(refused > 0 ? [`${count(refused, 'file')} refused`] : []),
    ...(cancelled > 0 ? [`${count(cancelled, 'file')} cancelled`] : []),
  ].join(', ');
}

/** What became of each file of the last import; with several files, the totals first. */
export function ImportSummary({ outcomes, onDismiss }: { outcomes: FileOutcome[]; onDismiss: () => void }) {
  if (outcomes.length === 0) return null;
  return (
    <div class="import-summary" data-testid="import-outcomes">
      {outcomes.length > 1 && (
        <p class="import-totals" data-testid="import-totals">
          {`${count(outcomes.length, 'file')}: ${totals(outcomes)}.`}
        </p>
      )}
      {outcomes.map((o, i) => (
        <Notice key={i} message={messageOf(o)} />
      ))}
      <button type="button" class="button" data-testid="import-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
