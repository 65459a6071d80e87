import { phrases, words, type Entry } from './entries';

/**
 * Units written after a figure. Every unit pattern, and the list of first words that tells the cheap test
 * in lib/claims/expression.ts that a unit may follow, is made from these tables (through the views of
 * lib/claims/lexicon.ts), so a new unit is one line here.
 */

/** Percentages and percentage points: "5%", "5 per cent", "0.25 percentage points". */
/** `factor`: the form's worth in percentage points ("25 basis points" is 0.25 of a point). */
export const PERCENT_FORMS: (Entry & { unit: '%' | 'pp'; factor?: number })[] = [
  { word: '%', unit: '%', reason: 'the sign' },
  { word: 'per cent', unit: '%', reason: 'British and Commonwealth copy' },
  { word: 'percent', unit: '%', reason: 'American copy' },
  { word: 'percentage points', unit: 'pp', reason: 'a difference between two percentages' },
  { word: 'percentage point', unit: 'pp', reason: 'a difference between two percentages' },
  { word: 'pct', unit: '%', reason: 'wire-service shorthand' },
  { word: 'pc', unit: '%', reason: 'British shorthand: "4.5pc"' },
  {
    word: 'margin points',
    unit: 'pp',
    reason: 'a change of a profit margin, in percentage points: "up 0.3 margin points"',
  },
  { word: 'margin point', unit: 'pp', reason: 'a change of a profit margin, in percentage points' },
  { word: 'ppts', unit: 'pp', reason: 'shorthand for percentage points in results and statistics: "up 2.8ppts"' },
  { word: 'ppt', unit: 'pp', reason: 'shorthand for percentage points: "a 0.5ppt fall"' },
  { word: 'pp', unit: 'pp', reason: 'shorthand for percentage points in official statistics: "a decrease of 5.3pp"' },
  {
    word: 'basis points',
    unit: 'pp',
    factor: 0.01,
    reason: 'a hundredth of a percentage point, as central banks and markets count',
  },
  {
    word: 'basis point',
    unit: 'pp',
    factor: 0.01,
    reason: 'a hundredth of a percentage point: "a 75 basis point hike"',
  },
  { word: 'bps', unit: 'pp', factor: 0.01, reason: 'basis points, as market copy abbreviates them: "50 bps"' },
  { word: 'bp', unit: 'pp', factor: 0.01, reason: 'a basis point, as market copy abbreviates it: "cut by 25bp"' },
];

/** Temperature scales; `letter` ones are also read glued to the figure: "48.8C", "104F". */
export const TEMPERATURE_SCALES: (Entry & { unit: 'degc' | 'degf'; letter?: true })[] = [
  { word: 'Celsius', unit: 'degc', reason: '"40 degrees Celsius"' },
  { word: 'centigrade', unit: 'degc', reason: 'the older name of Celsius' },
  { word: 'Fahrenheit', unit: 'degf', reason: '"104 degrees Fahrenheit"' },
  { word: 'C', unit: 'degc', letter: true, reason: 'the symbol of Celsius' },
  { word: 'F', unit: 'degf', letter: true, reason: 'the symbol of Fahrenheit' },
];

/**
 * Before a bare whole number, the day's high or low that makes it a temperature whose scale is left unsaid, as
 * weather copy writes them: "a daily record high at 108", "record highs at 104, 100 and 100".
 */
export const TEMPERATURE_LEADS = phrases(
  'a temperature told without its unit after the high or the low it is',
  'high at, high of, highs at, highs of, low at, low of, lows at, lows of, high near, highs near, low near, lows near',
);
/**
 * A forecast's highs and lows told with a verb of where they go, before a bare whole number: "Highs will reach 55,
 * with lows dropping to 35", "lows will settle at 27". Said of the plural, as forecasts write them, they speak of the
 * weather by themselves: a price's high is singular and told with "at" or "of" ("shares hit a high of 52").
 */
export const TEMPERATURE_VERB_LEADS = phrases(
  'where a forecast sends the highs or the lows',
  'reach, reaching, will reach, should reach, top out at, topping out at, will top out at, drop to, dropping to, ' +
    'will drop to, dip to, dipping to, will dip to, fall to, falling to, will fall to, settle at, settling at, ' +
    'will settle at, climb to, climbing to, will climb to, rise to, rising to, will rise to, hover near, ' +
    'hovering near, will hover near, hover around, hovering around, will hover around, peak at, peaking at, will peak at',
);
/** Words near such a high or low that show the sentence speaks of the weather, not of a price ("shares hit a high of 52"). */
export const WEATHER_CUES = [
  ...words(
    'the sentence speaks of the weather',
    'temperature temperatures degree degrees heat heatwave hot hotter hottest cold colder coldest warm warmer warmest weather forecast forecasters thermometer mercury frost',
  ),
  ...words(
    'the sky, rain or wind of a forecast',
    'sunny cloudy overcast rain rainy showers drizzle snow snowy thunderstorms wind winds windy breezy gusts humid humidity',
  ),
];

