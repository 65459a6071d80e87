import { countsPeople, NO_THING_HEADS, PEOPLE_EVENTS } from '../compare/people';
import type { Kind, Quantity } from './types';
import { unitFactor, unitFamily } from './units';

type Keyed = Pick<Quantity, 'lemma' | 'event' | 'unit'>;

/**
 * What a key files a count under: people as people, whatever the noun ("miners", "prisoners", "victims"),
 * and a count of what only people undergo (killed, injured, freed...) as people whatever noun was read for
 * it: "the toll from the floods in the eastern city has reached 5200" is read as counting "city".
 */
function keyHead(kind: Kind, q: Pick<Quantity, 'lemma' | 'event'>): string {
  // "170 others", "instead of 11,300": filed with the figures that name nothing.
  if (NO_THING_HEADS.has(q.lemma)) return keyHead(kind, { lemma: '', event: q.event });
  const counting = kind === 'count' || kind === 'rate';
  return counting && (countsPeople(q.lemma, q.event) || PEOPLE_EVENTS.has(q.event)) ? 'person' : q.lemma;
}

/**
 * The corpus index key of a claim: the kind, what is counted (people as one head) and the unit family.
 * It is loose on purpose: outlets tell one quantity with other sub-groups ("Chilean miners",
 * "miners"), other verbs ("freed", "handed over", "lost their lives") and other time words, so the
 * claims a lookup reads are weighed field by field afterwards (lib/compare/same-quantity.ts).
 */
export function claimKey(kind: Kind, q: Keyed): string {
  const unit = unitFamily(q.unit);
  // A measure's unit says most of what it measures, and outlets name the thing or not ("2,100 acres burned",
  // "2,170 acres of land"): measures are filed by kind and unit family alone, and weighed after the lookup.
  return `${kind}|${kind === 'other' && unit !== '' ? '' : keyHead(kind, q)}|${unit}`;
}

/** The three fields of a claim key, in the order claimKey writes them. */
export function keyFields(key: string): { kind: string; head: string; unitFamily: string } {
  // Read with indexOf, as split('|') would give them: the import files every claim by its key's head, and the
  // array and the strings split made for each were a percent of an article's analysis.
  const first = key.indexOf('|');
  if (first === -1) return { kind: key, head: '', unitFamily: '' };
  const second = key.indexOf('|', first + 1);
  if (second === -1) return { kind: key.slice(0, first), head: key.slice(first + 1), unitFamily: '' };
  const third = key.indexOf('|', second + 1);
  return {
    kind: key.slice(0, first),
    head: key.slice(first + 1, second),
    unitFamily: key.slice(second + 1, third === -1 ? key.length : third),
  };
}

/** Rates and counts share figure keys: "10 patients a day" may agree with "10 patients". */
const family = (kind: Kind) => (kind === 'rate' ? 'count' : kind);

/**
 * The key of the same figure, whatever it is said to count ("count|11300"): outlets name what a figure
 * counts in other words or far from it ("the toll from the floods in Derna has risen to 11,300", "Health
 * care added 71,000"), so a figure is looked up by its value alone and weighed afterwards; the comparison's
 * loose agreement ("10 patients per day" and "treating 10 patients") looks claims up by it too.
 */
export function figureKey(kind: Kind, q: Pick<Quantity, 'unit'>, value: number): string {
  const scaled = value * unitFactor(q.unit);
  // Eight significant digits absorb the float noise of unit factors; whole figures have none to absorb.
  const comparable = Number.isInteger(scaled) && Math.abs(scaled) < 1e8 ? scaled : Number(scaled.toPrecision(8));
  return `${family(kind)}|${comparable}`;
}

/**
 * Keys worth looking up for a claim: its own, and for people the counts that name no noun, whose sentence
 * may still say they are people ("the toll climbs past 500"), and the other way round. Figures of other
 * kinds that name no noun are left to the figure key: looking them up for every claim doubled the
 * candidates and the check's time for no verdict gained on the development stories.
 */
export function lookupKeys(key: string): string[] {
  const { kind, head, unitFamily: unit } = keyFields(key);
  if (head === 'person') return [key, `${kind}||${unit}`];
  if (head === '' && (kind === 'count' || kind === 'rate')) return [key, `${kind}|person|${unit}`];
  return [key];
}

/**
 * The key a count of people is also filed under, with what befell them ("count|person||kill"), or null for any
 * other key or with no event. A story's reports count many groups of people (the dead, the injured, the freed,
 * those still held), and a lookup of people reads only the latest of them (lib/compare/check.ts): the key of
 * one event finds the older reports of the same people that the others crowd out.
 */
export function eventKey(key: string, event: string): string | null {
  return event !== '' && keyFields(key).head === 'person' ? `${key}|${event}` : null;
}

/** The key without the event `eventKey` adds: what every claim of it is filed under too. */
export function keyWithoutEvent(key: string): string {
  const first = key.indexOf('|');
  const third = key.indexOf('|', key.indexOf('|', first + 1) + 1);
  return third === -1 ? key : key.slice(0, third);
}
