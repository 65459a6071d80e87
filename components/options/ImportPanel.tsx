import { useState } from 'preact/hooks';
import { BUNDLE_EXTENSIONS } from '@/lib/bundle/formats/detect';
import type { ImportState } from './useImport';
import { ImportProgressBar } from './ImportProgressBar';

interface Props {
  state: ImportState | null;
  onFiles: (files: File[]) => void;
  onCancel: () => void;
}

/** A file input and a drop zone for bundle files, several at once; the files are handed on as they are. */
export function ImportPanel({ state, onFiles, onCancel }: Props) {
  const [dragging, setDragging] = useState(false);
  const busy = state !== null;
  const take = (files: FileList | null | undefined) => {
    if (files && files.length > 0 && !busy) onFiles([...files]);
  };
  return (
    <div
      class={`dropzone${dragging ? ' dragging' : ''}`}
      aria-busy={busy}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        take(e.dataTransfer?.files);
      }}
    >
      <input
        id="import-input"
        class="visually-hidden"
        type="file"
        multiple
        accept={BUNDLE_EXTENSIONS.join(',')}
        disabled={busy}
        data-testid="import-input"
        aria-describedby="import-help"
        onChange={(e) => {
          take(e.currentTarget.files);
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          e.currentTarget.value = '';
        }}
      />
      <label for="import-input" class="button button-primary">
        Choose bundle files…
      </label>
      <div id="import-help" class="help">
        <p>
          or drop files here. Each file becomes one bundle, and nothing is imported from a file if any of its records is
          invalid. Up to 50 MB per file.
        </p>
        <ul>
          <li>
            <strong>JSON</strong>: an array of articles or <code>{'{"articles": [...]}'}</code>;{' '}
            <strong>JSON Lines</strong> (<code>.jsonl</code>): one article per line. Fields: <code>text</code>{' '}
            (required), <code>title</code>, <code>url</code>, <code>outlet</code>, <code>published</code> (YYYY-MM-DD),{' '}
            <code>origin</code>.
          </li>
          <li>
            <strong>CSV</strong> with a header row: <code>text</code>/<code>body</code>/<code>content</code>,{' '}
            <code>title</code>/<code>headline</code>, <code>url</code>/<code>link</code>, <code>outlet</code>/
            <code>source</code>/<code>media_name</code>/<code>publisher</code>, <code>published</code>/<code>date</code>
            /<code>publish_date</code>/<code>published_at</code>; other columns are ignored.
          </li>
          <li>
            <strong>Text</strong> (<code>.txt</code>, one article; title, outlet and date are read from the text) and{' '}
            <strong>web pages</strong> (<code>.html</code>; the article and its metadata are read from the page).
          </li>
          <li>
            <strong>ZIP</strong> archives of any of these, imported as one bundle.
          </li>
        </ul>
      </div>
      {state && <ImportProgressBar state={state} onCancel={onCancel} />}
    </div>
  );
}
