import { afterEach, expect, test } from 'vitest';
import { measure } from './measure';

afterEach(() => performance.clearMeasures());

test('the timeline keeps the latest few hundred measures, however many checks time their phases', () => {
  for (let i = 0; i < 2_000; i++) measure(`crosscheck:test-${i}`, { start: 0, detail: i });
  const kept = performance.getEntriesByType('measure');
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThanOrEqual(700);
  expect(kept.at(-1)!.name).toBe('crosscheck:test-1999');
});
