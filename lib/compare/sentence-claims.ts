import { extractClaims } from '../claims/extract';
import type { Claim } from '../claims/types';
import { memoized } from '../claims/memo';

/**
 * The claims of one sentence, extracted once: the readers of a figure's sentence (its parts, the whole it is taken
 * from, its list of yearly or parties' figures) each ask for the same sentence's, and a corpus sentence holds only
 * its own text. Callers read the claims and never change them.
 */
export const sentenceClaims: (sentence: string) => readonly Claim[] = memoized(extractClaims, 1_000);
