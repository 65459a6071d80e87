import type { CorpusClaim, SourceRef } from '../compare/types';
import { figureKeyOf, filedUnder, filedUnderFigure } from './filed-keys';

/**
 * The claims of one article, stored as one row. An article's 60-odd claims as 60-odd rows (or objects)
 * cloned and stored five times slower than as one row of strings (measured in Chromium, 2,000 generated
 * articles). A lookup reads the latest articles filed under a key and needs one or two claims of each:
 * the keys stay plain strings, beside each claim's JSON, so only the claims a lookup selects are parsed.
 * Each sentence is kept once, however many figures it holds, and the claims' field names once: a check
 * reads thousands of packs, and as JSON objects the names were 60% of a pack's 27,000 characters.
 */
export interface PackRow {
  articleId: number;
  /** Every key the claims are filed under, indexed by versions 4 to 6; since 7 in postings.ts, not here. */
  keys?: string[];
  /** Each claim's key and figure key, in the order the claims were found. */
  claimKeys: string[];
  figureKeys: string[];
  /**
   * Each claim's other fields: the JSON array of its values in the order of `fields`, or, for a claim of
   * another shape and in packs stored before `fields`, the JSON object of PackedClaim.
   */
  claims: string[];
  /** The fields of the claims' arrays, a field of a field named "quantity.lemma". */
  fields?: string[];
  sentences: string[];
  /**
   * What a match shows of its article (a copy of its source row), so a check reads one row per article. A pack
   * written before packs kept it has none until it is written again (re-analysis): a check reads its source row.
   */
  source?: SourceRef;
}

