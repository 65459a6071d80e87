import { useId } from 'preact/hooks';
import type { SeriesPoint } from '@/lib/compare/series';
import { seriesPointText } from './series-text';

/**
 * The running total a figure belongs to, as reported over time, oldest first: "480 as of Saturday evening
 * (older); 530 so far (this figure); 612 by Monday (newer)". Reports of other times are never a
 * contradiction; a later figure below an earlier one of a toll is marked as revised down.
 */
export function SeriesLine({ points }: { points: SeriesPoint[] }) {
  const titleId = useId();
  return (
    <section class="cc-series" aria-labelledby={titleId}>
      <p class="cc-series-title" id={titleId}>
        Running total over time
      </p>
      <ol class="cc-series-points">
        {points.map((p, i) => (
          <li key={i} aria-current={p.order === 'this' ? 'true' : undefined}>
            {p.day ? <time dateTime={p.day}>{seriesPointText(p)}</time> : seriesPointText(p)}
          </li>
        ))}
      </ol>
    </section>
  );
}
