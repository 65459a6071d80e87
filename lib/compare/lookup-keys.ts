import { claimKey, eventKey, keyFields, lookupKeys } from '../claims/key';
import type { Claim } from '../claims/types';
import { frameOf, namedAtFigure, type Frame } from './frame';

/** The loose key of what a claim's frame read it to count, which may be other than extraction's noun. */
const keyAsRead = (claim: Pick<Claim, 'kind' | 'quantity'>, frame: Pick<Frame, 'head' | 'event'>): string =>
  claimKey(claim.kind, { lemma: frame.head, event: frame.event, unit: claim.quantity.unit });

/**
 * The key a corpus claim is filed under: what its frame reads it to count when that may differ from extraction's
 * noun. A toll told with no noun at its figure ("the death toll in the eastern city of Derna has reached 5200",
 * "the toll during this year's pilgrimage reached 1,301") is read by extraction as counting the city or the
 * pilgrimage, and by its frame as people killed: filed under the city, no report of another figure for the dead
 * ever read it (the check looks up what the page's own frame reads, never what a corpus claim's would).
 * Framing costs about as much as extracting, so only counts of a thing other than people whose noun does not
 * stand at the figure are framed: of the 1,943 claims of the seeds and the development stories' corpora, 132 have
 * a frame's key other than extraction's; 113 are bare counts read as people (which the lookups of people meet
 * anyway), lengths since a record or shares with a qualifying word; of the other 19, these 71 framed claims hold
 * 16, and the import's analysis of an article costs 2% more (1.83 -> 1.87 ms).
 */
export function filedKey(claim: Claim, sentence: string): string {
  const { head } = keyFields(claim.key);
  const offset = claim.start - claim.sentenceStart;
  const own = () => eventKey(claim.key, claim.quantity.event) ?? claim.key;
  if ((claim.kind !== 'count' && claim.kind !== 'rate') || head === '' || head === 'person') return own();
  if (namedAtFigure(sentence, offset, claim)) return own();
  const frame = frameOf(claim, sentence, offset, null);
  const read = keyAsRead(claim, frame);
  return eventKey(read, frame.event) ?? read;
}

/**
 * The keys a claim's corpus claims are looked up under: its own, and those of what its frame read (a toll read as
 * counting "city" counts people). The keys of WordNet's kin of what is counted ("structures" for "buildings") were
 * tried: three times the keys per check and a third more time on the bench, for no verdict gained on the
 * development stories.
 */
export function claimLookupKeys(claim: Claim, frame: Pick<Frame, 'head' | 'event'>): string[] {
  const keys = [...lookupKeys(claim.key), ...lookupKeys(keyAsRead(claim, frame))];
  return [...new Set(claim.kind === 'rate' ? keys.flatMap(overOtherSpans) : keys)];
}

/**
 * The keys of what befell the people a claim counts (`eventKey`), under each of its lookup keys of people: by the
 * event extraction read and the one its frame read. Each looked-up key of these is one of `claimLookupKeys` with
 * an event, so the check reads them only for the claims that key's own lookup cut short.
 */
export function eventLookupKeys(claim: Claim, frame: Pick<Frame, 'event'>, keys: readonly string[]): string[] {
  const events = new Set([claim.quantity.event, frame.event]);
  const out = new Set<string>();
  for (const key of keys)
    for (const event of events) {
      const k = eventKey(key, event);
      if (k) out.add(k);
    }
  return [...out];
}

/**
 * Spans a rate is told over in news, each with why: a rate over one is looked up over the others too, since a rate
 * restated over another span is the same rate (same-quantity.ts).
 */
export const RATE_SPANS: { span: string; reason: string }[] = [
  { span: 'hour', reason: '"1,200 litres an hour" of a pump, a leak, a flow' },
  { span: 'day', reason: '"30,000 vehicles a day" over a bridge, trucks of aid a day' },
  { span: 'week', reason: '"400 patients a week" at a clinic' },
  { span: 'month', reason: '"50,000 visitors a month"' },
  { span: 'year', reason: '"11 million vehicles a year", "two million passengers annually"' },
];

/** A rate's key (kind|head|unit family) with each span of `RATE_SPANS` as its unit, its own among them. */
function overOtherSpans(key: string): string[] {
  const bar = key.lastIndexOf('|');
  if (!key.slice(bar + 1).startsWith('per ')) return [key];
  return [key, ...RATE_SPANS.map(({ span }) => `${key.slice(0, bar + 1)}per ${span}`)];
}
