import { dateOfIso } from './dates';
import { LIMITS } from './types';

/** What a news page says about itself in its markup; empty strings where it says nothing usable. */
export interface PageMetadata {
  title: string;
  siteName: string;
  /** YYYY-MM-DD, from the first stated date that is a real ISO date or timestamp. */
  published: string;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The first non-empty content among these meta tags (Open Graph's property, HTML's name, microdata's itemprop). */
export function metaContent(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = clean(el?.getAttribute('content'));
    if (content) return content;
  }
  return '';
}

/**
 * Bounds on the page's JSON-LD, which is the page's to write: a few scripts of ordinary size, walked to a
 * small depth and number of values (news pages describe an article, its publisher and breadcrumbs).
 */
const JSON_LD = { scripts: 10, chars: 200_000, depth: 6, values: 2_000 } as const;

interface LinkedData {
  headline?: string;
  datePublished?: string;
  publisher?: string;
}

/** The first headline, datePublished and publisher name stated anywhere in the page's JSON-LD. */
function linkedData(doc: Document): LinkedData {
  const found: LinkedData = {};
  let values = 0;
  const take = (field: keyof LinkedData, value: unknown) => {
    if (found[field] === undefined && typeof value === 'string' && clean(value)) found[field] = clean(value);
  };
  const walk = (value: unknown, depth: number): void => {
    if (depth > JSON_LD.depth || ++values > JSON_LD.values || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    const record = value as Record<string, unknown>;
    take('headline', record.headline);
    take('datePublished', record.datePublished);
    const publisher = record.publisher;
    take('publisher', typeof publisher === 'object' && publisher !== null && 'name' in publisher && publisher.name);
    for (const v of Object.values(record)) walk(v, depth + 1);
  };
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, JSON_LD.scripts);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > JSON_LD.chars) continue;
    try {
      walk(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD says nothing; the other sources of metadata still may.
    }
  }
  return found;
}

const within = (s: string, max: number) => (s.length > max ? '' : s);

/**
 * The title, site name and publication date a page states: Open Graph and article meta tags first (what
 * publishers fill for link previews), then schema.org JSON-LD (what they fill for search engines), then
 * the markup itself (the document's title, the first <time datetime>). Anything longer than
 * a bundle allows is left out. Takes a Document so the caller chooses the DOM (the page's, DOMParser's,
 * linkedom's).
 */
export function pageMetadata(doc: Document): PageMetadata {
  const ld = linkedData(doc);
  const title = metaContent(doc, 'og:title', 'twitter:title') || ld.headline || clean(doc.title);
  const siteName = metaContent(doc, 'og:site_name', 'application-name') || ld.publisher || '';
  const dates = [
    metaContent(doc, 'article:published_time'),
    metaContent(doc, 'datePublished'),
    ld.datePublished ?? '',
    metaContent(doc, 'date', 'pubdate'),
    clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
  ];
  const published = dates.map(dateOfIso).find((d) => d !== null) ?? '';
  return {
    title: within(title, LIMITS.titleChars),
    siteName: within(siteName, LIMITS.outletChars),
    published,
  };
}
