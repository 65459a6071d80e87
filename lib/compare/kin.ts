import { NOUN_KIN } from './noun-kin';

/**
 * Whether two nouns may name one thing, by WordNet (noun-kin.ts, distilled by scripts/lexicon/noun-kin.ts):
 * 'synonym' when a main sense of each is one synset ("car", "automobile"), 'kind' when one's main sense is a
 * kind, or a kind of a kind, of the other's ("building" and "structure", "house" and "home"), 'sibling' when
 * both are near kinds of one thing ("ship" and "boat" are vessels); else null. Only what WordNet files so is
 * kin: "zone" (a place marked by its features, a band of latitude) and "area" (a region, a subject) meet in
 * none of their first two senses or the two steps above them, so they are not; and a noun its tagged corpus
 * never met ("lorry") is not in the table at all.
 */
export type Kin = 'synonym' | 'kind' | 'sibling' | null;

interface Senses {
  own: readonly string[];
  up: readonly string[];
}

let table: Map<string, Senses> | undefined;
function sensesOf(noun: string): Senses | undefined {
  if (!table) {
    table = new Map();
    for (const entry of NOUN_KIN.split(' ')) {
      const [word, synsets] = entry.split(':') as [string, string];
      const [own, up = ''] = synsets.split('/');
      const senses = { own: own ? own.split('.') : [], up: up ? up.split('.') : [] };
      table.set(word, senses);
    }
  }
  return table.get(noun);
}

const meet = (a: readonly string[], b: readonly string[]) => a.some((s) => b.includes(s));

export function kinOf(a: string, b: string): Kin {
  // Asked of two nouns in many pairs of a check: the senses named one by one, without a pair's array.
  const sa = sensesOf(a);
  const sb = sensesOf(b);
  if (!sa || !sb) return null;
  if (meet(sa.own, sb.own)) return 'synonym';
  if (meet(sa.own, sb.up) || meet(sb.own, sa.up)) return 'kind';
  return meet(sa.up, sb.up) ? 'sibling' : null;
}

/**
 * Nouns for a stretch of land that news uses for one another when it tells a share of one ("25% of the disaster
 * zone", "25% of the search area", "a third of the affected region"), which WordNet files under different
 * places (a zone as a band of latitude, an area as a subject): the same share of one of them may be one figure.
 */
const STRETCHES_OF_LAND: { noun: string; reason: string }[] = [
  { noun: 'area', reason: '"the affected area", "the search area"' },
  { noun: 'zone', reason: '"the disaster zone", "the exclusion zone"' },
  { noun: 'region', reason: '"the affected region"' },
  { noun: 'district', reason: '"the worst-hit district"' },
  { noun: 'territory', reason: '"the territory" a force holds or a search covers' },
];
const STRETCHES = new Set(STRETCHES_OF_LAND.map((s) => s.noun));

/** Whether two nouns are both words for a stretch of land: the same share of them may be one figure. */
export const stretchesOfLand = (a: string, b: string): boolean => STRETCHES.has(a) && STRETCHES.has(b);

/**
 * Nouns news uses for one another that WordNet files apart, each set with how sure the swap is: a legislature's
 * seat is won in one constituency, so "80 seats" and "80 constituencies" of one house are one count ('likely');
 * a household is most often one home, so "30,000 households" and "30,000 residences" without water may be one
 * count told two ways, on the same figure only ('weak'), as votes and voters are (a voter may not vote).
 */
const TOLD_ALIKE: { nouns: readonly string[]; grade: 'likely' | 'weak'; reason: string }[] = [
  {
    nouns: ['seat', 'constituency', 'riding'],
    grade: 'likely',
    reason: 'one seat of a house is elected in one constituency ("riding" in Canada): a count of one is of the other',
  },
  {
    nouns: ['seat', 'deputy', 'lawmaker', 'legislator', 'mp', 'parliamentarian'],
    grade: 'weak',
    reason:
      'a seat of a house is held by one member: "won 150 seats" and "sent 150 deputies to the assembly" may be one count',
  },
  {
    nouns: ['vote', 'voter', 'ballot'],
    grade: 'weak',
    reason: 'a ballot is one voter\'s vote: "642 million votes" counted and "642 million voters" who cast them meet',
  },
  {
    nouns: ['rise', 'hike', 'increase', 'raise', 'gain', 'jump', 'increment'],
    grade: 'weak',
    reason:
      'a move up told as what is counted: "a half-point rise" and "a half-point hike" of one rate (WordNet\'s main "hike" is a walk)',
  },
  {
    nouns: ['cut', 'reduction', 'decrease', 'drop', 'fall', 'decline'],
    grade: 'weak',
    reason: 'a move down told as what is counted: "a quarter-point cut" and "a quarter-point reduction" of one rate',
  },
  {
    nouns: ['damage', 'loss', 'cost', 'rebuild', 'rebuilding', 'reconstruction', 'repair'],
    grade: 'weak',
    reason:
      'what a disaster did is told in money as its damage, its losses or what rebuilding will cost: "$6 billion in damage", "the cost to rebuild, nearly $6 billion"',
  },
  {
    nouns: ['coach', 'carriage', 'bogie', 'bogy', 'railcar', 'wagon'],
    grade: 'likely',
    reason:
      'the cars of a train: "17 coaches derailed", "17 carriages", "Seventeen bogies" in Indian English (lemmatised "bogy")',
  },
  {
    nouns: ['security', 'bond', 'treasury', 'gilt'],
    grade: 'weak',
    reason:
      'a bond is a security news names either way: "sold $21 billion of bonds", "$21 billion in available-for-sale securities" (WordNet\'s main "security" is safety)',
  },
  {
    nouns: ['fire', 'blaze', 'wildfire', 'bushfire', 'inferno', 'firestorm'],
    grade: 'likely',
    reason:
      'one fire is named with all of these in one report: "the fire has burned 21,000 acres", "the blaze has scorched"',
  },
  {
    nouns: ['aid', 'assistance', 'funding', 'relief', 'help', 'grant', 'donation'],
    grade: 'weak',
    reason:
      'money given to those in need is told as any of these: "pledged $50 million in aid", "$50m in emergency funding"',
  },
  {
    nouns: ['household', 'home', 'house', 'residence', 'dwelling', 'customer'],
    grade: 'weak',
    reason:
      'a household mostly lives in one home, and is one customer of a utility: "households without power", "homes without power" and "customers without power" meet',
  },
];

