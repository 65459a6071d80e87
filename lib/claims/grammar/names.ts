import { phrases, words } from './entries';

/**
 * Numbers that name or order rather than count: the words before them, the eras after them. The
 * capitalised section words ("Article 5", "Boeing 737") are in lib/claims/non-claims.ts; these are
 * read in any case.
 */
export const LOWER_CASE_NAMING_WORDS: { word: string; reason: string }[] = [
  { word: 'category', reason: '"a category 3 storm" is a class on a scale' },
  { word: 'lane', reason: '"lane eight" is a place in a race' },
  { word: 'number', reason: '"number 4" is a rank or a shirt' },
  { word: 'no.', reason: '"No.8" is a rank' },
  { word: 'numeric', reason: '"numeric 4" names a digit' },
  { word: 'level', reason: '"a level 4 alert" is a step on a scale' },
  { word: 'force', reason: '"a force 9 gale", "force seven winds": a step on the Beaufort scale' },
  { word: 'tier', reason: '"tier 2 restrictions" is a step on a scale' },
  { word: 'grade', reason: '"grade 3" is a step on a scale' },
  { word: 'stage', reason: '"stage 4 cancer" is a step on a scale' },
  { word: 'phase', reason: '"phase 3 trials" is a step of a plan' },
  { word: 'type', reason: '"type 2 diabetes", "a Type 1 team" name a kind, not how many' },
  { word: 'gate', reason: '"gate 12" is a place' },
  { word: 'platform', reason: '"platform 9" is a place' },
  { word: 'carbon', reason: '"carbon 14" names an isotope' },
  { word: 'flight', reason: '"flight 302" is a flight\'s number' },
  { word: 'interstate', reason: '"interstate 15" is a road\'s number' },
  { word: 'exit', reason: '"exit 12" is a junction\'s number' },
  { word: 'marker', reason: '"mile marker 89" is a place on a road' },
  { word: 'match-day', reason: '"match-day 19" is a round of a league' },
  { word: 'matchday', reason: '"matchday 19" is a round of a league' },
  ...'section article count'.split(' ').map((word) => ({
    word,
    reason: 'a part of a law or of an indictment: "section 3", "count 5" name which, not how many',
  })),
  ...'table annex appendix paragraph chapter clause page'.split(' ').map((word) => ({
    word,
    reason: 'a part of a document: "table 1220", "page 12", "paragraph 4" name where, not how many',
  })),
];

/** Eras written around a year: "A.D. 79", "500 BC", "the year 1066 CE". */
export const ERAS: { word: string; reason: string }[] = [
  { word: 'A.D.', reason: 'anno Domini' },
  { word: 'AD', reason: 'anno Domini' },
  { word: 'B.C.', reason: 'before Christ' },
  { word: 'BC', reason: 'before Christ' },
  { word: 'BCE', reason: 'before the common era' },
  { word: 'CE', reason: 'the common era' },
];

/** Things whose age is a claim ("a 1,500-year-old temple"), unlike a person's, which says who. */
export const AGED_THINGS: { word: string; reason: string }[] = [
  ...'temple church basilica mosque cathedral altar tomb grave site building house castle palace bridge wall city town village ruin'
    .split(' ')
    .map((word) => ({ word, reason: 'a building or place, dated by archaeologists and historians' })),
  ...'tree forest fossil skeleton skull bone remains mummy manuscript painting statue artefact artifact coin shipwreck wreck ship'
    .split(' ')
    .map((word) => ({ word, reason: 'a find or a living thing, dated by science' })),
  ...'tradition law treaty company firm institution record rock star galaxy service platform app website brand channel show series franchise business league tournament festival organisation organization'
    .split(' ')
    .map((word) => ({ word, reason: 'an institution or a natural object with an age' })),
  ...'retailer chain store shop bank newspaper magazine club restaurant hotel school university college hospital museum theatre theater charity'
    .split(' ')
    .map((word) => ({ word, reason: 'a business or an institution with an age: "the 100-year-old retailer"' })),
  ...'computer laptop phone smartphone device car vehicle truck bus plane aircraft jet train engine machine satellite reactor plant dam pipeline tanker boat vessel software system network fleet'
    .split(' ')
    .map((word) => ({ word, reason: 'a made thing, whose age says how worn or out of date it is' })),
];

