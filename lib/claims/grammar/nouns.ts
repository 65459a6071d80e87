import { words, type Entry } from './entries';

/**
 * What the engine knows of the nouns figures count (lib/claims/lemma.ts, noun-phrase.ts, and lib/compare
 * through lib/claims/lexicon.ts): people and groups of people, roles and their synonyms, heads that need
 * the word before them, and plurals the spelling rules and WordNet's table do not cover.
 */

/** People in general; a person noun compares with a role ("prisoner", "soldier") for the same group. */
export const PERSON_NOUNS = words(
  'people in general, however they are named',
  'person people individual individuals resident residents national nationals citizen citizens',
);

/** Sub-groups: "117 men" is a part of "137 people", never the same quantity. */
export const GROUP_NOUNS = [
  ...words('people by sex', 'man men woman women boy boys girl girls'),
  ...words(
    'people by age',
    'child children minor minors adult adults teenager teenagers infant infants baby babies elderly',
  ),
  ...words('people by status in a conflict or a country', 'civilian civilians foreigner foreigners'),
];

/** Synonyms of a counted noun, by their singular, with the name they share. */
export const NOUN_SYNONYMS: (Entry & { means: string })[] = [
  ...(['hostage', 'captive', 'abductee'] as const).map((word) => ({
    word,
    means: 'hostage',
    reason: 'a person held to force a demand',
  })),
  ...(['prisoner', 'detainee', 'inmate'] as const).map((word) => ({
    word,
    means: 'prisoner',
    reason: 'a person held by a state',
  })),
  { word: 'fatality', means: 'person', reason: 'a fatality is a person killed: the event says so' },
  { word: 'casualty', means: 'casualty', reason: 'killed or injured: a role of its own' },
  ...(['soldier', 'troop'] as const).map((word) => ({ word, means: 'soldier', reason: '"5,000 troops" are soldiers' })),
  ...(['earthquake', 'quake', 'tremor', 'temblor'] as const).map((word) => ({
    word,
    means: 'earthquake',
    reason: 'an earthquake, however headlines name it',
  })),
  ...(['truck', 'lorry'] as const).map((word) => ({ word, means: 'truck', reason: 'British and American names' })),
  ...(['vote', 'ballot'] as const).map((word) => ({
    word,
    means: 'vote',
    reason: 'a ballot is a vote cast: "95% of the ballots" are 95% of the votes',
  })),
  ...(['output', 'production'] as const).map((word) => ({
    word,
    means: 'output',
    reason: 'what a plant or a country produces',
  })),
];

/** Roles the word "person" may stand for: "240 people taken hostage" and "240 hostages" may be one count. */
export const PERSON_ROLES = words('a role a person is counted in', 'hostage prisoner soldier casualty');

/** Heads that say little on their own: what they are of is in the word before ("deposit rate", "gas prices"). */
export const GENERAL_HEADS = words(
  'a measure of something named before it',
  'rate price index level share growth yield cost value total margin',
);

/** Words that narrow what any head counts: "core inflation" and "average rents" are not inflation and rents. */
// Not "annual": "annual inflation" is what "inflation" means in a news report.
export const NARROWING = [
  ...words('a narrower measure of the same thing', 'core headline underlying real nominal net gross basic'),
  ...words('a statistic of the thing, not the thing', 'average median minimum maximum'),
  ...words('a period the figure is given per', 'monthly quarterly'),
];

/** Two-word names of one quantity, as "modifier lemma". */
export const COMPOUND_SYNONYMS: (Entry & { means: string })[] = [
  { word: 'jobless rate', means: 'unemployment', reason: 'the rate is the quantity named' },
  { word: 'unemployment rate', means: 'unemployment', reason: 'the rate is the quantity named' },
  { word: 'inflation rate', means: 'inflation', reason: 'the rate is the quantity named' },
];

/** Plural forms English does not make with -s, read before WordNet's table of exceptions. */
export const IRREGULAR_PLURALS: { plural: string; singular: string; reason: string }[] = [
  ...(
    [
      ['people', 'person'],
      ['men', 'man'],
      ['women', 'woman'],
      ['children', 'child'],
      ['feet', 'foot'],
      ['teeth', 'tooth'],
      ['mice', 'mouse'],
      ['geese', 'goose'],
    ] as const
  ).map(([plural, singular]) => ({ plural, singular, reason: 'a plural by a change of vowel or an old ending' })),
  ...(
    [
      ['lives', 'life'],
      ['wives', 'wife'],
      ['knives', 'knife'],
      ['halves', 'half'],
    ] as const
  ).map(([plural, singular]) => ({ plural, singular, reason: 'f becomes v' })),
  ...(
    [
      ['criteria', 'criterion'],
      ['phenomena', 'phenomenon'],
      ['analyses', 'analysis'],
      ['crises', 'crisis'],
      ['theses', 'thesis'],
    ] as const
  ).map(([plural, singular]) => ({ plural, singular, reason: 'a Greek plural' })),
  ...['data', 'media'].map((w) => ({
    plural: w,
    singular: w,
    reason: 'counted as a mass in news, never as datum or medium',
  })),
  ...['series', 'species', 'news'].map((w) => ({ plural: w, singular: w, reason: 'the same in the singular' })),
  ...['police', 'cattle', 'staff', 'personnel'].map((w) => ({
    plural: w,
    singular: w,
    reason: 'a plural with no singular form',
  })),
  ...['sheep', 'fish', 'deer', 'aircraft'].map((w) => ({ plural: w, singular: w, reason: 'the same in the plural' })),
];

/** Demonyms newer than WordNet 3.1 (lib/claims/grammar/wordnet.ts holds the rest), lower case, singular. */
export const RECENT_DEMONYMS: Entry[] = [
  { word: 'emirati', reason: 'of the United Arab Emirates; WordNet has none' },
  { word: 'kosovar', reason: 'of Kosovo, independent since 2008' },
  { word: 'rohingya', reason: 'a people of Myanmar, in the news since 2012' },
  { word: 'uyghur', reason: 'a people of Xinjiang; WordNet spells it Uighur' },
  { word: 'uighur', reason: 'the older spelling' },
  { word: 'yazidi', reason: 'a people of northern Iraq' },
];

/** Nouns that make the count after "of" a difference between two counts: "a margin of 6,553 votes" is no vote total. */
export const MARGIN_NOUNS = words('a difference between two counts, named before what it counts', 'margin lead');

/** Verbs a win or a loss is told with, its size after "by": "defeated her rival by 6,553 votes". */
export const WINNING_VERBS = words(
  'a win or a loss told by how much it was won or lost by',
  'won win wins winning defeated defeating defeats beat beats beating lost loses losing trailed trails trailing',
);

/**
 * Contenders in an election: a percentage given "for" one with no noun of its own ("just over 14% for the new
 * party") is its share of the vote, the vote being what it counts.
 */
export const VOTE_HOLDERS = words(
  'a contender in an election, whose percentage is a share of the vote',
  'party candidate coalition alliance bloc incumbent challenger',
);

/**
 * Places and bodies whose size told right after "of" is their people: "Acapulco, a city of nearly 900,000", "a family
 * of five", "a crew of 22".
 */
export const PEOPLED_PLACES = [
  ...words(
    'a place told by how many live in it',
    'city town village country nation island metropolis capital province region',
  ),
  ...words('a household or a crew told by how many people it holds', 'family household crew'),
];
