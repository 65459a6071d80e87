import { useEffect, useRef, useState } from 'preact/hooks';
import type { BundleRow } from '@/lib/corpus/db';
import { count } from './format';

interface Props {
  bundles: BundleRow[];
  busy: boolean;
  onDelete: (bundle: BundleRow) => void;
  onExport: (bundle: BundleRow) => void;
  onRestoreSeed: () => void;
}

function ConfirmDelete({
  bundle,
  onConfirm,
  onCancel,
}: {
  bundle: BundleRow;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus goes to the harmless choice, so a stray Enter does not delete.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-label={`Delete ${bundle.name}?`}>
      <span>{`Delete ${bundle.name} and its ${count(bundle.articleCount, 'article')}?`}</span>
      <button type="button" class="button button-danger" data-testid="confirm-delete" onClick={onConfirm}>
        Delete
      </button>
      <button
        type="button"
        class="button"
        ref={cancel}
        onClick={onCancel}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      >
        Cancel
      </button>
    </div>
  );
}

/** The bundles the corpus was built from: imported ones can be deleted, the seed one restored. */
export function BundleList({ bundles, busy, onDelete, onExport, onRestoreSeed }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const seedMissing = !bundles.some((b) => b.kind === 'seed');
  return (
    <ul class="bundles">
      {seedMissing && (
        <li class="bundle">
          <span class="bundle-info muted">The seed articles shipped with Crosscheck are not installed.</span>
          <button type="button" class="button" disabled={busy} data-testid="restore-seed" onClick={onRestoreSeed}>
            Restore seed articles
          </button>
        </li>
      )}
      {bundles.map((b) => (
        <li key={b.id} class="bundle" data-testid="bundle-row" data-kind={b.kind}>
          <div class="bundle-info">
            <span class="bundle-name">{b.name}</span>
            <span class="muted">
              {`${count(b.articleCount, 'article')} · ${b.kind === 'seed' ? `shipped with Crosscheck (version ${b.version})` : `imported ${new Date(b.importedAt).toLocaleString()}`}`}
            </span>
          </div>
          <div class="bundle-actions">
            <button
              type="button"
              class="button"
              disabled={busy}
              data-testid="export-bundle"
              onClick={() => onExport(b)}
            >
              Export
            </button>
            {b.kind === 'seed' ? (
              <button type="button" class="button" disabled={busy} data-testid="restore-seed" onClick={onRestoreSeed}>
                Restore seed articles
              </button>
            ) : confirming === b.id ? (
              <ConfirmDelete
                bundle={b}
                onCancel={() => setConfirming(null)}
                onConfirm={() => {
                  setConfirming(null);
                  onDelete(b);
                }}
              />
            ) : (
              <button
                type="button"
                class="button"
                disabled={busy}
                data-testid="delete-bundle"
                onClick={() => setConfirming(b.id)}
              >
                Delete…
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
