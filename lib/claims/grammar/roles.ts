/**
 * Roles people are put in by being taken or held: "240 people taken hostage", "200 soldiers taken
 * prisoner", "a man held captive" count hostages and prisoners, not people in general.
 */
export const CAPTIVE_ROLES: { word: string; role: string; reason: string }[] = [
  { word: 'hostage', role: 'hostage', reason: 'held to force a demand' },
  { word: 'captive', role: 'hostage', reason: 'held by captors, as a hostage is' },
  { word: 'prisoner', role: 'prisoner', reason: 'held by a state or an army' },
];

/**
 * Who holds people as captives: "110 women and children held by militants since the attack" are hostages,
 * as are people "held by" a named group; "held by police" is not in this list.
 */
export const CAPTORS: { word: string; reason: string }[] = [
  { word: 'militants', reason: 'armed groups take hostages' },
  { word: 'kidnappers', reason: 'by definition' },
  { word: 'captors', reason: 'by definition' },
  { word: 'gunmen', reason: 'armed men who seized people' },
  { word: 'rebels', reason: 'armed groups take hostages' },
  { word: 'insurgents', reason: 'armed groups take hostages' },
  { word: 'pirates', reason: "ships' crews held for ransom" },
];

/** The role of people "held by" a named group or a captor. */
export const HELD_BY_CAPTORS = 'hostage';

/** Verbs that take or keep someone in such a role: "taken hostage", "remain captive", "held as prisoners". */
export const CAPTIVE_VERBS: { phrase: string; reason: string }[] = [
  { phrase: 'taken', reason: '"taken hostage/prisoner/captive"' },
  { phrase: 'held', reason: '"held hostage/captive"' },
  { phrase: 'being held', reason: 'still held' },
  { phrase: 'kept', reason: '"kept prisoner"' },
  { phrase: 'seized', reason: '"seized as hostages"' },
  { phrase: 'remain', reason: '"remain captive"' },
  { phrase: 'remains', reason: '"remains hostage"' },
  { phrase: 'remained', reason: '"remained prisoner"' },
];