/** No person is this old: a greater age ("3.5 billion years old") is a thing's, whatever follows it. */
export const OLDEST_PERSON_AGE = 125;

/**
 * Before a bare whole number that ends its clause, a person and a form of "be": the person's age, as obituaries and
 * court copy tell it ("Ron Hayter, who was 81, died", "He was 86.").
 */
export const AGE_CLAUSE_LEADS = phrases(
  "a person's age told by who or a personal pronoun and a form of be",
  'who was, who is, who would have been, he was, she was, he is, she is, he would have been, she would have been',
);
/**
 * Before "at" and a bare whole number ending its clause, a life event that makes the number the age it came at: "he
 * died at 85", "retired at 60"; the verbs of a habit begun or left, before a verb in -ing: "began smoking at 17".
 */
export const AGE_AT_EVENTS = words("a life event told with the person's age", 'died retired married');
export const AGE_AT_HABITS = words(
  'a habit begun or left, told with the age',
  'started began start begin stopped quit',
);
/** After an age told between commas after a name, words that say when the person was that old: "Bullock, 64 at the time,". */
export const AGE_TIME_AFTER = phrases('when a person had the age told after their name', 'at the time, at that time');

/** Resolutions and formats named by a number and "K": "4K video", "a 2K resolution", "8K TVs". */
export const FORMAT_NOUNS: { word: string; reason: string }[] =
  'video videos resolution display displays screen screens tv tvs television televisions monitor monitors content streaming footage camera cameras recording gaming hdr uhd oled ultra quality playback projector projectors performance'
    .split(' ')
    .map((word) => ({ word, reason: 'a format of picture named by its width in thousands of pixels' }));

/** Stock indices and groups named with a number: "S&P 500", "the S&P/ASX 200", "Group of 20". */
export const NUMBERED_NAMES: { name: string; reason: string }[] = [
  ...[
    'S&P',
    "Poor's",
    'ASX',
    'NZX',
    'FTSE',
    'Nasdaq',
    'Dow Jones',
    'Nikkei',
    'DAX',
    'CAC',
    'Stoxx',
    'STOXX',
    'Hang Seng',
  ].map((name) => ({ name, reason: 'a stock index is named by how many shares it holds' })),
  ...['Sensex', 'Nifty', 'Russell', 'KOSPI', 'MSCI', 'TSX', 'IBEX', 'AEX', 'SMI'].map((name) => ({
    name,
    reason: 'a stock index is named by how many shares it holds',
  })),
  { name: 'Group of', reason: '"the Group of 20" is the G20' },
];

/** What a length of time names when it comes before these: "10-year Treasuries", "the 25-day moving average". */
export const TENOR_NOUNS: { word: string; reason: string }[] = [
  ...'note notes bond bonds treasury treasuries gilt gilts bund bunds bill bills yield yields paper swap swaps'
    .split(' ')
    .map((word) => ({ word, reason: 'a debt named by its term: the term is not a claim' })),
  ...'ma moving'.split(' ').map((word) => ({ word, reason: 'a moving average named by its window' })),
  ...'mortgage mortgages'
    .split(' ')
    .map((word) => ({ word, reason: 'a loan named by its term: "the 30-year fixed mortgage" rate' })),
  ...'frm frms refi refis'.split(' ').map((word) => ({
    word,
    reason: 'a loan named by its term in the trade\'s short forms: "the 30-year FRM", "a 15-year refi"',
  })),
  ...'college colleges institution institutions degree degrees schools'.split(' ').map((word) => ({
    word,
    reason:
      'a kind of college or course named by its length: "a public four-year institution", "2-year schools" ("a 10-year school plan" is a plan)',
  })),
  {
    word: 'graduation',
    reason: 'a graduation rate named by the years it allows: "four-year graduation rates"',
  },
];

