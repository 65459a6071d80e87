/**
 * Capitalised words that stand beside a name without being what a text is about (lib/claims/topics.ts): titles of
 * address, rank and office written before a name, and the suffixes written after one. "Col. Roland L. Butler Jr."
 * is about Butler; two reports that both say "Gov." or "Jr." need not be about one thing.
 */
export const NAME_TITLES: { word: string; reason: string }[] = [
  ...'mr mrs ms mx dr prof sir dame lord lady'.split(' ').map((word) => ({
    word,
    reason: 'a title of address, before any name in any story',
  })),
  ...'col gen lt maj capt cpt sgt cpl pvt adm cmdr brig lieutenant colonel general major captain sergeant corporal admiral commander'
    .split(' ')
    .map((word) => ({ word, reason: 'a military or police rank, written capitalised before the name it ranks' })),
  ...'gov sen rep rev fr hon pres supt insp det'.split(' ').map((word) => ({
    word,
    reason: 'an abbreviated title of office or address ("Gov. Wes Moore", "Sen. Smith", "Det. Insp. Jones")',
  })),
  ...'governor mayor senator chair chairman chairwoman chairperson chief ceo cfo spokesman spokeswoman spokesperson commissioner director judge justice sheriff superintendent inspector detective'
    .split(' ')
    .map((word) => ({
      word,
      reason:
        'an office capitalised as a title before a name ("Chair Jennifer Homendy", "Mayor Bissen"): every story has one',
    })),
];

export const NAME_SUFFIXES: { word: string; reason: string }[] = [
  { word: 'jr', reason: '"Jr." follows a name: junior, the son of a namesake' },
  { word: 'sr', reason: '"Sr." follows a name: senior, the father of a namesake' },
  ...'ii iii iv'.split(' ').map((word) => ({ word, reason: 'a regnal or generational numeral after a name' })),
];

/**
 * The statistics among them, by initials or a word of the full name: what a figure is of ("the GDP forecast"), where
 * a role's initials ("the CEO forecast") say who made it (head.ts).
 */
export const STATISTIC_NAMES: { word: string; reason: string }[] = [
  ...'cpi ppi gdp pmi eps ipo'.split(' ').map((word) => ({
    word,
    reason: 'a statistic or a market event every economic or business story can name',
  })),
  ...'consumer producer price index gross domestic product'.split(' ').map((word) => ({
    word,
    reason: 'a word of the full names of those statistics ("the Consumer Price Index", "Gross Domestic Product")',
  })),
];

/**
 * Initials that name a measure, a role or a clock rather than a story: every economic report has a "CPI", every
 * company a "CEO", every time a zone. Read from a full name too ("Consumer Price Index" is "CPI"), whose words are
 * no topic either.
 */
export const CONCEPT_INITIALS: { word: string; reason: string }[] = [
  ...STATISTIC_NAMES,
  ...'ceo cfo coo cto'.split(' ').map((word) => ({ word, reason: 'an officer every company has' })),
  ...'gmt utc et est edt pt pst pdt bst cet'.split(' ').map((word) => ({
    word,
    reason: 'a time zone after a clock time ("3 p.m. ET")',
  })),
];

/**
 * Capitalised common nouns inside the names of places, bodies and events, which every story of a kind writes: "Enga
 * Province" and "Sindh Province", "Hurricane Otis" and "Hurricane Ian" are other stories. The name's own word
 * ("Enga", "Otis") or its initials ("NDMA") tell the story; these would let a storm meet every storm.
 */
export const NAME_KIND_WORDS: { word: string; reason: string }[] = [
  ...'province village region district county'.split(' ').map((word) => ({
    word,
    reason: 'the kind of a place, written capitalised in its name ("Enga Province", "Los Angeles County")',
  })),
  ...'center centre service authority administration organisation organization institute bureau network management association corporation'
    .split(' ')
    .map((word) => ({
      word,
      reason:
        'the kind of a body, in the names of institutions everywhere ("National Emergency Response Center", "Federal Security Service")',
    })),
  ...'emergency emergencies disaster monetary'.split(' ').map((word) => ({
    word,
    reason:
      'what an agency answers for, in agencies\' names in every country ("Federal Emergency Management Agency", "Disaster Management Authority", "Monetary Policy Committee")',
  })),
  ...'hurricane typhoon cyclone storm tropical earthquake quake'.split(' ').map((word) => ({
    word,
    reason:
      'the kind of a natural event, capitalised before its name or in an agency\'s ("Hurricane Otis", "Tropical Storm Max", "China Earthquake Networks Center")',
  })),
];

/** Words that stand for "number" before a figure ("No. 1", "the No. 2 tunnel"), in any story. */
export const NUMBER_SIGNS: { word: string; reason: string }[] = [
  { word: 'no', reason: '"No. 1": the abbreviation of "number", capitalised before a figure' },
  { word: 'nos', reason: '"Nos. 3 and 4": its plural' },
];

/** Words that are never a topic, lower case. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  [...NAME_TITLES, ...NAME_SUFFIXES, ...CONCEPT_INITIALS, ...NAME_KIND_WORDS, ...NUMBER_SIGNS].map((e) => e.word),
);
