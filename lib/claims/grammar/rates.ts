import { phrases, words, type Entry } from './entries';

/**
 * What turns a count into a rate: "10 a day", "per capita", "daily". The rate markers, the cheap test
 * that a rate may follow a figure and the page's figure hint are made from these lists.
 */

/** Periods a count is given per: "10 a day", "each week". */
export const RATE_PERIODS: { word: string; reason: string }[] = [
  ...'day night week month year hour minute second'
    .split(' ')
    .map((word) => ({ word, reason: 'a unit of time a count may be given per' })),
  ...words('a day of work a count may be given per: "87 per workday"', 'workday weekday'),
];

/** Who or what a figure is given per: "$40 per person", "per capita". */
export const RATE_SHARES: { word: string; reason: string }[] = [
  ...'person capita head household resident'
    .split(' ')
    .map((word) => ({ word, reason: 'a unit of people a figure may be shared out per' })),
];

/**
 * After a rate adverb before the counted noun, adjectives it qualifies instead of the count: "328 million monthly
 * active users" counts users active in a month, a number of users, not users per month.
 */
export const ADVERB_QUALIFIED = words('a metric of tech firms: users active in the period', 'active');

/** Adverbs that make a rate by themselves, with the period or share they stand for. */
export const RATE_ADVERBS: { word: string; per: string; reason: string }[] = [
  { word: 'daily', per: 'day', reason: '"200 trucks a day" said as "daily"' },
  { word: 'nightly', per: 'night', reason: 'per night' },
  { word: 'weekly', per: 'week', reason: 'per week' },
  { word: 'fortnightly', per: 'fortnight', reason: 'per two weeks, in British copy' },
  { word: 'monthly', per: 'month', reason: 'per month' },
  { word: 'quarterly', per: 'quarter', reason: 'per quarter, in company results' },
  { word: 'yearly', per: 'year', reason: 'per year' },
  { word: 'annually', per: 'year', reason: 'per year' },
  { word: 'hourly', per: 'hour', reason: 'per hour' },
  { word: 'apiece', per: 'person', reason: '"$5 apiece"' },
  { word: 'a piece', per: 'person', reason: '"$5 a piece"' },
];

/**
 * "$80 per barrel", "£5 a head": a price given per one of these is a price per unit; an abbreviation `means` the
 * unit it is priced as, so that "$1,800/oz" and "$1,800 an ounce" are one price.
 */
export const PRICE_UNITS: (Entry & { means?: string })[] = [
  ...words('a unit of time a price or a wage is given per', 'barrel hour month year week day night'),
  ...words('a unit of trade a price is given per', 'share gallon litre liter tonne ton ounce kilo kg pound'),
  ...(
    [
      ['oz', 'ounce'],
      ['lb', 'pound'],
      ['bbl', 'barrel'],
      ['mt', 'tonne'],
    ] as const
  ).map(([word, means]) => ({
    word,
    means,
    reason: 'a unit of trade abbreviated, as market reports write it ("$1,800/oz", "$70/bbl"), priced as the unit',
  })),
  ...words('a unit of people or goods a price is given per', 'person head unit'),
  ...words(
    'a container, counted in twenty- and forty-foot equivalents, that freight rates are quoted per ("$1,549/FEU")',
    'TEU FEU',
  ),
  ...phrases('a unit of floor space', 'square foot, square metre, square meter'),
  ...words('a unit of energy a tariff is given per: "$30/MWh", "6c/kWh"', 'MWh kWh GWh'),
  ...phrases('a unit of energy a tariff is given per, spelt out', 'megawatt hour, kilowatt hour'),
];

/** The words between a price and what it is given per. */
export const PER_WORDS = words('"$5 per person", "$5 a day"', 'per a an');

/**
 * Measures an industry counts its output in, so that the measure per a period is a rate, as "10 trucks a day"
 * is: "100,000 barrels per day" of oil. Other measures per a period stay measures ("2 mm a year" of sea level).
 */
export const COUNTED_MEASURES = words('oil output and trade are counted in barrels a day', 'barrel');
