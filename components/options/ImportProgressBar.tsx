import type { FileProgress } from '@/lib/corpus/import-protocol';
import { count } from './format';
import type { ImportState } from './useImport';

function label(p: FileProgress | null): string {
  if (!p) return 'Starting…';
  const file = p.count > 1 ? `File ${p.index + 1} of ${p.count}, ${p.fileName}` : p.fileName;
  if (p.stage === 'reading') return `${file}: reading and checking…`;
  const done = `${p.articles.toLocaleString('en-US')} of ${count(p.total, 'article')} analysed, ${count(p.claims, 'claim')} found`;
  return p.stage === 'analysing' ? `${file}: ${done}…` : `${file}: ${done}; saving…`;
}

/** Where the import is, with a cancel button until the writing starts (a bundle then lands whole). */
export function ImportProgressBar({ state, onCancel }: { state: ImportState; onCancel: () => void }) {
  const p = state.progress;
  const analysing = p?.stage === 'analysing' || p?.stage === 'saving';
  return (
    <div class="progress" data-testid="import-busy">
      <progress
        max={analysing ? p.total : undefined}
        value={analysing ? p.articles : undefined}
        aria-label="Import progress"
      />
      <span role="status" data-testid="import-progress">
        {state.cancelling ? 'Cancelling…' : label(p)}
      </span>
      <button
        type="button"
        class="button"
        data-testid="import-cancel"
        disabled={state.cancelling || p?.stage === 'saving'}
        onClick={onCancel}
      >
        Cancel
      </button>
    </div>
  );
}