// The sets of TOLD_ALIKE each noun is in, in the table's order: most pairs of a check ask of two nouns in none.
const SETS_OF = new Map<string, (typeof TOLD_ALIKE)[number][]>();
for (const t of TOLD_ALIKE) for (const noun of t.nouns) SETS_OF.set(noun, [...(SETS_OF.get(noun) ?? []), t]);

/** How sure a swap of two nouns news uses for one another is (TOLD_ALIKE, its first set with both), or null. */
export function toldAlike(a: string, b: string): 'likely' | 'weak' | null {
  return SETS_OF.get(a)?.find((t) => t.nouns.includes(b))?.grade ?? null;
}

/**
 * Words before a noun that news uses for one another though they read as different sub-groups, each set with the
 * noun it qualifies: the same figure told with either may agree ('weak'), never conflict. "The unemployment
 * rate" and "the inflation rate" stay apart: only words of one set meet.
 */
const GROUPS_TOLD_ALIKE: { head: string; groups: readonly string[]; reason: string }[] = [
  {
    head: 'rate',
    groups: ['interest', 'bank', 'base', 'key', 'policy', 'benchmark', 'lending'],
    reason:
      'a central bank\'s rate goes by all these names: "raised interest rates by a quarter point", "the Bank rate", "its key rate", "the base rate"',
  },
  {
    head: 'gain',
    groups: ['average', 'monthly'],
    reason:
      'an average of monthly gains is told as either: "the average monthly gain of 271,000", "the 12-month average gain of 271,000"',
  },
  {
    head: 'rate',
    groups: ['unemployment', 'jobless'],
    reason: '"the jobless rate" is the unemployment rate in headline words',
  },
];

/** Whether the sub-groups one side names and the other does not are all words of one set for this noun. */
export function groupsToldAlike(head: string, a: readonly string[], b: readonly string[]): boolean {
  const apart = [...a.filter((g) => !b.includes(g)), ...b.filter((g) => !a.includes(g))];
  return GROUPS_TOLD_ALIKE.some((t) => t.head === head && apart.every((g) => t.groups.includes(g)));
}

/** Whether a noun is the given one, or by WordNet a synonym or a kind of it. */
const isOrKindOf = (head: string, noun: string) =>
  head === noun || kinOf(head, noun) === 'synonym' || kinOf(head, noun) === 'kind';

/** Whether what is counted is a building proper or one of its kinds ("houses", "schools", "hospitals"), by WordNet. */
const isBuildingProper = (head: string): boolean => isOrKindOf(head, 'building');

/** Whether what is counted is a building or one of its kinds ("homes", "houses", "schools"), by WordNet. */
export const isBuilding = (head: string): boolean => isBuildingProper(head) || isOrKindOf(head, 'structure');

/**
 * Nouns that name a place only as a place, which news uses for the buildings something happened in when it does not
 * say what they are ("freed from two separate locations", "freed from two buildings"; "strikes on three sites",
 * "strikes on three schools"), each with why. WordNet files a location as an abstraction and a building as an artifact.
 */
const PLACES_AS_SUCH: { noun: string; reason: string }[] = [
  { noun: 'location', reason: '"rescued from two locations", "held at several locations"' },
  { noun: 'site', reason: '"strikes on three sites", "searched at four sites"' },
];
const AS_SUCH = new Set(PLACES_AS_SUCH.map((p) => p.noun));

/**
 * Whether one noun names a place only as a place (`PLACES_AS_SUCH`) and the other a building, by WordNet ("house",
 * "school"; not a structure, "two sites" being as often building sites as bridges): one count of places told two
 * ways, on weak evidence (the same figure only).
 */
export const placeAsSuch = (a: string, b: string): boolean =>
  (AS_SUCH.has(a) && isBuildingProper(b)) || (AS_SUCH.has(b) && isBuildingProper(a));
