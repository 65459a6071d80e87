/** Word lists the extractor needs. Kept together so that what the engine knows about English is in one place. */

const set = (s: string) => new Set(s.split(/\s*,\s*|\s+/).filter(Boolean));

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'usd',
  us$: 'usd',
  a$: 'aud',
  c$: 'cad',
  hk$: 'hkd',
  nz$: 'nzd',
  s$: 'sgd',
  r$: 'brl',
  // Australian and New Zealand copy puts the country after the sign: "$US65.8 million", "$A98 million".
  $us: 'usd',
  $a: 'aud',
  $nz: 'nzd',
  '€': 'eur',
  '£': 'gbp',
  '¥': 'jpy',
  '₹': 'inr',
  '₪': 'ils',
  '₩': 'krw',
  '₽': 'rub',
};
/** Currency codes written before a sum ("USD 2 million", "Rs 500 crore"), with the unit they stand for. */
export const CURRENCY_CODES: Record<string, string> = {
  rs: 'inr',
  inr: 'inr',
  usd: 'usd',
  eur: 'eur',
  gbp: 'gbp',
  jpy: 'jpy',
  cny: 'cny',
  aud: 'aud',
  cad: 'cad',
  chf: 'chf',
  sgd: 'sgd',
  nzd: 'nzd',
  hkd: 'hkd',
};
/** The last character of every currency symbol ("$", "US$", "€"): what stands right before a sum. */
export const CURRENCY_MARKS = new Set(
  Object.keys(CURRENCY_SYMBOLS).flatMap((k) => [k[k.length - 1]!, k[k.length - 1]!.toUpperCase()]),
);
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd',
  dollars: 'usd',
  usd: 'usd',
  euro: 'eur',
  euros: 'eur',
  eur: 'eur',
  'pounds sterling': 'gbp',
  gbp: 'gbp',
  yen: 'jpy',
  yuan: 'cny',
  renminbi: 'cny',
  rupee: 'inr',
  rupees: 'inr',
  shekel: 'ils',
  shekels: 'ils',
  ruble: 'rub',
  rubles: 'rub',
  roubles: 'rub',
  francs: 'chf',
  pesos: 'mxn',
  won: 'krw',
  cent: 'cent',
  cents: 'cent',
  pence: 'penny',
  penny: 'penny',
};

/** Coins below a currency's unit: the currency they count in and their worth in it ("12 cents" is $0.12). */
export const MONEY_SUBUNITS: Record<string, [string, number]> = { cent: ['usd', 0.01], penny: ['gbp', 0.01] };

/** Abbreviations of time units, written with or without a space: "9.81sec", "43.03secs", "90 mins". */
export const DURATION_ABBREVIATIONS: Record<string, string> = {
  sec: 'second',
  secs: 'second',
  min: 'minute',
  mins: 'minute',
  hr: 'hour',
  hrs: 'hour',
  wk: 'week',
  wks: 'week',
  yr: 'year',
  yrs: 'year',
};

/** Measure abbreviations that are also words when spaced ("150 MPs" are members of parliament): read only glued ("50MP"). */
export const GLUED_ONLY_UNITS = new Set(['mp']);

/** Units named before a figure: "a magnitude of 3.8", "a magnitude 6 aftershock", "M7.1" (glued, with a decimal). */
export const UNITS_BEFORE: { word: string; unit: string; glued?: boolean; reason: string }[] = [
  { word: 'magnitude', unit: 'magnitude', reason: 'the size of an earthquake, named first' },
  { word: 'M', unit: 'magnitude', glued: true, reason: 'seismologists\' shorthand: "M7.1"' },
];

/** What a measure's unit says it measures when no noun does: "with a 7.5 magnitude," is an earthquake's. */
export const UNIT_SUBJECTS: Record<string, string> = { magnitude: 'earthquake' };

