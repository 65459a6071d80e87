/**
 * Measures the singulars the engine could use, for lib/claims/README.md: the engine's (spelling rules
 * with WordNet's exceptions), the hand-written rules before them, `pluralize` and `wink-lemmatizer`.
 * Quality on a list of news nouns with their singulars (below) and on the demonyms two texts must share;
 * speed over every word of the seed articles, uncached. Run: `npx tsx scripts/lexicon/measure-lemmas.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { singular } from '../../lib/claims/lemma';
import { singularByRule } from '../../lib/claims/lemma-rules';

const requireCjs = createRequire(import.meta.url);
const pluralize = requireCjs('pluralize') as { singular: (w: string) => string };
const wink = requireCjs('wink-lemmatizer') as { lemmatizeNoun: (w: string) => string };

// The hand-written rules the engine had before WordNet, with their patch for one demonym.
const HAND_IRREGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  data: 'data',
  media: 'media',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  analyses: 'analysis',
  crises: 'crisis',
  theses: 'thesis',
  series: 'series',
  species: 'species',
  news: 'news',
  police: 'police',
  cattle: 'cattle',
  sheep: 'sheep',
  fish: 'fish',
  deer: 'deer',
  aircraft: 'aircraft',
  staff: 'staff',
  personnel: 'personnel',
  israelis: 'israeli',
};
function handSingular(word: string): string {
  const w = word.toLowerCase();
  if (w in HAND_IRREGULAR) return HAND_IRREGULAR[w]!;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(w) || w.length <= 3) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

// News nouns and their singulars: counted things, demonyms, Latin and Greek plurals, words in -is and -us.
const GOLD = `hostages=hostage casualties=casualty people=person children=child women=woman iraqis=iraqi
pakistanis=pakistani yemenis=yemeni saudis=saudi israelis=israeli thais=thai kuwaitis=kuwaiti somalis=somali
bangladeshis=bangladeshi nepalis=nepali omanis=omani qataris=qatari afghans=afghan palestinians=palestinian
crises=crisis analyses=analysis diagnoses=diagnosis theses=thesis bases=base basis=basis crisis=crisis
buses=bus viruses=virus statuses=status campuses=campus bonuses=bonus census=census
viruses=virus taxes=tax boxes=box churches=church businesses=business losses=loss witnesses=witness
heroes=hero potatoes=potato tomatoes=tomato vetoes=veto echoes=echo photos=photo kilos=kilo radios=radio
lives=life wives=wife knives=knife thieves=thief wolves=wolf leaves=leaf shelves=shelf halves=half
criteria=criterion phenomena=phenomenon data=data media=media bacteria=bacterium alumni=alumnus
series=series species=species news=news police=police cattle=cattle sheep=sheep fish=fish aircraft=aircraft
mice=mouse teeth=tooth feet=foot geese=goose men=man
troops=troop soldiers=soldier civilians=civilian refugees=refugee migrants=migrant deaths=death
injuries=injury fatalities=fatality prisoners=prisoner detainees=detainee trucks=truck lorries=lorry
homes=home houses=house buildings=building hospitals=hospital schools=school jobs=job workers=worker
votes=vote seats=seat voters=voter ballots=ballot shares=share prices=price rates=rate sales=sale
acres=acre hectares=hectare miles=mile tonnes=tonne barrels=barrel degrees=degree calories=calorie
dollars=dollar euros=euro pounds=pound cents=cent rupees=rupee
patients=patient cases=case doses=dose vaccines=vaccine beds=bed nurses=nurse doctors=doctor
cities=city countries=country companies=company economies=economy families=family
glasses=glass gases=gas bonds=bond tariffs=tariff chiefs=chief roofs=roof
status=status bus=bus gas=gas plus=plus arms=arm
tennis=tennis chassis=chassis diabetes=diabetes measles=measles rabies=rabies`;
const pairs = GOLD.split(/\s+/).map((p) => p.split('=') as [string, string]);

const engines: [string, (w: string) => string][] = [
  ['hand-written rules (before)', handSingular],
  ['spelling rules alone', singularByRule],
  ['rules + WordNet exceptions (adopted)', singular],
  ['pluralize', (w) => pluralize.singular(w).toLowerCase()],
  ['wink-lemmatizer', (w) => wink.lemmatizeNoun(w)],
];

const seeds = resolve(import.meta.dirname, '../../test/fixtures/seeds');
const words = readdirSync(seeds)
  .flatMap((f) => readFileSync(join(seeds, f), 'utf8').match(/\p{L}+/gu) ?? [])
  .map((w) => w.toLowerCase());

for (const [name, fn] of engines) {
  const wrong = pairs.filter(([plural, base]) => fn(plural) !== base);
  // Uncached: the engine's own singular is memoised, so its rules and table are timed through a fresh word each time.
  const started = performance.now();
  for (let round = 0; round < 40; round++) for (const w of words) fn(w);
  const ns = ((performance.now() - started) * 1e6) / (40 * words.length);
  console.log(
    `${name.padEnd(38)} ${pairs.length - wrong.length}/${pairs.length} right, ${ns.toFixed(0)} ns/word` +
      (wrong.length ? `; wrong: ${wrong.map(([p]) => `${p}→${fn(p)}`).join(' ')}` : ''),
  );
}
