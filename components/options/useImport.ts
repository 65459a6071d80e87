import { useState } from 'preact/hooks';
import { FILE_TOO_LARGE } from '@/lib/bundle/parse';
import { LIMITS } from '@/lib/bundle/types';
import type { CorpusDb } from '@/lib/corpus/db';
import { importBundleFile } from '@/lib/corpus/import-file';
import type { ImportResult } from '@/lib/corpus/import';
import { count } from './format';
import type { NoticeMessage } from './Notice';

export type ImportProgress =
  | { stage: 'reading'; fileName: string; total: 0 }
  | { stage: 'analysing'; done: number; total: number }
  | { stage: 'saving'; total: number };

function summary(fileName: string, r: ImportResult): NoticeMessage {
  const skipped = r.duplicates > 0 ? ` ${count(r.duplicates, 'duplicate')} skipped.` : '';
  const text =
    r.added === 0
      ? `Nothing new in ${fileName}: all ${count(r.duplicates, 'article')} are already in the corpus.`
      : `Imported ${count(r.added, 'article')} with ${count(r.claims, 'claim')} from ${fileName}.${skipped}`;
  return { kind: 'success', text, testId: 'import-summary' };
}

const failure = (fileName: string, details: string[]): NoticeMessage => ({
  kind: 'error',
  text: `Nothing was imported from ${fileName}:`,
  details,
  testId: 'import-error',
});

/** Reads, validates and imports a bundle file, reporting progress and the outcome as a notice. */
export function useImport(db: CorpusDb, notify: (m: NoticeMessage) => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  async function importFile(file: File) {
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > LIMITS.fileBytes) return notify(failure(file.name, [FILE_TOO_LARGE]));
    setProgress({ stage: 'reading', fileName: file.name, total: 0 });
    try {
      const text = await file.text();
      const outcome = await importBundleFile(db, text, file.name, (done, total) =>
        setProgress(done < total ? { stage: 'analysing', done, total } : { stage: 'saving', total }),
      );
      notify(outcome.ok ? summary(file.name, outcome.result) : failure(file.name, outcome.errors));
    } catch (e) {
      notify(failure(file.name, [e instanceof Error ? e.message : String(e)]));
    } finally {
      setProgress(null);
    }
  }

  return { progress, importFile };
}
