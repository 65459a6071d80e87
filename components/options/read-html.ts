import { articleRecordOfDocument } from '@/lib/bundle/formats/html';
import type { HtmlRecord } from '@/lib/corpus/import-protocol';

/**
 * Reads a web page from a bundle for the import worker, which has no DOM. DOMParser documents run no
 * scripts and load nothing; the page's text only ever becomes text.
 */
export const readHtmlInPage = (html: string): HtmlRecord =>
  articleRecordOfDocument(new DOMParser().parseFromString(html, 'text/html'));
