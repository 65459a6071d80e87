import type { BundleRow } from '@/lib/corpus/db';
import { ConfirmDelete } from './ConfirmDelete';
import { count } from './format';

interface Props {
  bundles: BundleRow[];
  busy: boolean;
  onDelete: (bundle: BundleRow) => void;
  onExport: (bundle: BundleRow) => void;
  onRestoreSeed: () => void;
}

const described = (b: BundleRow) =>
  `${count(b.articleCount, 'article')} · ${
    b.kind === 'seed'
      ? `shipped with Crosscheck (version ${b.version})`
      : `imported ${new Date(b.importedAt).toLocaleString()}`
  }`;

/**
 * The bundles the corpus was built from, each exported or deleted alike, the built-in articles too; they
 * can be restored only once deleted.
 */
export function BundleList({ bundles, busy, onDelete, onExport, onRestoreSeed }: Props) {
  const seedMissing = !bundles.some((b) => b.kind === 'seed');
  return (
    <ul class="bundles">
      {bundles.map((b) => (
        <li key={b.id} class="bundle" data-testid="bundle-row" data-kind={b.kind}>
          <div class="bundle-info">
            <span class="bundle-name">{b.name}</span>
            <span class="muted">{described(b)}</span>
          </div>
          <div class="bundle-actions">
            <button
              type="button"
              class="button"
              disabled={busy}
              data-testid="export-bundle"
              onClick={() => onExport(b)}
            >
              Export<span class="visually-hidden">{` ${b.name}`}</span>
            </button>
            <ConfirmDelete
              name={b.name}
              question={`Delete ${b.name} and its ${count(b.articleCount, 'article')}?`}
              disabled={busy}
              onConfirm={() => onDelete(b)}
              testIds={{ start: 'delete-bundle', confirm: 'confirm-delete' }}
            />
          </div>
        </li>
      ))}
      {seedMissing && (
        <li class="bundle" data-testid="seed-missing">
          <span class="bundle-info muted">The articles built into Crosscheck are not in the corpus.</span>
          <div class="bundle-actions">
            <button type="button" class="button" disabled={busy} data-testid="restore-seed" onClick={onRestoreSeed}>
              Restore the built-in articles
            </button>
          </div>
        </li>
      )}
    </ul>
  );
}
