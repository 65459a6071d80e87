import { words } from './entries';
import { ISO_CURRENCIES } from './iso-currencies';

/**
 * Currencies as news writes them: signs before a sum ("$", "A$", "€"), codes before or after it ("USD 2
 * million", "Rs 500 crore", "500 USD"), words after it ("40 euros"), and coins below a unit ("12 cents").
 * Each maps to the ISO 4217 code, lower case, that sums are compared in. The currency patterns and the
 * marks a sum may follow (lib/claims/expression.ts) are made from these tables, through lib/claims/lexicon.ts.
 */
export interface Currency {
  /** As written, lower case. */
  word: string;
  currency: string;
  reason: string;
}

const each = (reason: string, list: [string, string][]): Currency[] =>
  list.map(([word, currency]) => ({ word, currency, reason }));

/** Signs written before a sum, glued or spaced. */
export const CURRENCY_SIGNS: Currency[] = [
  ...each('the dollar sign: the US dollar unless a country is named', [['$', 'usd']]),
  ...each('a dollar sign with its country before it', [
    ['us$', 'usd'],
    ['a$', 'aud'],
    ['c$', 'cad'],
    ['hk$', 'hkd'],
    ['nz$', 'nzd'],
    ['s$', 'sgd'],
    ['r$', 'brl'],
    ['j$', 'jmd'],
    ['ec$', 'xcd'],
    ['tt$', 'ttd'],
    ['bds$', 'bbd'],
    ['n$', 'nad'],
    ['nt$', 'twd'],
  ]),
  ...each('Australian and New Zealand copy puts the country after the sign: "$US65.8 million", "$A98 million"', [
    ['$us', 'usd'],
    ['$a', 'aud'],
    ['$nz', 'nzd'],
  ]),
  ...each('a currency sign of its own', [
    ['€', 'eur'],
    ['£', 'gbp'],
    ['¥', 'jpy'],
    ['₹', 'inr'],
    ['₪', 'ils'],
    ['₩', 'krw'],
    ['₽', 'rub'],
    ['₦', 'ngn'],
    ['₱', 'php'],
    ['₺', 'try'],
    ['₫', 'vnd'],
    ['₴', 'uah'],
    ['₵', 'ghs'],
    ['gh¢', 'ghs'],
    ['฿', 'thb'],
  ]),
];

/**
 * Capital letters Nigerian, South African and Papua New Guinean copy writes for their currencies: "N67,000",
 * "R14,82", "K2.3 million". Read only glued to a sum written to the thousand, to the cent or in millions, so that
 * "N95 masks", "the R5 road" and "K2" stay names.
 */
export const LETTER_SIGNS: Currency[] = [
  ...each('the naira, as Nigerian copy writes it', [['N', 'ngn']]),
  ...each('the rand, as South African copy writes it', [['R', 'zar']]),
  ...each("the kina, as Papua New Guinea's papers write it (Zambia's and Malawi's kwacha share the letter)", [
    ['K', 'pgk'],
  ]),
  ...each("the peso, as Philippine papers write it (Botswana's pula shares the letter)", [['P', 'php']]),
];

/**
 * ISO codes and abbreviations written before a sum, in capitals ("USD 2 million"); `after` ones are also
 * read after a sum, glued or spaced ("500 USD", "500USD"); `written` is how a code that is not in capitals
 * is written before a sum, with an optional full stop ("Rs. 500").
 */
/**
 * `cased`: read only as written, since in other cases the letters spell other things ("SH2" is a gene, "rm" a
 * room): short letter pairs.
 */
