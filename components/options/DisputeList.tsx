import type { Dispute } from '@/lib/disputes';
import { saveFile } from './download-export';
import { useDisputes } from './useDisputes';

const EXPORT_FILE = 'crosscheck-wrong-matches.json';

/** The marks as researchers get them: what was marked, with the format named so a reader of the file knows it. */
function exportDisputes(disputes: Dispute[]): void {
  const file = { format: 'crosscheck-wrong-matches', version: 1, exportedAt: new Date().toISOString(), disputes };
  saveFile(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), EXPORT_FILE);
}

function DisputeRow({ dispute, onRemove }: { dispute: Dispute; onRemove: () => void }) {
  const { page, source } = dispute;
  return (
    <li class="bundle" data-testid="dispute-row">
      <div class="bundle-info">
        <span class="bundle-name">
          {`${page.figure}, matched with ${source.figure} in ${source.outlet || 'unknown outlet'} (${dispute.relation})`}
        </span>
        <span class="muted">{page.sentence}</span>
        <span class="muted">
          {`On ${page.url} · source: ${source.title || source.url || 'untitled'} · marked ${new Date(dispute.markedAt).toLocaleString()}`}
        </span>
      </div>
      <div class="bundle-actions">
        <button
          type="button"
          class="button"
          aria-label={`Remove the mark on ${page.figure} against ${source.outlet || 'unknown outlet'}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

/**
 * The matches the reader marked as wrong from a card: hidden on their pages until removed here; kept in
 * this browser only, exported as JSON on request.
 */
export function DisputeList() {
  const { disputes, remove } = useDisputes();
  return (
    <section aria-labelledby="disputes-heading">
      <h2 id="disputes-heading">Matches marked as wrong</h2>
      <p class="help">
        A card’s “Wrong match” button hides that source’s figure for that figure. The marks stay in this browser; export
        them to share them with researchers.
      </p>
      {disputes === null ? (
        <p class="muted" role="status">
          Loading…
        </p>
      ) : disputes.length === 0 ? (
        <p class="muted" data-testid="disputes-empty">
          No match is marked as wrong.
        </p>
      ) : (
        <>
          <div class="toolbar">
            <button type="button" class="button" data-testid="export-disputes" onClick={() => exportDisputes(disputes)}>
              Export marks (JSON)
            </button>
          </div>
          <ul class="bundles">
            {disputes.map((d) => (
              <DisputeRow key={d.key} dispute={d} onRemove={() => remove(d.key)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
