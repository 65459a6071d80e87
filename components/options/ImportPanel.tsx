import { useState } from 'preact/hooks';
import type { ImportProgress } from './useImport';

interface Props {
  progress: ImportProgress | null;
  onFile: (file: File) => void;
}

function ProgressLine({ progress }: { progress: ImportProgress }) {
  const label =
    progress.stage === 'reading'
      ? `Reading ${progress.fileName}…`
      : progress.stage === 'analysing'
        ? `Finding claims: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} articles…`
        : 'Saving…';
  return (
    <div class="progress" role="status" data-testid="import-busy">
      <progress max={progress.total || undefined} value={progress.stage === 'analysing' ? progress.done : undefined} />
      <span>{label}</span>
    </div>
  );
}

/** A file input and a drop zone for a JSON bundle; the file is handed on as it is. */
export function ImportPanel({ progress, onFile }: Props) {
  const [dragging, setDragging] = useState(false);
  const busy = progress !== null;
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div
      class={`dropzone${dragging ? ' dragging' : ''}`}
      aria-busy={busy}
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
        accept=".json,application/json"
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
        Choose a bundle file…
      </label>
      <p id="import-help" class="help">
        or drop a JSON file here. A bundle is an array of articles, or <code>{'{"articles": [...]}'}</code>; each article
        needs a <code>text</code> and may have <code>title</code>, <code>url</code>, <code>outlet</code>, <code>published</code>{' '}
        (YYYY-MM-DD) and <code>origin</code>. Up to 50 MB; nothing is imported if any article is invalid.
      </p>
      {progress && <ProgressLine progress={progress} />}
    </div>
  );
}