/** Measures: canonical unit and factor to it. */
export const MEASURE_UNITS: Record<string, [string, number]> = {
  km: ['m', 1000],
  kilometre: ['m', 1000],
  kilometer: ['m', 1000],
  mile: ['m', 1609.34],
  metre: ['m', 1],
  meter: ['m', 1],
  m: ['m', 1],
  cm: ['m', 0.01],
  mm: ['m', 0.001],
  foot: ['m', 0.3048],
  feet: ['m', 0.3048],
  ft: ['m', 0.3048],
  inch: ['m', 0.0254],
  yard: ['m', 0.9144],
  kg: ['kg', 1],
  kilogram: ['kg', 1],
  kilo: ['kg', 1],
  gram: ['kg', 0.001],
  g: ['kg', 0.001],
  tonne: ['kg', 1000],
  ton: ['kg', 907.2],
  lb: ['kg', 0.4536],
  lbs: ['kg', 0.4536],
  ounce: ['kg', 0.02835],
  litre: ['l', 1],
  liter: ['l', 1],
  l: ['l', 1],
  gallon: ['l', 3.785],
  barrel: ['bbl', 1],
  acre: ['m2', 4046.9],
  hectare: ['m2', 10000],
  ha: ['m2', 10000],
  'square kilometre': ['m2', 1e6],
  'square kilometer': ['m2', 1e6],
  'square mile': ['m2', 2.59e6],
  mph: ['kmh', 1.609],
  'km/h': ['kmh', 1],
  kph: ['kmh', 1],
  knot: ['kmh', 1.852],
  degree: ['deg', 1],
  '°c': ['degc', 1],
  '°f': ['degf', 1],
  '°': ['deg', 1],
  mw: ['w', 1e6],
  gw: ['w', 1e9],
  kw: ['w', 1e3],
  kwh: ['wh', 1e3],
  mwh: ['wh', 1e6],
  gwh: ['wh', 1e9],
  gb: ['byte', 1e9],
  tb: ['byte', 1e12],
  mb: ['byte', 1e6],
  calorie: ['cal', 1],
  mg: ['kg', 1e-6],
  ml: ['l', 0.001],
  milligram: ['kg', 1e-6],
  millilitre: ['l', 0.001],
  milliliter: ['l', 0.001],
  millimetre: ['m', 0.001],
  millimeter: ['m', 0.001],
  centimetre: ['m', 0.01],
  centimeter: ['m', 0.01],
  'light-year': ['m', 9.4607e15],
  oz: ['kg', 0.02835],
  'metric ton': ['kg', 1000],
  megaton: ['kg', 1e9],
  gigaton: ['kg', 1e12],
  gigatonne: ['kg', 1e12],
  'sq ft': ['m2', 0.0929],
  'square foot': ['m2', 0.0929],
  'square feet': ['m2', 0.0929],
  'square metre': ['m2', 1],
  'square meter': ['m2', 1],
  'sq m': ['m2', 1],
  km2: ['m2', 1e6],
  'km²': ['m2', 1e6],
  magnitude: ['magnitude', 1],
  w: ['w', 1],
  watt: ['w', 1],
  kilowatt: ['w', 1e3],
  megawatt: ['w', 1e6],
  gigawatt: ['w', 1e9],
  mah: ['ah', 0.001],
  hz: ['hz', 1],
  khz: ['hz', 1e3],
  mhz: ['hz', 1e6],
  ghz: ['hz', 1e9],
  kbps: ['bit/s', 1e3],
  mbps: ['bit/s', 1e6],
  gbps: ['bit/s', 1e9],
  'mb/s': ['bit/s', 1e6],
  'gb/s': ['bit/s', 1e9],
  megabit: ['bit', 1e6],
  gigabit: ['bit', 1e9],
  mp: ['px', 1e6],
  ppm: ['ppm', 1],
  'parts per million': ['ppm', 1],
  ppb: ['ppm', 0.001],
  'parts per billion': ['ppm', 0.001],
  nanometre: ['m', 1e-9],
  nanometer: ['m', 1e-9],
  nm: ['m', 1e-9],
  micrometre: ['m', 1e-6],
  micrometer: ['m', 1e-6],
  micron: ['m', 1e-6],
  megapixel: ['px', 1e6],
};