/**
 * Measures, by the forms news writes after a figure (singular: "-s" and "-es" are read on), with the unit
 * of their family and the factor to it, so that "18 km" and "18,000 metres" compare.
 */
export interface MeasureUnit extends Entry {
  family: string;
  factor: number;
  /** Read only glued to the figure ("50MP"): spaced, the letters are a word ("150 MPs" are members of parliament). */
  gluedOnly?: true;
}

const family = (name: string, reason: string, units: [string, number][]): MeasureUnit[] =>
  units.map(([word, factor]) => ({ word, family: name, factor, reason }));

export const MEASURES: MeasureUnit[] = [
  ...family('m', 'a metric length', [
    ['km', 1000],
    ['kilometre', 1000],
    ['kilometer', 1000],
    ['metre', 1],
    ['meter', 1],
    ['m', 1],
    ['cm', 0.01],
    ['centimetre', 0.01],
    ['centimeter', 0.01],
    ['mm', 0.001],
    ['millimetre', 0.001],
    ['millimeter', 0.001],
  ]),
  ...family('m', 'a length in science and chips', [
    ['micrometre', 1e-6],
    ['micrometer', 1e-6],
    ['micron', 1e-6],
    ['nanometre', 1e-9],
    ['nanometer', 1e-9],
    ['nm', 1e-9],
  ]),
  ...family('m', 'an imperial length, in American and British copy', [
    ['mile', 1609.34],
    ['yard', 0.9144],
    ['foot', 0.3048],
    ['feet', 0.3048],
    ['ft', 0.3048],
    ['inch', 0.0254],
  ]),
  ...family('m', 'a length at sea and in the air', [['nautical mile', 1852]]),
  ...family('m', 'a length in astronomy', [
    ['light-year', 9.4607e15],
    ['lightyear', 9.4607e15],
    ['astronomical unit', 1.496e11],
  ]),
  ...family('kg', 'a metric mass', [
    ['kg', 1],
    ['kilogram', 1],
    ['kilo', 1],
    ['gram', 0.001],
    ['gramme', 0.001],
    ['kilogramme', 1],
    ['g', 0.001],
    ['mg', 1e-6],
    ['milligram', 1e-6],
    ['tonne', 1000],
    ['metric ton', 1000],
    ['metric tonne', 1000],
  ]),
  ...family('kg', 'a mass of emissions or of explosive yield', [
    ['megaton', 1e9],
    ['gigaton', 1e12],
    ['gigatonne', 1e12],
  ]),
  ...family('kg', 'an imperial mass; a ton alone is the American short ton', [
    ['ton', 907.2],
    ['lb', 0.4536],
    ['lbs', 0.4536],
    ['ounce', 0.02835],
    ['oz', 0.02835],
  ]),
  ...family('l', 'a volume of liquid', [
    ['litre', 1],
    ['liter', 1],
    ['l', 1],
    ['ml', 0.001],
    ['millilitre', 0.001],
    ['milliliter', 0.001],
    ['gallon', 3.785],
  ]),
  ...family('bbl', 'oil is counted in barrels, never turned into litres by the trade', [['barrel', 1]]),
  ...family('bu', 'grain is counted in bushels by the trade, a volume that weighs differently by crop', [
    ['bushel', 1],
    ['bu', 1],
  ]),
  ...family('m2', 'an area of land or of floor', [
    ['acre', 4046.9],
    ['hectare', 10000],
    ['ha', 10000],
    ['square kilometre', 1e6],
    ['square kilometer', 1e6],
    ['km2', 1e6],
    ['km²', 1e6],
    ['square mile', 2.59e6],
    ['sq ft', 0.0929],
    ['square foot', 0.0929],
    ['square feet', 0.0929],
    ['square metre', 1],
    ['square meter', 1],
    ['sq m', 1],
    ['sq. ft', 0.0929],
    ['sq. m', 1],
    ['sq km', 1e6],
    ['sq. km', 1e6],
    ['sq mile', 2.59e6],
    ['sq mi', 2.59e6],
  ]),
  ...family('l', 'a volume of a solid or a space, in cubic lengths', [
    ['cubic metre', 1000],
    ['cubic meter', 1000],
    ['cubic foot', 28.317],
    ['cubic feet', 28.317],
    ['cubic kilometre', 1e12],
    ['cubic kilometer', 1e12],
    ['cubic centimetre', 0.001],
    ['cubic centimeter', 0.001],
    ['cubic micrometre', 1e-15],
    ['cubic micrometer', 1e-15],
    ['cubic micron', 1e-15],
  ]),
  ...family('kmh', 'a speed of wind or of vehicles', [
    ['mph', 1.609344],
    ['miles per hour', 1.609344],
    ['mile per hour', 1.609344],
    ['kilometres per hour', 1],
    ['kilometers per hour', 1],
    ['km/h', 1],
    ['kph', 1],
    ['kmh', 1],
    ['km per hour', 1],
    // As Indian and other South Asian English abbreviates it ("a train at 128 kmph"), and with "hr" or "hour".
    ['kmph', 1],
    ['km/hr', 1],
    ['km/hour', 1],
    ['knot', 1.852],
  ]),
  ...family('deg', 'an angle, or a temperature when a scale follows', [
    ['degree', 1],
    ['°', 1],
  ]),
  ...family('degc', 'a temperature in Celsius', [['°c', 1]]),
  ...family('degf', 'a temperature in Fahrenheit', [['°f', 1]]),
  ...family('w', 'a power: of a plant, an engine or a charger', [
    ['w', 1],
    ['watt', 1],
    ['kw', 1e3],
    ['kilowatt', 1e3],
    ['mw', 1e6],
    ['megawatt', 1e6],
    ['gw', 1e9],
    ['gigawatt', 1e9],
  ]),
  ...family('wh', 'an energy produced or stored', [
    ['kwh', 1e3],
    ['mwh', 1e6],
    ['gwh', 1e9],
    ['twh', 1e12],
    ['kilowatt hour', 1e3],
    ['megawatt hour', 1e6],
    ['gigawatt hour', 1e9],
    ['terawatt hour', 1e12],
  ]),
  ...family('v', 'an electric potential: of a power line, a battery or a charger', [
    ['volt', 1],
    ['kilovolt', 1e3],
    ['kv', 1e3],
  ]),
  ...family('ah', "a battery's charge", [['mah', 0.001]]),
  ...family('nit', "a screen's brightness, in candelas per square metre", [['nit', 1]]),
  ...family('byte', 'a size of storage or of data', [
    ['mb', 1e6],
    ['gb', 1e9],
    ['tb', 1e12],
  ]),
  ...family('bit/s', 'a speed of a connection', [
    ['kbps', 1e3],
    ['mbps', 1e6],
    ['gbps', 1e9],
    ['mb/s', 1e6],
    ['gb/s', 1e9],
  ]),
  ...family('bit', 'an amount of data', [
    ['megabit', 1e6],
    ['gigabit', 1e9],
  ]),
  ...family('hz', 'a frequency: of a processor, a radio or a screen', [
    ['hz', 1],
    ['khz', 1e3],
    ['mhz', 1e6],
    ['ghz', 1e9],
  ]),
  ...family('px', "a camera's resolution", [['megapixel', 1e6]]),
  { word: 'mp', family: 'px', factor: 1e6, gluedOnly: true, reason: '"a 50MP camera"; spaced, "MPs" are members' },
  {
    word: 't',
    family: 'kg',
    factor: 1000,
    gluedOnly: true,
    reason: 'tonnes as mining, farm and shipping reports glue them: "94,900t", "a 40t lorry"; alone, "t" is a letter',
  },
  {
    word: 'in',
    family: 'm',
    factor: 0.0254,
    gluedOnly: true,
    reason: 'inches as British copy glues them: "120mm (4.7in)"; spaced, "in" is the preposition',
  },
  ...family('ppm', 'a concentration in the air or in water', [
    ['ppm', 1],
    ['parts per million', 1],
    ['ppb', 0.001],
    ['parts per billion', 0.001],
  ]),
  ...family('cal', 'food energy, as labels and diets count it', [['calorie', 1]]),
  ...family('magnitude', "an earthquake's size, on the moment magnitude scale", [['magnitude', 1]]),
];

