import type { FileProgress } from '@/lib/corpus/import-protocol';
import { count } from './format';
import { useProgress, type ImportState } from './useImport';

function label(p: FileProgress | null): string {
  if (!p) return 'Starting…';
  const file = p.count > 1 ? `File ${p.index + 1} of ${p.count}, ${p.fileName}` : p.fileName;
  if (p.stage === 'reading') return `${file}: reading and checking…`;
  const done = `${p.written.toLocaleString('en-US')} of ${count(p.total, 'article')} written (${p.articles.toLocaleString('en-US')} analysed, ${count(p.claims, 'claim')} found)`;
  return p.stage === 'importing' ? `${file}: ${done}…` : `${file}: ${done}; adding them to the corpus…`;
}

/**
 * Where the import is, articles written of the total, with a cancel button until the last transaction
 * (a bundle then lands whole). Sticky, so it stays in view wherever the page is scrolled.
 */
export function ImportProgressBar({ state, onCancel }: { state: ImportState; onCancel: () => void }) {
  const p = useProgress(state.progress);
  const counting = p?.stage === 'importing' || p?.stage === 'committing';
  return (
    <div class="progress" data-testid="import-busy">
      <progress
        max={counting ? p.total : undefined}
        value={counting ? p.written : undefined}
        aria-label="Import progress"
      />
      <span role="status" data-testid="import-progress">
        {state.cancelling ? 'Cancelling…' : label(p)}
      </span>
      <button
        type="button"
        class="button"
        data-testid="import-cancel"
        disabled={state.cancelling || p?.stage === 'committing'}
        onClick={onCancel}
      >
        Cancel
      </button>
    </div>
  );
}
