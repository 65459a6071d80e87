import { claimKey, lookupKeys } from '../claims/key';
import type { Claim } from '../claims/types';
import { frameOf, namedAtFigure, type Frame } from './frame';
import { likelyToldAlike } from './kin';

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
  const head = claim.key.split('|')[1];
  const offset = claim.start - claim.sentenceStart;
  if ((claim.kind !== 'count' && claim.kind !== 'rate') || head === '' || head === 'person') return claim.key;
  if (namedAtFigure(sentence, offset, claim)) return claim.key;
  return keyAsRead(claim, frameOf(claim, sentence, offset, null));
}

/**
 * The keys a claim's corpus claims are looked up under: its own, those of what its frame read (a toll read as
 * counting "city" counts people), and those of the nouns news uses for what it counts that the comparison takes for
 * likely the same thing ("seats" for "constituencies": kin.ts, `likelyToldAlike`). WordNet's kin of what is counted
 * ("structures" for "buildings") were tried twice: all of it, three times the keys per check and a third more time
 * on the bench for no verdict gained; then only the nouns a head is a synonym or a kind of (the comparison's
 * `likely` kin, one direction), which read 16 more of the 41 pairs the comparison relates on more than the same
 * figure and the development stories' lookups never met (a strike and a walkout, buildings and structures), for 2.8
 * times the keys (95 -> 264 on the bench's page, each a read of the store's index), 4% more corpus claims read and no
 * verdict moved: left out.
 */
export function claimLookupKeys(claim: Claim, frame: Pick<Frame, 'head' | 'event'>): string[] {
  const toldAlike = likelyToldAlike(frame.head).map((head) => keyAsRead(claim, { head, event: frame.event }));
  return [...new Set([claim.key, keyAsRead(claim, frame), ...toldAlike].flatMap(lookupKeys))];
}