/** Events, by the forms news copy uses, with their canonical name. Synonyms share a name. */
const EVENT_FORMS: [string, string][] = [
  [
    'release',
    'release released releasing releases freed free freeing frees returned return returning handed set exchange exchanged swap swapped',
  ],
  ['kill', 'kill killed killing kills dead died die dying death deaths slain massacred fatalities'],
  ['injure', 'injure injured injuring injuries wounded wounding wound hurt'],
  ['hold', 'hold held holding remain remains remained remaining captive'],
  ['seize', 'seize seized seizing abducted abducting kidnapped kidnapping captured capturing'],
  ['flee', 'fled flee fleeing displaced displacing uprooted'],
  ['enter', 'enter entered entering crossed cross crossing arrived delivered'],
  ['arrest', 'arrest arrested arresting detained detaining'],
  ['evacuate', 'evacuate evacuated evacuating rescued'],
  // Headlines say "rises" and "slows": the present forms are here too.
  [
    'rise',
    'rose rise rises rising risen increased increase increases increasing grew grow grows growing climbed climb climbs jumped jumps surged surges soared soars gained gains accelerated accelerates rebounded rebounds',
  ],
  [
    'fall',
    'fell fall falls falling fallen dropped drop drops decreased decreases decline declined declines declining slipped slips plunged plunges slumped shrank eased eases slowed slows cooled cools dipped dips slid slides tumbled tumbles sank sinks',
  ],
  ['cost', 'cost costs costing'],
  ['spend', 'spend spent spending'],
  ['pay', 'pay paid paying'],
  ['raise', 'raised raise raising'],
  ['sell', 'sold sell selling'],
  ['buy', 'bought buy buying'],
  ['win', 'won win winning'],
  ['lose', 'lost lose losing'],
  ['vote', 'voted vote voting'],
  ['produce', 'produce produced producing provide provided'],
  ['add', 'added add adding'],
  ['missing', 'missing'],
  ['infect', 'infected infecting infect'],
  ['hire', 'hired hire hiring'],
  ['cut', 'cut cuts cutting laid'],
  ['approve', 'approved approve approving'],
  ['destroy', 'destroyed destroy damaged'],
];
export const EVENTS = new Map<string, string>(
  EVENT_FORMS.flatMap(([name, forms]) => forms.split(' ').map((f) => [f, name] as [string, string])),
);

/** Verbs that report rather than happen: never an event. */
export const REPORTING_VERBS = set(
  'said says say told tells reported reports estimates estimated estimate according noted stated announced claimed claims believed confirmed showed shows found finds suggested',
);

/** Nouns for people; a person noun compares with a role ("hostage", "prisoner") for the same group. */
export const PERSON_NOUNS = set(
  'person people individual individuals resident residents national nationals citizen citizens',
);
/** Sub-group nouns: "117 men" is a part of "137 people", never the same quantity. */
export const GROUP_NOUNS = set(
  'man men woman women child children minor minors boy boys girl girls adult adults teenager teenagers infant infants baby babies elderly civilian civilians foreigner foreigners',
);
export const ROLE_SYNONYMS: Record<string, string> = {
  hostage: 'hostage',
  captive: 'hostage',
  abductee: 'hostage',
  detainee: 'prisoner',
  prisoner: 'prisoner',
  inmate: 'prisoner',
  fatality: 'person',
  casualty: 'casualty',
  troop: 'soldier',
  soldier: 'soldier',
  quake: 'earthquake',
  earthquake: 'earthquake',
  tremor: 'earthquake',
  temblor: 'earthquake',
  lorry: 'truck',
  truck: 'truck',
  production: 'output',
  output: 'output',
};
/**
 * Nouns that count people by what happened to them: "45,000 deaths", "the death toll", "120 injured" are
 * people killed or injured, as "45,000 people were killed" says.
 */
