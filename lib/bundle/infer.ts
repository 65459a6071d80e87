import { dateOfIso } from './dates';
import { knownOutletName, outletOfHost } from './outlets';
import { printedDateOf } from './published';

export interface InferredMetadata {
  title: string;
  outlet: string;
  published: string | null;
  /** The text without the crawler's header, the way it should be stored. */
  text: string;
}

const TITLE_MAX_WORDS = 20;
const FALLBACK_TITLE_WORDS = 10;
/** Datelines and photo credits sit near the top, footers near the bottom. */
const HEAD_PARAGRAPHS = 3;
const FOOT_PARAGRAPHS = 3;

// The seed crawler prefixes " date YYYY-MM-DD " to the first paragraph.
const CRAWLER_HEADER = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
// "(CNN) —", "Dec. 1 (UPI) --", "WASHINGTON (Reuters) -", "NAIROBI, March 4 (Reuters) -".
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]*,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+)?\((\p{Lu}[\p{L}&.' ]{0,30})\)\s*(?:—|–|--?)\s*/u;
const APPEARED_ON = /\bappeared first on\s+(?:https?:\/\/)?([\w.-]+\.[a-z]{2,})/i;
const PHOTO_CREDIT = /\bPhotos? (?:by|courtesy of) [^/\n|]{1,80}\/\s*([\p{L}][\p{L} ]{0,30}?)(?=\s*(?:\||$|\n|\.|,))/gu;
const DOMAIN = /\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function datelineOutlet(head: string[]): string | null {
  for (const p of head) {
    const m = DATELINE.exec(p);
    if (m) return knownOutletName(m[1]!) ?? m[1]!.trim();
  }
  return null;
}

/** Footers ("appeared first on cnn.com", a bare known domain) and photo credits of known outlets. */
function creditedOutlet(head: string[], foot: string[]): string | null {
  for (const p of foot) {
    const m = APPEARED_ON.exec(p);
    if (m) return outletOfHost(m[1]!) ?? m[1]!.toLowerCase().replace(/^www\./, '');
  }
  // A photo agency is the outlet only when it is itself a news outlet (UPI credits its own photographers).
  for (const p of [...head, ...foot]) {
    for (const m of p.matchAll(PHOTO_CREDIT)) {
      const name = knownOutletName(m[1]!);
      if (name) return name;
    }
  }
  for (const p of foot) {
    for (const m of p.matchAll(DOMAIN)) {
      const name = outletOfHost(m[1]!);
      if (name) return name;
    }
  }
  return null;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Short, one line, a few words, not ending a sentence with a period: how headlines look. */
function looksLikeHeadline(p: string): boolean {
  const n = words(p).length;
  return !p.includes('\n') && n >= 3 && n <= TITLE_MAX_WORDS && !/\.["'”’)]*$/.test(p);
}

function titleOf(paragraphs: string[]): string {
  // A headline may also sit on the first line with the story right under it, with no blank line between.
  const firstLine = paragraphs[0]?.split('\n')[0] ?? '';
  const headline = [firstLine, ...paragraphs.slice(0, 2)].find(looksLikeHeadline);
  if (headline) return headline;
  // A photo caption says little about the story; the story starts after it.
  const lead = paragraphs.find((p) => !p.match(PHOTO_CREDIT)) ?? paragraphs[0] ?? '';
  const first = words(lead.replace(DATELINE, ''));
  if (first.length <= FALLBACK_TITLE_WORDS) return first.join(' ');
  return (
    first
      .slice(0, FALLBACK_TITLE_WORDS)
      .join(' ')
      .replace(/[\s,;:.—–-]+$/u, '') + '…'
  );
}

const fileStem = (fileName: string) => fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '') || fileName;

/**
 * What a plain text says about itself: its headline, its outlet (from a dateline, a footer, a photo
 * credit or a known domain) and its publication date (from a crawler header, or a "Published" line or a
 * date alone at its top or foot: lib/bundle/published.ts).
 * The outlet falls back to the file name without its extension, the date to null.
 */
export function inferMetadata(rawText: string, fileName: string): InferredMetadata {
  const header = CRAWLER_HEADER.exec(rawText);
  const text = (header ? rawText.slice(header[0].length) : rawText).replace(/\r\n?/g, '\n').trim();
  let split: string[] | undefined;
  const paragraphs = () => (split ??= paragraphsOf(text));
  const head = () => paragraphs().slice(0, HEAD_PARAGRAPHS);
  // Each is read off the text only when asked: a bundle's articles usually say their title, outlet and
  // date, and reading them anyway took half of a 10,000-article bundle's parsing.
  return {
    get title() {
      return titleOf(paragraphs());
    },
    get outlet() {
      return (
        datelineOutlet(head()) ?? creditedOutlet(head(), paragraphs().slice(-FOOT_PARAGRAPHS)) ?? fileStem(fileName)
      );
    },
    get published() {
      return (header && dateOfIso(header[1]!)) || printedDateOf(text);
    },
    text,
  };
}