/** `variants`: other spellings of a code before a sum, read as written ("Ksh", "Kshs" beside "KSh"). */
export const CURRENCY_CODES: (Currency & { after?: true; written?: string; cased?: true; variants?: string[] })[] = [
  { word: 'rs', currency: 'inr', written: 'Rs', reason: 'the rupee, as Indian and Pakistani copy writes it' },
  {
    word: 'us dollars',
    currency: 'usd',
    written: 'US dollars',
    reason: 'the dollar named before the sum, as central banks write it: "to US dollars 443 million"',
  },
  {
    word: 'pounds',
    currency: 'gbp',
    written: 'pounds',
    reason:
      'the pound sign spelt out before a sum, as archived British copy renders "£": "from pounds 14 to pounds 20"',
  },
  ...each('an ISO 4217 code', [['inr', 'inr']]),
  ...['usd', 'eur', 'gbp', 'jpy', 'cny'].map((word): Currency & { after: true } => ({
    word,
    currency: word,
    after: true,
    reason: 'an ISO 4217 code of a reserve currency, written before or after a sum',
  })),
  ...each('an ISO 4217 code', [
    ['aud', 'aud'],
    ['cad', 'cad'],
    ['chf', 'chf'],
    ['sgd', 'sgd'],
    ['nzd', 'nzd'],
    ['hkd', 'hkd'],
  ]),
  ...each('an ISO 4217 code, as business copy in Africa, the Gulf and Asia writes it before a sum: "AED 2 billion"', [
    ['zar', 'zar'],
    ['ngn', 'ngn'],
    ['kes', 'kes'],
    ['ghs', 'ghs'],
    ['ugx', 'ugx'],
    ['tzs', 'tzs'],
    ['egp', 'egp'],
    ['aed', 'aed'],
    ['sar', 'sar'],
    ['qar', 'qar'],
    ['kwd', 'kwd'],
    ['pkr', 'pkr'],
    ['bdt', 'bdt'],
    ['lkr', 'lkr'],
    ['myr', 'myr'],
    ['idr', 'idr'],
    ['thb', 'thb'],
    ['vnd', 'vnd'],
    ['krw', 'krw'],
    ['brl', 'brl'],
    ['mxn', 'mxn'],
    ['pln', 'pln'],
    ['sek', 'sek'],
    ['nok', 'nok'],
    ['dkk', 'dkk'],
    ['rub', 'rub'],
    ['uah', 'uah'],
  ]),
  ...each(
    'an ISO 4217 code, as papers in the Indian Ocean, the Caribbean, the Pacific and southern Africa write it before a sum: "MVR900,000"',
    [
      ['mvr', 'mvr'],
      ['mur', 'mur'],
      ['etb', 'etb'],
      ['jmd', 'jmd'],
      ['ttd', 'ttd'],
      ['pgk', 'pgk'],
      ['zmw', 'zmw'],
      ['mwk', 'mwk'],
    ],
  ),
  {
    word: 'ksh',
    currency: 'kes',
    written: 'KSh',
    cased: true,
    variants: ['Ksh', 'Kshs', 'ksh'],
    reason: 'the Kenyan shilling, as Kenyan papers spell it: "KSh 5,000", "Ksh 2 billion", "Kshs 500"',
  },
  {
    word: 'sh',
    currency: 'kes',
    written: 'Sh',
    cased: true,
    reason: 'the shilling as Kenyan papers write it: "Sh2.5 billion"',
  },
  { word: 'rm', currency: 'myr', written: 'RM', cased: true, reason: 'the Malaysian ringgit: "RM50"' },
  { word: 'rp', currency: 'idr', written: 'Rp', cased: true, reason: 'the Indonesian rupiah: "Rp 10,000"' },
  { word: 'tk', currency: 'bdt', written: 'Tk', cased: true, reason: 'the Bangladeshi taka: "Tk 500 crore"' },
  {
    word: 'dh',
    currency: 'aed',
    written: 'Dh',
    cased: true,
    reason: 'the UAE dirham as Gulf papers write it: "Dh5,000"',
  },
];

/** Names written after a sum: "40 euros", "500 rupees"; with the names of the world's currencies below. */
const NAMED_BY_HAND: Currency[] = [
  ...each('the US dollar, unless a country is named', [
    ['dollar', 'usd'],
    ['dollars', 'usd'],
  ]),
  ...each('an ISO code written as a word after the sum', [
    ['usd', 'usd'],
    ['eur', 'eur'],
    ['gbp', 'gbp'],
  ]),
  ...each('the euro', [
    ['euro', 'eur'],
    ['euros', 'eur'],
  ]),
  ...each('the pound; "pounds" alone may be a weight', [['pounds sterling', 'gbp']]),
  ...each("Japan's currency", [['yen', 'jpy']]),
  ...each("China's currency, by either name", [
    ['yuan', 'cny'],
    ['renminbi', 'cny'],
  ]),
  ...each("India's currency", [
    ['rupee', 'inr'],
    ['rupees', 'inr'],
  ]),
  ...each("Israel's currency", [
    ['shekel', 'ils'],
    ['shekels', 'ils'],
  ]),
  ...each("Russia's currency, in both spellings", [
    ['ruble', 'rub'],
    ['rubles', 'rub'],
    ['roubles', 'rub'],
  ]),
  ...each("Switzerland's currency", [['francs', 'chf']]),
  ...each('a currency named after the sum, with the country whose papers most often write it', [
    ['naira', 'ngn'],
    ['rand', 'zar'],
    ['shillings', 'kes'],
    ['cedis', 'ghs'],
    ['ringgit', 'myr'],
    ['rupiah', 'idr'],
    ['taka', 'bdt'],
    ['dirhams', 'aed'],
    ['riyals', 'sar'],
    ['zloty', 'pln'],
    ['lira', 'try'],
    ['baht', 'thb'],
    ['kwacha', 'zmw'],
    ['birr', 'etb'],
    ['hryvnias', 'uah'],
    ['kronor', 'sek'],
  ]),
  ...each("Mexico's currency; other pesos are named with their country", [['pesos', 'mxn']]),
  ...each("South Korea's currency", [['won', 'krw']]),
  ...each('a dollar named with its country', [
    ['us dollars', 'usd'],
    ['us dollar', 'usd'],
    ['u.s. dollars', 'usd'],
    ['u.s. dollar', 'usd'],
    ['singapore dollars', 'sgd'],
    ['australian dollars', 'aud'],
    ['canadian dollars', 'cad'],
    ['hong kong dollars', 'hkd'],
    ['new zealand dollars', 'nzd'],
  ]),
  ...each('a cent named with its currency, read as a cent (MONEY_SUBUNITS)', [
    ['us cents', 'cent'],
    ['euro cents', 'cent'],
    ['singapore cents', 'cent'],
    ['australian cents', 'cent'],
    ['canadian cents', 'cent'],
    ['hong kong cents', 'cent'],
  ]),
  ...each('a coin below the unit, read as its own unit (MONEY_SUBUNITS)', [
    ['cent', 'cent'],
    ['cents', 'cent'],
    ['pence', 'penny'],
    ['penny', 'penny'],
  ]),
];