/**
 * Words between a figure and its unit that say which part of the measure is meant, not what is measured: "84
 * offensive yards", "12 more miles", "400 vertical feet".
 */
export const MEASURE_ADJECTIVES = [
  ...words('adds to a measure: "12 more miles"', 'more additional extra further'),
  ...words('a part of the yards a team or a player gains, in American football', 'offensive rushing passing receiving'),
  ...words('a direction of a length', 'vertical horizontal'),
];

/**
 * Lengths news writes with "a" for one after a bound: "up to a mile away", "almost a kilometre wide". Read
 * only after a bound: "a mile" alone is as often a manner of speaking ("a mile off").
 */
export const ARTICLE_MEASURES = words(
  'a length told as one of its unit',
  'mile kilometre kilometer metre meter foot yard',
);

/**
 * Changes told as one of their unit, read after a verb of a move or "by" ("down a percentage point", "raised
 * rates by a percentage point") as well as after a bound (lib/claims/implicit-measures.ts).
 */
export const ARTICLE_CHANGES: (Entry & { kind: 'percent'; unit: string })[] = [
  {
    word: 'percentage point',
    kind: 'percent',
    unit: 'pp',
    reason: 'a change in a rate or a share told as one point: "inflation fell a percentage point"',
  },
];

/**
 * Unit symbols read spaced only as written, in this case: "a 30 W charger", "a 64 MP camera". Lower case or
 * plural they are words ("150 MPs" are members of parliament), so the other tables read them only glued.
 */
