import { words } from './entries';

/**
 * What happened to what a figure counts, by the forms news copy uses: each form maps to its event's name,
 * and synonyms share a name ("freed" and "released" are one event, so their figures compare). The event
 * reader (lib/claims/context.ts) and the noun-phrase reader (noun-phrase.ts) take them through
 * lib/claims/lexicon.ts. Which events contradict each other ("buy" and "sell") is lib/compare/events.ts's.
 */
export interface Event {
  /** The event's name, shared by its synonyms. */
  event: string;
  /** The forms news writes it in, a space apart. */
  forms: string;
  reason: string;
}

const HELD_FORMS = 'hold held holding holds';

/**
 * Forms of an event only people undergo as such: "holding 240 hostages" keeps them captive, but "held $209 billion
 * in assets", "the funds held at the bank" are owned. Said of a thing (a noun no kind of person), they tell no event.
 */
export const PEOPLE_ONLY_FORMS = words('"held" of money, assets or goods is owning, not captivity', HELD_FORMS);

export const EVENT_FORMS: Event[] = [
  {
    event: 'release',
    forms: 'release released releasing releases freed free freeing frees returned return returning handed set',
    reason: 'people or goods let go; "handed over", "set free"',
  },
  { event: 'release', forms: 'exchange exchanged swap swapped', reason: 'an exchange of prisoners releases them' },
  { event: 'kill', forms: 'kill killed killing kills slain massacred', reason: 'a killing' },
  { event: 'kill', forms: 'dead died die dying death deaths fatalities', reason: 'a death, by any cause' },
  { event: 'injure', forms: 'injure injured injuring injuries wounded wounding wound hurt', reason: 'an injury' },
  { event: 'hold', forms: HELD_FORMS, reason: 'people still held' },
  {
    event: 'hold',
    forms: 'remain remains remained remaining captive',
    reason: 'people still held; "remain" counts those left',
  },
  {
    event: 'seize',
    forms: 'seize seized seizing abducted abducting kidnapped kidnapping captured capturing',
    reason: 'people or goods taken by force',
  },
  { event: 'flee', forms: 'fled flee fleeing displaced displacing uprooted', reason: 'people driven from home' },
  {
    event: 'enter',
    forms: 'enter entered entering crossed cross crossing arrived delivered',
    reason: 'people or aid coming in',
  },
  { event: 'arrest', forms: 'arrest arrested arresting detained detaining', reason: 'people taken by the law' },
  { event: 'evacuate', forms: 'evacuate evacuated evacuating rescued', reason: 'people brought out of danger' },
  {
    event: 'rise',
    forms:
      'rose rise rises rising risen increased increase increases increasing grew grow grows growing climbed climb climbs jumped jumps surged surges soared soars gained gains accelerated accelerates rebounded rebounds',
    reason: 'a figure going up; headlines say "rises", so the present forms are here too',
  },
  {
    event: 'fall',
    forms:
      'fell fall falls falling fallen dropped drop drops decreased decreases decline declined declines declining slipped slips plunged plunges slumped shrank eased eases slowed slows cooled cools dipped dips slid slides tumbled tumbles sank sinks plummeted plummets plummeting',
    reason: 'a figure going down; headlines say "slows", so the present forms are here too',
  },
  { event: 'cost', forms: 'cost costs costing', reason: 'a price paid' },
  { event: 'spend', forms: 'spend spent spending', reason: 'money spent' },
  { event: 'pay', forms: 'pay paid paying', reason: 'money paid' },
  { event: 'raise', forms: 'raised raise raising', reason: 'money raised, or a rate raised' },
  { event: 'sell', forms: 'sold sell selling', reason: 'a sale' },
  { event: 'buy', forms: 'bought buy buying', reason: 'a purchase' },
  { event: 'win', forms: 'won win winning', reason: 'seats, votes or prizes won' },
  {
    event: 'lose',
    forms: 'lost lose losing shed sheds shedding',
    reason: 'seats, jobs or money lost; "shed 20,000 jobs", "shed 4%" are news synonyms',
  },
  { event: 'vote', forms: 'voted vote voting', reason: 'votes cast' },
  { event: 'produce', forms: 'produce produced producing provide provided', reason: 'goods made or supplied' },
  { event: 'add', forms: 'added add adding', reason: 'jobs or customers added' },
  { event: 'missing', forms: 'missing', reason: 'people unaccounted for' },
  { event: 'infect', forms: 'infected infecting infect', reason: 'people infected' },
  { event: 'hire', forms: 'hired hire hiring', reason: 'people hired' },
  { event: 'cut', forms: 'cut cuts cutting laid', reason: 'jobs cut; "laid off"' },
  { event: 'approve', forms: 'approved approve approving', reason: 'a measure approved' },
  { event: 'destroy', forms: 'destroyed destroy damaged', reason: 'buildings destroyed or damaged' },
  {
    event: 'cancel',
    forms: 'cancel cancels canceled cancelled canceling cancelling scrap scraps scrapped scrapping axed nixed',
    reason: 'flights, trains or events called off; "scrapped", "axed" and "nixed" are news synonyms',
  },
];

/**
 * Nouns that count people by what happened to them: "45,000 deaths", "the death toll", "120 injured" are
 * people killed or injured, as "45,000 people were killed" says.
 */
export const EVENT_NOUNS: { noun: string; event: string; reason: string }[] = [
  { noun: 'death', event: 'kill', reason: '"45,000 deaths" are people killed or dead' },
  { noun: 'dead', event: 'kill', reason: '"the 300 dead"' },
  { noun: 'fatality', event: 'kill', reason: 'a death, in official copy' },
  { noun: 'toll', event: 'kill', reason: '"the toll" alone is the death toll' },
  { noun: 'injury', event: 'injure', reason: '"120 injuries" are people injured' },
  { noun: 'injured', event: 'injure', reason: '"the 120 injured"' },
  { noun: 'wounded', event: 'injure', reason: '"the 120 wounded"' },
];

/** Counted nouns that are running totals by themselves. */
export const RUNNING_TOTAL_NOUNS: { noun: string; reason: string }[] = [
  { noun: 'toll', reason: 'a toll counts everyone so far' },
  { noun: 'tally', reason: 'a tally counts everything so far' },
];

/** Verbs that report rather than happen: never an event. */
export const REPORTING_VERB_FORMS: { word: string; reason: string }[] = [
  ...'said says say told tells reported reports stated announced noted claimed claims confirmed according'
    .split(' ')
    .map((word) => ({ word, reason: 'tells who says a figure, not what happened' })),
  ...'estimates estimated estimate believed showed shows found finds suggested'
    .split(' ')
    .map((word) => ({ word, reason: 'tells how a figure is known, not what happened' })),
];

/**
 * Participles that judge a figure's size or force, said right before it ("a staggering 300 people were hurt",
 * "with devastating 250km/h winds"): nothing happens to what is counted, so the event is read past them.
 */
export const JUDGING_PARTICIPLES = [
  ...words(
    'says a figure is surprisingly large: "a staggering 300", "a whopping 40%"',
    'staggering whopping astonishing astounding stunning startling alarming shocking surprising unprecedented',
  ),
  ...words(
    'says a force or a cost is severe: "devastating 250km/h winds", "punishing 45C heat", "crippling 20% rates"',
    'devastating crippling punishing blistering scorching sweltering',
  ),
];