/**
 * Names of currencies (CLDR's, in iso-currencies.ts) that are also common English words, so that a figure before
 * them is more often something else: left unread alone, read with their country ("10 Bosnia-Herzegovina
 * convertible marks").
 */
export const CURRENCY_NAMES_NOT_READ = [
  ...words(
    'an English noun a figure often counts: "10 marks", "3 gold", "two drams of whisky"',
    'mark marks gold dram drams',
  ),
  ...words('an English word after a figure: "the 2 real contenders", "their rights"', 'real rights'),
  ...words('a day on Mars ("sol 1,000"), as space news writes it', 'sol'),
  ...words('a part of the body after a figure: "stage 3 colon cancer"', 'colon'),
  ...words('written for Afghan people too: "12 Afghanis were killed"', 'afghani afghanis'),
  ...words('a unit of account between central banks that no price is given in', 'sucre sucres'),
  ...words('"pounds" alone may be a weight: read by POUNDS_AS_MONEY_BEFORE and _AFTER', 'pound pounds'),
];

/**
 * A currency name several currencies share, read alone as the one news most often means, as "dollars" is the US
 * dollar; named with its country it is that country's ("Kuwaiti dinars").
 */
export const SHARED_CURRENCY_NAMES: Currency[] = [
  ...each('the dinar: Iraq, whose budgets and prices news most often gives in dinars', [
    ['dinar', 'iqd'],
    ['dinars', 'iqd'],
  ]),
  ...each("the rial: Iran's, the one most in the news", [
    ['rial', 'irr'],
    ['rials', 'irr'],
  ]),
  ...each('the riyal, the shilling, the dirham, the franc, the peso and the kwacha alone, as their plurals above', [
    ['riyal', 'sar'],
    ['shilling', 'kes'],
    ['dirham', 'aed'],
    ['franc', 'chf'],
    ['peso', 'mxn'],
    ['kwachas', 'zmw'],
  ]),
  ...each("the krone: Norway's, the larger economy of the two", [
    ['krone', 'nok'],
    ['kroner', 'nok'],
  ]),
  ...each("the leu: Romania's, the larger economy of the two", [
    ['leu', 'ron'],
    ['lei', 'ron'],
  ]),
  ...each("the manat: Azerbaijan's, the larger economy of the two", [
    ['manat', 'azn'],
    ['manats', 'azn'],
  ]),
  ...each("the som: Uzbekistan's, the larger economy of the two", [
    ['som', 'uzs'],
    ['soms', 'uzs'],
  ]),
  ...each("the colón: Costa Rica's, El Salvador's having given way to the dollar", [
    ['colón', 'crc'],
    ['colones', 'crc'],
  ]),
  ...each('the Caribbean guilder: of the Netherlands Antilles, and since 2025 of Curaçao and Sint Maarten', [
    ['guilder', 'ang'],
    ['guilders', 'ang'],
  ]),
];

// "lekë" → "leke", "paʻanga" → "paanga": news writes the names without their marks as often as with them.
const plain = (name: string) => name.normalize('NFD').replace(/[\p{M}ʻ]/gu, '');