export const SPACED_SYMBOLS: { written: string; unit: string; reason: string }[] = [
  { written: 'W', unit: 'w', reason: "the watt's symbol, as chargers and lamps are sold" },
  { written: 'MP', unit: 'mp', reason: 'megapixels, as cameras are sold; "MPs" are members of parliament' },
  {
    written: 'm',
    unit: 'm',
    reason: 'metres spaced, as reference and British copy sets them ("at 857 m"); before a plural it is millions',
  },
];

/**
 * Points are percentage points when the text around them speaks of polls or votes: "a 3-point lead in the
 * poll", "vote share fell by 20 points", "a margin of error of 3 points"; elsewhere they are points of an
 * index or a game and stay counts.
 */
export const POLL_WORDS: Entry[] = [
  ...words('a poll or a survey', 'poll polls polling polled pollster survey surveys'),
  ...words('votes and who casts them', 'vote votes voters voting ballot electorate candidate candidates'),
  ...words(
    'a share of the vote or of approval ("shares" are stock, and per cent is in market reports too)',
    'share approval',
  ),
  ...phrases("a poll's stated error", 'margin of error'),
  ...words('an election, its turnout and its seats', 'election elections electoral turnout'),
];

/** Scales named after a figure: "7.7 on the Richter scale". */
export const SCALES_AFTER: (Entry & { unit: string })[] = [
  { word: 'Richter', unit: 'magnitude', reason: "an earthquake's size, on the scale most news still names" },
  { word: 'moment magnitude', unit: 'magnitude', reason: "an earthquake's size, on the seismologists' scale" },
];

/**
 * Units named before a figure: "a magnitude of 3.8", "a magnitude 6 aftershock", "M7.1" (glued, with a decimal); and
 * named as what a form of "be" states the figure of ("the magnitude of the first quake was 7.7", "whose magnitude was
 * 5.1"), where `most` is the largest figure the unit takes: a larger one is the size of something else ("the
 * magnitude of the losses was 40,000").
 */
export const UNITS_BEFORE: { word: string; unit: string; glued?: boolean; most?: number; reason: string }[] = [
  {
    word: 'magnitude',
    unit: 'magnitude',
    most: 10,
    reason: 'the size of an earthquake, named first; none has passed 9.5',
  },
  { word: 'M', unit: 'magnitude', glued: true, reason: 'seismologists\' shorthand: "M7.1"' },
];

/**
 * Things measured on a scale, which a figure with a decimal right before them gives in that scale's unit: "a 7.6
 * quake", "the 5.9 aftershock". A whole number before them counts them ("7 quakes"), and is left so.
 */
export const MEASURED_NOUNS: (Entry & { unit: string })[] = [
  ...words(
    'an earthquake, whose size news gives without naming the scale',
    'quake quakes earthquake earthquakes temblor temblors tremblor tremblors',
  ).map((e) => ({ ...e, unit: 'magnitude' })),
  ...words(
    'a smaller earthquake before or after a larger one, sized alike',
    'tremor tremors aftershock aftershocks foreshock foreshocks',
  ).map((e) => ({ ...e, unit: 'magnitude' })),
];

/**
 * Verbs by which a thing of MEASURED_NOUNS is given its size, which a figure with a decimal after them is in: "the
 * quake measured 7.6", "an earthquake registering 6.1 struck". A whole figure after them may be an intensity on
 * another scale ("measured 7 on the Japanese scale"), and is left a count.
 */
export const MEASURING_VERBS = words(
  'gives the size of what is named before it',
  'measured measuring measures registered registering registers',
);

/** What a measure's unit says it measures when no noun does: "with a 7.5 magnitude," is an earthquake's. */
export const UNIT_SUBJECTS: { unit: string; subject: string; reason: string }[] = [
  { unit: 'magnitude', subject: 'earthquake', reason: 'only earthquakes are measured in magnitudes in news' },
];
