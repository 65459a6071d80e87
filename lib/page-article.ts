import { parseArticle } from './bundle/article';
import { dateOfIso } from './bundle/dates';
import { LIMITS, type NewArticle } from './bundle/types';

/**
 * A page's article as the content script reads it (entrypoints/crosscheck/page-article.ts): its text, the
 * page's address and what its metadata says. Everything in it comes from the page and is untrusted.
 */
export interface PageArticle {
  /** The page's address (location.href). */
  url: string;
  /** The headline: og:title, JSON-LD headline, the first h1 or the document's title; empty when none. */
  title: string;
  /** The site's own name (og:site_name, JSON-LD publisher); empty when the page names none. */
  siteName: string;
  /** The publication date or timestamp as the page states it; empty when none. */
  published: string;
  /** The article's paragraphs, separated by blank lines, as the page's check reads them. */
  text: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const stringWithin = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

/** A page article read back from a message: every field a string within the bundle limits, else null. */
export function parsePageArticle(x: unknown): PageArticle | null {
  if (!isObject(x)) return null;
  const { url, title, siteName, published, text } = x;
  if (!stringWithin(url, LIMITS.urlChars) || !stringWithin(title, LIMITS.titleChars)) return null;
  if (!stringWithin(siteName, LIMITS.outletChars) || !stringWithin(published, LIMITS.publishedChars)) return null;
  if (!stringWithin(text, LIMITS.textChars) || text.trim() === '') return null;
  return { url, title, siteName, published, text };
}

/**
 * Query parameters that say how the reader came to a page, not which page it is: dropped so that one
 * article read from a newsletter and from a search has one address. A name ending in "_" is a prefix.
 */
const TRACKING_PARAMETERS: Record<string, string> = {
  utm_: "Google Analytics' campaign tags (utm_source, utm_medium, utm_campaign...), used by every newsletter",
  fbclid: "Facebook's click id, added to every outgoing link",
  gclid: "Google Ads' click id",
  dclid: "Google Display's click id",
  msclkid: "Microsoft Advertising's click id",
  mc_cid: "Mailchimp's campaign id",
  mc_eid: "Mailchimp's subscriber id",
  igshid: "Instagram's share id",
  twclid: "X (Twitter)'s click id",
  _ga: "Google Analytics' cross-domain id",
  ocid: "Microsoft's and MSN's referral id",
  cmpid: 'the campaign id news sites (The Guardian, CNN...) add to shared links',
  smid: "The New York Times' share id",
  ref_src: "X (Twitter)'s referral tag on shared links",
};

const isTracking = (name: string) =>
  Object.keys(TRACKING_PARAMETERS).some((p) => (p.endsWith('_') ? name.startsWith(p) : name === p));

/**
 * The address an article is stored under: http(s) only, without credentials, the fragment (a place in
 * the page) or tracking parameters; null for anything else (a file, an extension's or the browser's page).
 */
export function normalisedPageUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  // Deleting re-encodes the whole query, so an address without tracking parameters is left as written.
  const tracking = [...new Set(url.searchParams.keys())].filter(isTracking);
  for (const name of tracking) url.searchParams.delete(name);
  return url.href;
}

/**
 * The article a page gives, as the corpus stores it: validated and completed like an article of an imported
 * bundle (lib/bundle/article.ts), with the page's normalised address as its URL and origin, its site name
 * else its host as the outlet, and its date only when the page states one that is a real ISO date (a
 * page's odd metadata leaves the date unknown rather than refusing the article). Problems otherwise.
 */
export function articleOfPage(page: PageArticle): NewArticle | string[] {
  const url = normalisedPageUrl(page.url);
  if (url === null) return ['only web pages (http or https) can be added'];
  const record: Record<string, string> = { text: page.text, url };
  const title = page.title.replace(/\s+/g, ' ').trim();
  const outlet = page.siteName.replace(/\s+/g, ' ').trim();
  const published = dateOfIso(page.published);
  if (title) record.title = title;
  if (outlet) record.outlet = outlet;
  if (published) record.published = published;
  return parseArticle(record, url);
}
