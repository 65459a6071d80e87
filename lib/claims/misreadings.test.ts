import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The key of the claim whose text is `figure` in `text`: what it counts, its unit, as compared. */
const claimOf = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return found!;
};
const keyOf = (text: string, figure: string) => claimOf(text, figure).key;

describe('misreadings met in real reporting, told in sentences of our own', () => {
  it('never takes a contraction for what a figure counts, in either apostrophe', () => {
    expect(keyOf('Pensions under £40,000 aren’t taxed again.', '£40,000')).toBe('money|pension|gbp');
    expect(keyOf("Pensions under £40,000 aren't taxed again.", '£40,000')).toBe('money|pension|gbp');
    expect(keyOf('Loans above $5,000 weren’t forgiven.', '$5,000')).toBe('money|loan|usd');
    expect(keyOf('The club said 300 tickets won’t be refunded.', '300')).toBe('count|ticket|');
    expect(keyOf('Fines over $800 can’t be paid online.', '$800')).toBe('money|fine|usd');
  });

  it('reads a decimal before a quake, a tremor or an aftershock, or after its verb, as a magnitude', () => {
    expect(keyOf('A 6.4 quake shook the valley at dawn.', '6.4')).toBe('other||magnitude');
    expect(keyOf('The 5.1 aftershock toppled a bridge.', '5.1')).toBe('other||magnitude');
    expect(keyOf('A 4.8 temblor rattled windows.', '4.8')).toBe('other||magnitude');
    expect(keyOf('The tremor, which registered 5.7, woke the town.', '5.7')).toBe('other||magnitude');
    expect(keyOf('The earthquake measured 6.9 and lasted a minute.', '6.9')).toBe('other||magnitude');
    // The same magnitude told with the scale named.
    expect(keyOf('A magnitude 6.4 quake shook the valley.', '6.4')).toBe('other||magnitude');
  });

  it('leaves whole figures before or after a quake counts: of quakes, or of an intensity on another scale', () => {
    expect(keyOf('Sensors logged 9 quakes overnight.', '9')).toBe('count|earthquake|');
    expect(keyOf('Three aftershocks followed within an hour.', 'Three')).toBe('count|aftershock|');
    expect(keyOf('On the local intensity scale, the quake measured 6 in the port.', '6')).not.toMatch(/magnitude/);
  });

  it('reads km per hour however it is abbreviated: "kmph", "kph", "km/hr", "km/hour"', () => {
    const speed = (text: string, figure: string) => {
      const claim = claimOf(text, figure);
      return [claim.value, claim.key];
    };
    expect(speed('The express was doing 112 kmph at the junction.', '112 kmph')).toEqual([112, 'other||kmh']);
    expect(speed('Gusts touched 95 kph on the pier.', '95 kph')).toEqual([95, 'other||kmh']);
    expect(speed('Lorries are held to 60 km/hr in town.', '60 km/hr')).toEqual([60, 'other||kmh']);
    expect(speed('Lorries are held to 60 km/hour in town.', '60 km/hour')).toEqual([60, 'other||kmh']);
  });
});
