import { expect, it } from 'vitest';
import { corpusClaimsOf } from './article-claims';
import { figureIndexKey } from './filed-keys';
import { claimsUnderKeys, packClaims, unpackClaims, type PackRow } from './pack';
import { seedBundle } from './test-db';

const claims = corpusClaimsOf(7, seedBundle.articles.map((a) => a.text).join('\n\n'));

it('gives back every claim as it was packed, fields in the same order', () => {
  expect(claims.length).toBeGreaterThan(50);
  const unpacked = unpackClaims(packClaims(7, claims));
  expect(unpacked).toEqual(claims);
  unpacked.forEach((c, i) => expect(JSON.stringify(c)).toBe(JSON.stringify(claims[i])));
});

it('names the claims fields once per pack, not in every claim', () => {
  const pack = packClaims(7, claims);
  expect(pack.fields).toContain('quantity.lemma');
  expect(pack.claims.every((c) => c.startsWith('['))).toBe(true);
});

it('keeps a claim of another shape as an object: an extra field, or one set to undefined', () => {
  const odd = [claims[0]!, { ...claims[1]!, extra: 3 }, { ...claims[2]!, text: undefined as unknown as string }];
  const pack = packClaims(7, odd);
  expect(pack.claims.map((c) => c[0])).toEqual(['[', '{', '{']);
  expect(unpackClaims(pack)).toEqual(odd);
});

it('reads packs stored before the field names were kept apart, claims as JSON objects', () => {
  const current = packClaims(7, claims);
  const older: PackRow = {
    ...current,
    fields: undefined,
    claims: unpackClaims(packClaims(7, claims)).map(
      ({ articleId: _a, key: _k, figureKey: _f, sentence, offsetInSentence, ...rest }) =>
        JSON.stringify({ ...rest, s: current.sentences.indexOf(sentence), offsetInSentence }),
    ),
  };
  expect(unpackClaims(older)).toEqual(claims);
});

it('files each claim under its key and its figure key, parsing each claim once', () => {
  const under = claimsUnderKeys(packClaims(7, claims));
  const first = claims[0]!;
  expect(under(first.key)).toEqual(claims.filter((c) => c.key === first.key).reverse());
  expect(under(figureIndexKey(first.figureKey))).toEqual(
    claims.filter((c) => c.figureKey === first.figureKey).reverse(),
  );
  expect(under(first.key)[0]).toBe(under(figureIndexKey(first.figureKey))[0]);
  expect(under('no such key')).toEqual([]);
});
