import { boundBefore, boundsOf, type Expression } from './expression';

/**
 * Lengths written with "a" for one, after a bound: "up to a mile away", "almost a kilometre wide", from the
 * text's `measures` words. Without a bound "a mile" is left alone ("a mile off", "went the extra mile").
 */
export function implicitMeasures(text: string, measures: RegExpExecArray[]): Expression[] {
  const out: Expression[] = [];
  for (const m of measures) {
    const bound = boundBefore(text, m.index, 'other');
    if (!bound) continue;
    const [low, high] = boundsOf(bound.qualifier, 1, bound.approaching);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      outerStart: bound.from,
      value: 1,
      qualifier: bound.qualifier,
      low,
      high,
      kind: 'other',
      unit: m.groups!.measure!.toLowerCase(),
      lastAtom: -1,
    });
  }
  return out;
}