type PackedClaim = Omit<CorpusClaim, 'articleId' | 'key' | 'figureKey' | 'sentence' | 'offsetInSentence'> & {
  /** Index of the claim's sentence in PackRow.sentences. */
  s: number;
  offsetInSentence: number;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of a CorpusClaim a pack keeps elsewhere: its article, its keys, its sentence. */
const KEPT_APART = new Set(['articleId', 'key', 'figureKey', 'sentence', 'offsetInSentence']);

/**
 * The claim's fields as packed, those of its object fields (the quantity) one level down, then the index
 * of its sentence and its offset there.
 */
function fieldsOf(claim: CorpusClaim): string[] {
  const fields: string[] = [];
  for (const [k, v] of Object.entries(claim)) {
    if (KEPT_APART.has(k)) continue;
    if (isRecord(v)) for (const k2 of Object.keys(v)) fields.push(`${k}.${k2}`);
    else fields.push(k);
  }
  return [...fields, 's', 'offsetInSentence'];
}

/**
 * The claim's values in the order of `fields` (`s` its sentence's index), or null when it has other
 * fields or one set to undefined. Read off the claim itself: copying each claim without the fields kept
 * apart cost more than the rest of packing.
 */
function valuesOf(claim: CorpusClaim, fields: string[][], s: number): unknown[] | null {
  const record = claim as unknown as Record<string, unknown>;
  let count = 1;
  for (const k in record) {
    if (k === 'offsetInSentence' || !KEPT_APART.has(k))
      count += isRecord(record[k]) ? Object.keys(record[k]).length : 1;
  }
  if (count !== fields.length) return null;
  const values: unknown[] = [];
  for (const [k, k2] of fields) {
    const v = k === 's' ? s : k2 === undefined ? record[k!] : (record[k!] as Record<string, unknown> | undefined)?.[k2];
    if (v === undefined) return null;
    values.push(v);
  }
  return values;
}

export function packClaims(articleId: number, claims: CorpusClaim[]): PackRow {
  const sentences = new Map<string, number>();
  const fields = claims[0] ? fieldsOf(claims[0]) : [];
  const paths = fields.map((f) => f.split('.'));
  const packed = claims.map((claim) => {
    let s = sentences.get(claim.sentence);
    if (s === undefined) sentences.set(claim.sentence, (s = sentences.size));
    const values = valuesOf(claim, paths, s);
    if (values) return JSON.stringify(values);
    const rest = Object.fromEntries(Object.entries(claim).filter(([k]) => !KEPT_APART.has(k)));
    return JSON.stringify({ ...rest, s, offsetInSentence: claim.offsetInSentence });
  });
  return {
    articleId,
    claimKeys: claims.map((c) => c.key),
    figureKeys: claims.map((c) => c.figureKey),
    claims: packed,
    fields,
    sentences: [...sentences.keys()],
  };
}

/**
 * Reads a pack's claims one at a time, as corpusClaimsOf gives them, fields in the same order. The field
 * paths are split once per pack: split again for every claim read, they cost a check as much as parsing.
 */
function claimReader(row: PackRow): (i: number) => CorpusClaim {
  const fields = row.fields ?? [];
  const tops = fields.map((field) => (field.includes('.') ? field.slice(0, field.indexOf('.')) : field));
  const subs = fields.map((field) => (field.includes('.') ? field.slice(field.indexOf('.') + 1) : undefined));
  const sAt = fields.indexOf('s');
  const offsetAt = fields.indexOf('offsetInSentence');
  return (i) => {
    const stored = JSON.parse(row.claims[i]!) as unknown[] | PackedClaim;
    const claim: Record<string, unknown> = {
      articleId: row.articleId,
      key: row.claimKeys[i]!,
      figureKey: row.figureKeys[i]!,
    };
    // A claim stored without its sentence or offset reads them as undefined, as it did before.
    let s: number | undefined;
    let offsetInSentence: number | undefined;
    if (Array.isArray(stored)) {
      // A plain loop over the paths split once: a callback per field cost a cold check a fifth of its decoding.
      for (let j = 0; j < fields.length; j++) {
        if (j === sAt || j === offsetAt) continue;
        const sub = subs[j];
        if (sub === undefined) claim[tops[j]!] = stored[j];
        else ((claim[tops[j]!] ??= {}) as Record<string, unknown>)[sub] = stored[j];
      }
      if (sAt >= 0) s = stored[sAt] as number;
      if (offsetAt >= 0) offsetInSentence = stored[offsetAt] as number;
    } else {
      ({ s, offsetInSentence } = stored);
      for (const [k, v] of Object.entries(stored)) if (k !== 's' && k !== 'offsetInSentence') claim[k] = v;
    }
    claim.sentence = row.sentences[s!];
    claim.offsetInSentence = offsetInSentence;
    return claim as unknown as CorpusClaim;
  };
}

/** Every claim of the pack. */
export function unpackClaims(row: PackRow): CorpusClaim[] {
  const read = claimReader(row);
  return row.claimKeys.map((_, i) => read(i));
}

/**
 * A pack read for lookups: the latest claims filed under an index key (at most `most`, the latest found first), each
 * parsed once, when first asked for. Each key's claims are found by a scan of the one column it names
 * (filed-keys.ts), not by filing every claim of the pack: a check reads some 850 packs for a few of their
 * claims each, and filing all of them was a tenth of its time in Chromium. Only the claims a lookup keeps are
 * parsed: a key's cap is reached within the last pack read for it, whose other claims under the key were a
 * quarter of those a cold check parsed.
 */
export function claimsUnderKeys(row: PackRow): (indexKey: string, most?: number) => CorpusClaim[] {
  const read = claimReader(row);
  const parsed: CorpusClaim[] = [];
  return (indexKey, most = Infinity) => {
    const figure = figureKeyOf(indexKey);
    const [column, filed] =
      figure === null
        ? [row.claimKeys, (key: string) => filedUnder(key, indexKey)]
        : [row.figureKeys, (key: string) => filedUnderFigure(key, figure)];
    const found: CorpusClaim[] = [];
    for (let i = column.length - 1; i >= 0 && found.length < most; i--)
      if (filed(column[i]!)) found.push((parsed[i] ??= read(i)));
    return found;
  };
}
