/**
 * Measures kept on the timeline at most. The background's checks time their phases there for
 * `npm run bench:check`, which reads and clears them; a service worker nobody reads would otherwise keep
 * every check's measures for as long as it lives (seven a check).
 */
const KEPT = 700;

/** performance.measure, keeping the timeline to the last few hundred measures. */
export function measure(name: string, options: PerformanceMeasureOptions): void {
  if (performance.getEntriesByType('measure').length >= KEPT) performance.clearMeasures();
  performance.measure(name, options);
}
