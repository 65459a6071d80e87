/**
 * Nouns for things that last, as news names them. `means` merges synonyms, so that "a seven-day truce"
 * and "a week-long ceasefire" compare; `total` says whether a running total can run over the period
 * ("killed during the lockdown", "in the war"), or only be brought by it ("the deal that allowed").
 */
export interface PeriodNoun {
  word: string;
  means: string;
  total?: 'span' | 'agreement';
  reason: string;
}

const span = (words: string, means: string | null, reason: string): PeriodNoun[] =>
  words.split(' ').map((word) => ({ word, means: means ?? word, total: 'span', reason }));
const lasting = (words: string, reason: string): PeriodNoun[] =>
  words.split(' ').map((word) => ({ word, means: word, reason }));

export const PERIOD_NOUNS: PeriodNoun[] = [
  ...span('truce ceasefire cease-fire pause lull respite armistice halt', 'truce', 'a stop to fighting, however named'),
  { word: 'stand', means: 'truce', reason: '"a stand-down", a stop to fighting' },
  ...span('war conflict fighting', 'war', 'the fighting itself'),
  ...span('siege blockade', null, 'a place cut off for a time'),
  ...span('lockdown curfew shutdown', null, 'life stopped for a time'),
  ...span('strike walkout', null, 'work stopped for a time'),
  ...span('campaign offensive bombardment operation occupation invasion', null, 'a military or political push'),
  ...span('pandemic epidemic outbreak', null, 'a disease spreading for a time'),
  ...span('drought heatwave', null, 'weather lasting for a time'),
  { word: 'strikes', means: 'strike', total: 'span', reason: 'strikes in a row are one period of stoppage' },
  { word: 'extension', means: 'extension', reason: 'the added length of any period' },
  { word: 'extensions', means: 'extension', reason: 'the added length of any period' },
  ...['deal', 'agreement'].map((word): PeriodNoun => ({
    word,
    means: word,
    total: 'agreement',
    reason: '"the deal that allowed ..." brings a total',
  })),
  ...lasting('captivity detention imprisonment prison jail', 'time held'),
  ...lasting('trial sentence term', 'time before a court or served'),
  ...lasting('visit trip tour mission journey stay', 'time away'),
  ...lasting('contract program programme project season', 'time agreed or planned'),
];

/** What each period noun means: "ceasefire" → "truce"; made by each reader when it loads. */
export const periodMeanings = (): Map<string, string> => new Map(PERIOD_NOUNS.map((p) => [p.word, p.means]));
export const PERIOD_MEANING = periodMeanings();

/**
 * Events that may happen more than once, so two different figures for them need not conflict: a period
 * extended "by two days, then by one more day", aid delivered "in a second tranche".
 */
export const REPEATABLE_EVENTS: { lemma: string; reason: string }[] = [
  { lemma: 'extension', reason: 'a period may be extended more than once' },
  { lemma: 'renewal', reason: 'a contract or mandate may be renewed again' },
  { lemma: 'tranche', reason: 'money is paid out in several tranches' },
  { lemma: 'instalment', reason: 'payments come in several instalments' },
  { lemma: 'installment', reason: 'the American spelling' },
  { lemma: 'round', reason: 'talks, releases and sanctions come in rounds' },
  { lemma: 'batch', reason: 'releases and deliveries come in batches' },
  { lemma: 'wave', reason: 'attacks, layoffs and infections come in waves' },
  { lemma: 'phase', reason: 'a plan has several phases' },
  { lemma: 'dose', reason: 'a vaccine is given in several doses' },
];

/**
 * Verbs that change how long something lasts: "the four-day pause was extended by two days" tells the
 * length agreed before the change.
 */
export const LENGTH_CHANGES: { verb: string; lengthens: boolean; reason: string }[] = [
  { verb: 'extended', lengthens: true, reason: 'made longer' },
  { verb: 'prolonged', lengthens: true, reason: 'made longer' },
  { verb: 'lengthened', lengthens: true, reason: 'made longer' },
  { verb: 'shortened', lengthens: false, reason: 'made shorter' },
  { verb: 'curtailed', lengthens: false, reason: 'made shorter' },
];
