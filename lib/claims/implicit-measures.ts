import { boundBefore, boundsOf, type Expression } from './expression';
import { spacedAlternatives } from './grammar/entries';
import { CHANGE_FROM_VERBS, MOVED_BY_VERBS } from './grammar/changes';
import { ARTICLE_CHANGES } from './grammar/units';

const CHANGES = new Map(ARTICLE_CHANGES.map((c) => [c.word, c]));
// "fell a percentage point", "raised rates by a percentage point", "down a percentage point".
const MOVED_BEFORE = new RegExp(`\\b(?:by|${spacedAlternatives(MOVED_BY_VERBS, CHANGE_FROM_VERBS)})\\s+$`, 'i');

// "half a mile", "up to half a foot of snow": half of a length, a figure with or without a bound.
const HALF_BEFORE = /\bhalf\s+$/i;

/**
 * Lengths written with "a" for one, after a bound: "up to a mile away", "almost a kilometre wide", from the
 * text's `measures` words. Without a bound "a mile" is left alone ("a mile off", "went the extra mile"), but not
 * half of one ("half a mile from the coast"). A change told as one of its unit is also read after a verb of a
 * move or "by": "inflation fell a percentage point" (half of one is read with the fractions, in atoms.ts).
 */
export function implicitMeasures(text: string, measures: RegExpExecArray[]): Expression[] {
  const out: Expression[] = [];
  for (const m of measures) {
    const written = m.groups!.measure!.toLowerCase().replace(/\s+/g, ' ');
    const change = CHANGES.get(written);
    const half = change ? null : HALF_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const start = half ? m.index - half[0].length : m.index;
    const bound = boundBefore(text, start, 'other');
    if (!bound && !half && !(change && MOVED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    const qualifier = bound?.qualifier ?? 'exact';
    const value = half ? 0.5 : 1;
    const [low, high] = boundsOf(qualifier, value, bound?.approaching ?? false);
    out.push({
      start,
      end: m.index + m[0].length,
      outerStart: bound?.from ?? start,
      value,
      qualifier,
      low,
      high,
      kind: change?.kind ?? 'other',
      unit: change?.unit ?? written,
      lastAtom: -1,
    });
  }
  return out;
}
