export type BundleFormat = 'json' | 'jsonl' | 'csv' | 'text' | 'html' | 'zip';

const BY_EXTENSION: Record<string, BundleFormat> = {
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'csv',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  zip: 'zip',
};

/** The extensions the options page offers in its file picker. */
export const BUNDLE_EXTENSIONS = Object.keys(BY_EXTENSION).map((e) => `.${e}`);

/** The format a file name's extension says; null when it says none we read. */
export function formatOfName(name: string): BundleFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || null;
}

const looksLikeJsonLine = (line: string | undefined) => line !== undefined && /^\s*\{.*\}\s*$/.test(line);

/**
 * The format of a file whose name says nothing (no or an unknown extension), from its first bytes: a ZIP
 * signature, markup, JSON, one object per line, a header row naming a text column; else plain text.
 */
export function formatOfContent(bytes: Uint8Array, head: string): BundleFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  const start = head.trimStart();
  if (/^<(!doctype html|html|head|body|article|meta)\b/i.test(start)) return 'html';
  const lines = start.split('\n').filter((l) => l.trim() !== '');
  if (looksLikeJsonLine(lines[0]) && looksLikeJsonLine(lines[1])) return 'jsonl';
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  if (
    /^[^\n]*\b(text|body|content)\b[^\n]*[,;\t]/i.test(start) ||
    /^[^\n]*[,;\t]\s*"?(text|body|content)"?\s*$/im.test(lines[0] ?? '')
  )
    return 'csv';
  return 'text';
}
