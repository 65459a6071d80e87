import { dateSpans } from './dates';

/** The language the engine reads (lib/claims): its number words, units and grammar are English. */
export const ENGLISH = 'en';

/** A language tag's primary subtag, lower-cased ("pt-BR" is "pt"); null when it is not a tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * The claims worth showing in a text of `language`. English is read in full. In another language the
 * engine's English grammar misreads words, so only figures written in digits are kept, and none that
 * stands inside one of that language's dates or times ("mardi 5 mai", "hace 3 horas", "1. 11.").
 */
export function claimsReadIn<C extends { start: number; end: number; text: string }>(
  claims: C[],
  text: string,
  language: string,
): C[] {
  if (language === ENGLISH) return claims;
  const dates = dateSpans(text, language);
  const inDate = (claim: C) => dates.some(([start, end]) => claim.start < end && claim.end > start);
  return claims.filter((claim) => /\d/.test(claim.text) && !inDate(claim));
}
