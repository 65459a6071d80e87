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
  animals trees acres tonnes barrels containers parcels meals vaccines tests beds seats votes tickets loans
  miners pilots drivers sailors officers judges lawyers engineers scientists artists athletes fans visitors pupils
  graduates pensioners tenants landlords owners buyers sellers investors customers users subscribers members
  delegates candidates lawmakers senators councillors mayors ministers diplomats journalists reporters editors
  homes apartments houses bridges roads tunnels railways stations airports ports dams plants reactors turbines
  panels batteries phones laptops servers cars buses trains planes ships tanks drones missiles rockets shells
  guns rifles bullets mines bombs shelters tents blankets kits boxes sacks bags bottles litres gallons
  cattle sheep goats chickens pigs horses dogs cats birds fish whales elephants lions wolves bears
  books films songs albums games apps websites accounts posts messages emails calls letters petitions
  signatures complaints lawsuits arrests convictions sentences fines permits licences visas passports
  asylum-seekers detainees deportees evacuees survivors victims casualties fatalities injuries infections
  outbreaks fires floods storms earthquakes landslides crashes collisions accidents strikes protests rallies`.split(
  /\s+/,
);
const EVENTS = `killed injured released arrested evacuated rescued displaced hired laid off vaccinated tested sold
  built damaged destroyed closed opened delivered registered detained freed recalled deported charged convicted
  fined banned approved rejected cancelled delayed grounded stranded treated admitted discharged`.split(/\s+/);
const PLACES = `Gaza Kyiv Lagos Manila Lima Dhaka Quito Accra Hanoi Tunis Sanaa Beirut Kabul Dakar Sofia Riga Oslo Lyon
  Porto Cork Leeds Perth Cairo Nairobi Bogota Jakarta Karachi Tehran Bangkok Sydney Denver Boston Austin Halifax
  Dublin Vienna Prague Warsaw Krakow Vilnius Tallinn Helsinki Bergen Malmo Aarhus Hamburg Munich Zurich Geneva
  Milan Naples Seville Valencia Bilbao Lisbon Marseille Lille Antwerp Utrecht Rotterdam Glasgow Cardiff Belfast
  Toronto Ottawa Calgary Seattle Portland Phoenix Dallas Houston Miami Atlanta Detroit Chicago Memphis Tulsa
  Havana Caracas Santiago Montevideo Asuncion La-Paz Recife Salvador Manaus Luanda Harare Lusaka Kampala Kigali
  Addis-Ababa Khartoum Tripoli Algiers Rabat Amman Riyadh Doha Muscat Baku Tbilisi Yerevan Almaty Tashkent
  Lahore Delhi Mumbai Chennai Colombo Kathmandu Yangon Phnom-Penh Vientiane Seoul Busan Osaka Taipei Cebu`.split(/\s+/);
const SOURCES = [
  'the health ministry',
  'the United Nations',
  'local officials',
  'the police',
  'the company',
  'aid agencies',
  'the army',
  'the regulator',
  'the central bank',
  'the statistics office',
  'the union',
  'the mayor',
  'a spokesperson',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUALIFIERS = ['', '', '', 'more than ', 'at least ', 'about ', 'nearly ', 'up to ', 'some '];
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty'];
const FUNDS = [
  'budget',
  'grant',
  'loan',
  'contract',
  'fund',
  'bailout',
  'settlement',
  'fine',
  'bonus',
  'subsidy',
  'package',
  'deal',
];
const BODIES = [
  'The council',
  'The government',
  'Parliament',
  'The regional assembly',
  'The board',
  'The ministry',
  'The city',
];
const SHARES = [
  'Prices',
  'Rents',
  'Sales',
  'Exports',
  'Imports',
  'Wages',
  'Profits',
  'Fares',
  'Turnout',
  'Output',
  'Inflation',
  'Unemployment',
];
const PERIODS = [
  'strike',
  'truce',
  'lockdown',
  'siege',
  'festival',
  'blockade',
  'curfew',
  'walkout',
  'shutdown',
  'trial',
  'campaign',
  'visit',
];

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
    () =>
      `${pick(QUALIFIERS)}${count()} ${pick(NOUNS)} were ${pick(EVENTS)} in ${pick(PLACES)} on ${pick(DAYS)}, according to ${pick(SOURCES)}.`,
    () => `To date, ${pick(QUALIFIERS)}${count()} ${pick(NOUNS)} have been ${pick(EVENTS)} in ${pick(PLACES)}.`,
    () =>
      `Officials in ${pick(PLACES)} said ${count()} ${pick(NOUNS)} had been ${pick(EVENTS)} since the start of the year.`,
    () => `The ${pick(PERIODS)} in ${pick(PLACES)} lasted ${1 + Math.floor(r() * 30)} days.`,
    () =>
      `${pick(SHARES)} in ${pick(PLACES)} rose ${(r() * 12).toFixed(1)}% in the year to ${pick(DAYS)}, ${pick(SOURCES)} said.`,
    () => `${pick(SHARES)} fell ${(r() * 9).toFixed(1)} per cent in ${pick(PLACES)} last month.`,
    () =>
      `${pick(BODIES)} of ${pick(PLACES)} approved a ${pick(FUNDS)} of $${(1 + r() * 90).toFixed(1)} million for ${pick(NOUNS)} on ${pick(DAYS)}.`,
    () => `${pick(PLACES)} now has ${count()} ${pick(NOUNS)}, ${pick(SOURCES)} estimates.`,
    () =>
      `On ${pick(DAYS)}, ${pick(SOURCES)} ${pick(EVENTS)} ${pick(QUALIFIERS)}${count()} ${pick(NOUNS)} near ${pick(PLACES)}.`,
    () => `A ${1 + Math.floor(r() * 20)}-day ${pick(PERIODS)} ended in ${pick(PLACES)} on ${pick(DAYS)}.`,
    () =>
      `Between ${Math.floor(r() * 50)} and ${50 + Math.floor(r() * 500)} ${pick(NOUNS)} were ${pick(EVENTS)}, ${pick(SOURCES)} said.`,
    () => `The ${pick(FUNDS)}, worth about £${(1 + r() * 20).toFixed(1)}bn, was signed in ${pick(PLACES)}.`,
    () => `Residents said the situation in ${pick(PLACES)} remained tense as talks continued through the night.`,
    () =>
      `${pick(SOURCES).replace(/^\w/, (c) => c.toUpperCase())} said it expected the talks to resume later in the week.`,
  ];
  return {
    sentence: () => pick(templates)(),
    article(sentences = 6) {
      return Array.from({ length: sentences }, () => pick(templates)()).join(' ');
    },
    place: () => pick(PLACES),
  };
}