/**
 * Words before a rank word that make it a verb and the figure a floor: "likely to top 1.1 million", "could top
 * 500" (read as bounds in bounds.ts), where "the top six" ranks.
 */
export const RANK_WORDS_AS_VERBS = words(
  'an infinitive marker or a modal before a verb',
  'to will would could may might can should must',
);

/** Words before a number that make it a rank, not a count: "climbed into the top six", "the top 10 series". */
export const RANK_WORDS: { word: string; reason: string }[] = [
  { word: 'top', reason: '"the top six" is a place in a table or a chart; "the top 1%" is a share and counts' },
  { word: 'bottom', reason: '"the bottom three" is a place in a table; "the bottom 20%" is a share and counts' },
];

/**
 * Superlatives after "the N" or "its N" that make the number a rank, not a count: "seven of the 10 most expensive
 * events", "the band's 10 biggest concerts", "the 30 largest container ports" say which, not how many.
 */
export const RANK_SUPERLATIVES = [
  ...words('a superlative of degree, before its adjective: "the 10 most expensive"', 'most least'),
  ...words(
    'a superlative news ranks by: size, wealth, cost, harm, age, speed, quality',
    'largest biggest smallest greatest highest lowest richest wealthiest poorest busiest costliest deadliest oldest newest longest tallest fastest strongest best worst',
  ),
];

/**
 * Nouns an ordinal counts up to: "a 99th victim", "the 100th death" say that 99 victims, 100 deaths are
 * counted so far; other ordinals ("the 53rd minute", "his 20th goal of the season") order and count nothing.
 */
export const ORDINAL_COUNT_NOUNS: { word: string; reason: string }[] =
  'victim victims death deaths fatality fatalities casualty casualties body bodies'
    .split(' ')
    .map((word) => ({ word, reason: 'the last of a toll found one by one: the ordinal is the toll so far' }));

/** Words after a model's number that finish its name: "the 737 Max", "the 3000 Xtra", "an iPhone 15 Pro". */
export const MODEL_SUFFIXES: { word: string; reason: string }[] =
  'Max MAX Pro Plus Ultra Mini Lite Xtra Neo Edge Fold Flip XL'
    .split(' ')
    .map((word) => ({ word, reason: 'a capitalised model word after a number: the number names the model' }));

/** Words after a number that make it the name of a bore: "a .38-caliber revolver", "a 12-gauge shotgun". */
export const BORE_WORDS = words(
  'a bore of a gun, named by its size: the number says which gun, not how much',
  'caliber calibre gauge',
);

/** "the 30-share BSE Sensex", "the 225-issue Nikkei": an index named by how many shares it holds. */
export const INDEX_SIZE_WORDS: { word: string; reason: string }[] = 'share stock issue'
  .split(' ')
  .map((word) => ({ word, reason: 'the size of a stock index, part of how it is named' }));

/** Plurals a year may stand before as their date, not as their count: "2008 levels", "1990 prices"; not "2000 dollars", a sum. */
export const DATED_PLURALS: { word: string; reason: string }[] =
  'levels figures prices rates results standards highs lows peaks averages'
    .split(' ')
    .map((word) => ({ word, reason: 'a measure as it stood in that year: "below 2008 levels", "at 1990 prices"' }))
    .concat(
      'elections polls midterms primaries caucuses olympics'.split(' ').map((word) => ({
        word,
        reason: 'votes and games held in that year: "the 2019 elections"; a count of them is written with a comma',
      })),
      'projections forecasts estimates targets volumes budgets'.split(' ').map((word) => ({
        word,
        reason: 'what was planned or done for that year: "lowered its 2017 projections", "its 2018 volumes"',
      })),
    );