export const EVENT_NOUNS: Record<string, string> = {
  death: 'kill',
  dead: 'kill',
  fatality: 'kill',
  toll: 'kill',
  injury: 'injure',
  injured: 'injure',
  wounded: 'injure',
};
/** Counted nouns that are running totals by themselves. */
export const RUNNING_TOTALS = set('toll tally');
/** Heads that say little on their own: what they are of is in the word before ("deposit rate", "gas prices"). */
export const GENERAL_HEADS = set('rate price index level share growth yield cost value total margin');
/** Words that narrow what any head counts: "core inflation" and "average rents" are not inflation and rents. */
// Not "annual": "annual inflation" is what "inflation" means in a news report.
export const NARROWING = set(
  'core headline underlying average median monthly quarterly real nominal net gross basic minimum maximum',
);
/** Two-word names of one quantity, as "modifier lemma". */
export const COMPOUND_SYNONYMS: Record<string, string> = {
  'jobless rate': 'unemployment',
  'unemployment rate': 'unemployment',
  'inflation rate': 'inflation',
};

/** Person roles the word "person" may stand for. */
export const PERSON_ROLES = ['hostage', 'prisoner', 'soldier', 'casualty'];

/** Plural forms English does not make with -s. */
export const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
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
};

/** Demonyms newer than WordNet 3.1 (lib/claims/grammar/wordnet.ts holds the rest), lower case, singular. */
export const RECENT_DEMONYMS: [string, string][] = [
  ['emirati', 'of the United Arab Emirates; WordNet has none'],
  ['kosovar', 'of Kosovo, independent since 2008'],
  ['rohingya', 'a people of Myanmar, in the news since 2012'],
  ['uyghur', 'a people of Xinjiang; WordNet spells it Uighur'],
  ['uighur', 'the older spelling'],
  ['yazidi', 'a people of northern Iraq'],
];

/** Words that end a noun phrase or cannot be its head. */
export const FUNCTION_WORDS = set(`
  a an the this that these those its his her their our my your some any all both each every either neither no another other
  more most less fewer many much several such own same
  and or but nor so yet as than then if when while because since until unless although though whether
  of in on at by for from to with without into onto over under about above below between among through during before after
  against across along around behind beyond near off out up down upon via per within toward towards amid despite including
  is are was were be been being am has have had having do does did will would shall should can could may might must
  who whom whose which what where why how there here it they them he she we you i us him me
  not also only just still even again ever never already now very too quite rather almost nearly about
  said says say told according
`);

/** Words before a capitalised word that show it starts a name, not a sentence. */
export const NAME_BEFORE_NUMBER_EXCEPTIONS = new Set([
  ...'in on at by for from to of and or the a an some about around over under nearly almost more less than only just all another roughly approximately up at least most fewer as with after before since until between among during'.split(
    ' ',
  ),
  ...Object.keys(CURRENCY_CODES),
]);

/** Words that follow a figure but are not what it counts: verbs in the past, adverbs, dimension adjectives. */
export const NOT_NOUNS = set(`
  left took made saw gave went came held kept told found brought began became hit set put won lost ran paid sold spent
  sent built drew fell rose grew led met felt stood thought caught fought sought bought taught meant broke chose spoke
  wrote drove flew knew threw get gets got make makes take takes go goes come comes become becomes seem seems want
  wants need needs include includes face faces receive receives expect expects continue continues believe believes
  worldwide nationwide overall globally abroad altogether apiece overnight today yesterday tonight once twice thrice
  week-on-week month-on-month quarter-on-quarter year-on-year year-over-year each long high wide deep tall thick away old ago
  higher lower more less better worse larger smaller bigger greater effective likely unlikely remains remain
  last next previous past earlier later ago apart struck hit
  taken given driven stolen chosen written beaten broken forgotten hidden shaken spoken sworn thrown frozen
  seen known grown shown flown drawn born worn torn forecast
`);