/**
 * The world's currencies by CLDR's names: with their country ("Papua New Guinean kina", "Kuwaiti dinars"), and
 * alone where the name is one currency's ("kina", "lempiras") or SHARED_CURRENCY_NAMES picks one; by hand first.
 */
function currencyNames(): Currency[] {
  const known = new Set([...NAMED_BY_HAND, ...SHARED_CURRENCY_NAMES].map((c) => c.word));
  const notRead = new Set(CURRENCY_NAMES_NOT_READ.map((w) => w.word));
  const codesOf = new Map<string, Set<string>>();
  for (const [code, , ...forms] of ISO_CURRENCIES)
    for (const form of forms) {
      const bare = form.split(' ').pop()!;
      codesOf.set(bare, (codesOf.get(bare) ?? new Set()).add(code));
    }
  const named: Currency[] = [];
  const add = (word: string, currency: string, reason: string) => {
    // A name ending in a letter with a mark ("lekë") is read in its plain form: the patterns end a word in ASCII.
    for (const w of new Set([word, plain(word)]))
      if (!known.has(w) && !notRead.has(w) && /[a-z]$/.test(w)) {
        known.add(w);
        named.push({ word: w, currency, reason });
      }
  };
  for (const [code, , ...forms] of ISO_CURRENCIES)
    for (const form of forms) {
      add(form, code, 'a currency named with its country, as CLDR names it');
      const bare = form.split(' ').pop()!;
      if (codesOf.get(bare)!.size === 1) add(bare, code, 'the only current currency of that name (CLDR)');
    }
  return [...NAMED_BY_HAND, ...SHARED_CURRENCY_NAMES, ...named];
}

export const CURRENCY_NAMES: Currency[] = currencyNames();

/**
 * "pounds" after a sum is money where it is worth something or paid ("half a million pounds worth of",
 * "paid 40 million pounds"), a weight where it is converted to kilograms ("10 pounds (4.5 kg)"), and else
 * left unread: British copy counts money in pounds and American copy weight ("29.4 million pounds" of fish).
 */
export const POUNDS_AS_MONEY_AFTER = words('a sum worth something, or named sterling', 'worth sterling');
/** Verbs of paying before "N million pounds": "paid 40 million pounds"; "capped at 29.4 million pounds" of fish is a weight. */
export const POUNDS_AS_MONEY_BEFORE = words(
  'a verb of paying or owing: "paid 40 million pounds"',
  'paid pay pays paying cost costs costing spent spend spending fined raised invested earned earns bid offered owed owes borrowed lent donated',
);
/** Verbs of weight before "N pounds": "weighed 8 pounds", whatever the sentence says of money. */
export const POUNDS_AS_WEIGHT_BEFORE = words(
  'a verb of weighing ("lost 30 million pounds" is mostly money, so losing and gaining are not here)',
  'weigh weighs weighed weighing',
);
/** A weight named before "N pounds" in its sentence: "the weight of those satellites was under 10 pounds". */
export const POUNDS_AS_WEIGHT_NAMED = words('a weight named as what the figure measures', 'weight weights');
export const POUNDS_AS_WEIGHT_AFTER = words(
  'a weight converted: "10 pounds (4.5 kg)"',
  'kg kilos kilograms kilogrammes',
);

/**
 * Sums named after "in": "24.7 billion in revenue and $6 billion in profit" is a sum in the currency the
 * sentence gives its neighbour, though written without one.
 */
export const MONEY_NOUNS = words(
  'what a sum is counted as in business and public finance',
  'revenue revenues sales premiums profit profits earnings income loss losses funding investment investments spending debt debts deficit budget aid assets capital turnover costs fines damages compensation bonuses wages savings bonds loans deposits money fees prize purse',
);

/**
 * How sums are valued, between "in" and the currency that a sentence states its sums in before them: "in current USD
 * were India (120 billion), Mexico (66 billion)", "in constant 2015 dollars".
 */
export const MONEY_VALUATIONS = words(
  'a way of valuing a sum, before the currency it is stated in',
  'current constant nominal real',
);

/** Coins below a currency's unit: the currency they count in and their worth in it ("12 cents" is $0.12). */
export const MONEY_SUBUNITS: { coin: string; currency: string; worth: number; reason: string }[] = [
  { coin: 'cent', currency: 'usd', worth: 0.01, reason: 'a hundredth of a dollar (or a euro; dollars are likelier)' },
  { coin: 'penny', currency: 'gbp', worth: 0.01, reason: 'a hundredth of a pound' },
];