/** Sums a year dates after "in": "in 1970 dollars", "in 2010 euros" are money of that year, not a count of it. */
export const DATED_SUMS: { word: string; reason: string }[] = 'dollars euros pounds yen'
  .split(' ')
  .map((word) => ({ word, reason: 'money valued as in that year: "cost US$150 million each in 1970 dollars"' }));

/**
 * Emergency numbers named before the calls they take: "999 calls", "a 911 dispatcher". Only numbers that
 * are seldom a count of calls: "100 calls a day" counts, though 100 is a number to call in India.
 */
export const EMERGENCY_NUMBERS: { word: string; reason: string }[] = [
  { word: '999', reason: 'the British emergency number' },
  { word: '911', reason: 'the North American emergency number' },
  { word: '988', reason: 'the American crisis line' },
];

/**
 * Law reports and codes that court news cites: in "401 F.3d 53", "490 U.S. 435" and "18 U.S.C. § 371" the volume
 * before the abbreviation and the page or section after it say where a ruling or a law is, not how many.
 */
export const LAW_REPORTS: { word: string; reason: string }[] = [
  ...['U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d'].map((word) => ({
    word,
    reason: 'a report of US Supreme Court rulings',
  })),
  ...['F.', 'F.2d', 'F.3d', 'F.4th', 'F. Supp.', 'F. Supp. 2d', 'F. Supp. 3d', "F. App'x", 'B.R.'].map((word) => ({
    word,
    reason: 'a report of US federal court rulings',
  })),
  ...[
    'A.2d',
    'A.3d',
    'P.2d',
    'P.3d',
    'N.E.2d',
    'N.E.3d',
    'N.W.2d',
    'S.E.2d',
    'S.W.2d',
    'S.W.3d',
    'So. 2d',
    'So. 3d',
  ].map((word) => ({ word, reason: 'a regional report of US state court rulings' })),
  ...['U.S.C.', 'C.F.R.', 'Stat.'].map((word) => ({ word, reason: 'a US code of laws or rules, cited by title' })),
  { word: 'WL', reason: 'Westlaw\'s number of an unreported ruling: "2009 WL 2525137"' },
];

/**
 * Words naming a part of a law or of rules, before a number with its subsection in brackets ("s 3(1)", "Regulation
 * 4(1)", "Sections 2 and 33(1)(a)"): where a cricket score card's "82(53)" is runs and balls, after these it cites.
 */
export const SUBSECTION_LEADS: { word: string; reason: string }[] = [
  ...['s', 'ss', 'section', 'sections', 'sec', 'secs', 'regulation', 'regulations', 'reg', 'regs', 'rule', 'rules'].map(
    (word) => ({ word, reason: 'a section of an act, or a regulation or rule made under one' }),
  ),
  ...['article', 'articles', 'paragraph', 'paragraphs', 'para', 'schedule', 'clause', 'clauses'].map((word) => ({
    word,
    reason: 'a part of a law, a treaty or a contract',
  })),
];

/**
 * Nouns whose standard length names their class, not their size: "$2,557 per 40-foot container", "a 40′
 * general-purpose container" say which kind of box (the trade counts them in twenty- and forty-foot equivalents).
 */
export const CLASSED_BY_LENGTH = words(
  'a shipping container, whose class is its length in feet',
  'container containers',
);

/** Signs of a section of a law, before its number or a list of them: "§ 853", "Secs. 371, 1341, and 2". */
export const SECTION_SIGNS: { word: string; reason: string }[] = ['§', '§§', 'Sec.', 'Secs.'].map((word) => ({
  word,
  reason: 'a section of a law or a code',
}));

/**
 * Nouns of a scale whose ends, from 0 or 1, are its marks, not a claim: "on a scale of 1 to 10", "a 0-10 scale",
 * "ranked from 1 to 5 on the Saffir-Simpson scale".
 */
export const SCALE_NOUNS: { word: string; reason: string }[] = [
  { word: 'scale', reason: 'a scale of marks runs from its first to its last' },
  { word: 'scales', reason: 'a scale of marks runs from its first to its last' },
];
