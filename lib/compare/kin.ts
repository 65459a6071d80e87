import { appendTo } from '../map-lists';
import { NOUN_KIN } from './noun-kin';

/**
 * Whether two nouns may name one thing, by WordNet (noun-kin.ts, distilled by scripts/lexicon/noun-kin.ts):
 * 'synonym' when a main sense of each is one synset ("lorry", "truck"), 'kind' when one's main sense is a
 * kind, or a kind of a kind, of the other's ("building" and "structure", "house" and "home"), 'sibling' when
 * both are near kinds of one thing ("zone" and "area" are regions); else null.
 */
export type Kin = 'synonym' | 'kind' | 'sibling' | null;

interface Senses {
  own: readonly string[];
  up: readonly string[];
}

let table: Map<string, Senses> | undefined;
/** The nouns whose main senses are each synset, to list a noun's kin. */
let nounsOf: Map<string, string[]> | undefined;
function sensesOf(noun: string): Senses | undefined {
  if (!table) {
    table = new Map();
    nounsOf = new Map();
    for (const entry of NOUN_KIN.split(' ')) {
      const [word, synsets] = entry.split(':') as [string, string];
      const [own, up = ''] = synsets.split('/');
      const senses = { own: own ? own.split('.') : [], up: up ? up.split('.') : [] };
      table.set(word, senses);
      for (const s of senses.own) appendTo(nounsOf, s, word);
    }
  }
  return table.get(noun);
}

const meet = (a: readonly string[], b: readonly string[]) => a.some((s) => b.includes(s));

export function kinOf(a: string, b: string): Kin {
  const [sa, sb] = [sensesOf(a), sensesOf(b)];
  if (!sa || !sb) return null;
  if (meet(sa.own, sb.own)) return 'synonym';
  if (meet(sa.own, sb.up) || meet(sb.own, sa.up)) return 'kind';
  return meet(sa.up, sb.up) ? 'sibling' : null;
}

/** Kin looked up for a noun at the most: a general noun ("building") has many kinds, and lookups are bounded. */
export const MAX_KIN = 8;

/**
 * A noun's synonyms and the things it is a kind of (never its own kinds, which may be many), for looking up
 * figures of one thing told in other words: "structures" for "buildings", "trucks" for "lorries".
 */
export function kinNouns(noun: string): string[] {
  const senses = sensesOf(noun);
  if (!senses) return [];
  const kin = new Set([...senses.own, ...senses.up].flatMap((s) => nounsOf!.get(s) ?? []));
  kin.delete(noun);
  return [...kin].slice(0, MAX_KIN);
}
