/**
 * Generated news text for benchmarks: short articles built from templates of the sentences news copy is
 * made of (tolls, totals, prices, shares, durations), with a seeded generator so every run is the same.
 */

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = `people workers homes trucks students voters patients flights jobs cases migrants soldiers civilians
  children refugees teachers nurses doctors farmers tourists passengers prisoners hostages protesters families
  residents buildings schools hospitals vehicles boats villages shops factories companies banks mines wells farms
  animals trees acres tonnes barrels containers parcels meals vaccines tests beds seats votes tickets loans`.split(/\s+/);
const EVENTS = `killed injured released arrested evacuated rescued displaced hired laid off vaccinated tested sold
  built damaged destroyed closed opened delivered registered detained freed`.split(/\s+/);
const PLACES = `Gaza Kyiv Lagos Manila Lima Dhaka Quito Accra Hanoi Tunis Sanaa Beirut Kabul Dakar Sofia Riga Oslo Lyon
  Porto Cork Leeds Perth Cairo Nairobi Bogota Jakarta Karachi Tehran Bangkok Sydney Denver Boston Austin Halifax`.split(/\s+/);
const SOURCES = ['the health ministry', 'the United Nations', 'local officials', 'the police', 'the company', 'aid agencies', 'the army'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUALIFIERS = ['', '', '', 'more than ', 'at least ', 'about ', 'nearly ', 'up to ', 'some '];
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty'];

export function generator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const count = () => {
    const x = r();
    if (x < 0.15) return pick(WORDS);
    if (x < 0.3) return `${(1 + r() * 9).toFixed(1)} million`;
    return Math.floor(10 + r() ** 3 * 50_000).toLocaleString('en-US');
  };
  const templates: (() => string)[] = [
    () => `${pick(QUALIFIERS)}${count()} ${pick(NOUNS)} were ${pick(EVENTS)} in ${pick(PLACES)} on ${pick(DAYS)}, according to ${pick(SOURCES)}.`,
    () => `To date, ${pick(QUALIFIERS)}${count()} ${pick(NOUNS)} have been ${pick(EVENTS)} in ${pick(PLACES)}.`,
    () => `Officials in ${pick(PLACES)} said ${count()} ${pick(NOUNS)} had been ${pick(EVENTS)} since the start of the year.`,
    () => `The ${pick(['strike', 'truce', 'lockdown', 'siege', 'festival'])} in ${pick(PLACES)} lasted ${1 + Math.floor(r() * 30)} days.`,
    () => `Prices in ${pick(PLACES)} rose ${(r() * 12).toFixed(1)}% in the year to ${pick(DAYS)}, the statistics office said.`,
    () => `The council approved a budget of $${(1 + r() * 90).toFixed(1)} million for ${pick(NOUNS)} on ${pick(DAYS)}.`,
    () => `${pick(PLACES)} now has ${count()} ${pick(NOUNS)}, ${pick(SOURCES)} estimates.`,
    () => `Residents said the situation in ${pick(PLACES)} remained tense as talks continued through the night.`,
  ];
  return {
    sentence: () => pick(templates)(),
    article(sentences = 6) {
      return Array.from({ length: sentences }, () => pick(templates)()).join(' ');
    },
    place: () => pick(PLACES),
  };
}
