import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecs, scoreSpecs, specProblems, type FigureCase, type SpecFile } from '../support/specs';

const specs = loadSpecs(resolve(import.meta.dirname, '../..'));

/**
 * The pass rate each topic's spec file reached with the engine when its floor was last set: a ratchet, raised
 * as the grammar improves until every topic stands at the 95%. A topic missing here fails the test.
 */
const FLOORS: Record<string, number> = {
  agriculture: 0.99,
  business: 0.98,
  courts: 0.99,
  crime: 0.99,
  culture: 0.98,
  disasters: 0.97,
  economy: 0.98,
  education: 0.99,
  elections: 0.98,
  energy: 0.99,
  general: 0.99,
  general2: 0.98,
  general3: 0.98,
  general4: 0.97,
  general5: 0.98,
  general6: 0.98,
  general7: 0.98,
  general8: 0.98,
  general9: 0.99,
  general10: 0.95,
  // 268 of 276 (97.1%) since tonnes glued as 't' (general9's rules); the rank rule for 'the N most expensive'
  // (general4's call) had lost one case here, as it won one in general-holdout2, and was kept, since a holdout may not
  // choose among rules.
  'general-holdout': 0.97,
  'general-holdout2': 0.93,
  health: 0.98,
  housing: 0.98,
  labour: 0.99,
  markets: 0.98,
  media: 0.97,
  migration: 0.99,
  science: 0.97,
  space: 0.98,
  sport: 0.98,
  technology: 0.99,
  tourism: 0.99,
  transport: 0.98,
  weather: 0.99,
};

describe('spec files', () => {
  for (const file of specs) {
    it(`${file.topic}: every case is well formed and sourced`, () => {
      expect(specProblems(file)).toEqual([]);
    });
  }

  it('one file per topic, and the development set the issue asks for: 600 cases or more over 8 topics or more', () => {
    const topics = specs.map((f) => f.topic);
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics.length).toBeGreaterThanOrEqual(8);
    const cases = specs.reduce((n, f) => n + f.sentences.reduce((m, s) => m + s.figures.length, 0), 0);
    expect(cases).toBeGreaterThanOrEqual(600);
  });
});

describe('the spec scorer', () => {
  const sentence = (figures: FigureCase[]): SpecFile => ({
    topic: 'probe',
    sentences: [
      { text: 'Sales rose 12% to $3.2 billion in 2023.', outlet: 'o', url: 'https://o.example', date: '2024', figures },
    ],
  });

  it('passes a right case and fails a wrong value, a wrong kind and a claimed non-claim', () => {
    const right = scoreSpecs([
      sentence([
        { find: '$3.2 billion', value: 3.2e9, kind: 'money' },
        { find: '2023', claim: false },
      ]),
    ]);
    expect(right.passed).toBe(2);
    const wrong = scoreSpecs([
      sentence([
        { find: '12%', value: 13 },
        { find: '$3.2 billion', value: 3.2e9, kind: 'count' },
        { find: '12%', claim: false },
      ]),
    ]);
    expect(wrong.passed).toBe(0);
    expect(wrong.failures.map((f) => f.reason)).toEqual(['value', 'kind', 'false claim']);
  });

  it('finds a span that cuts a number, and a figure annotated twice', () => {
    expect(specProblems(sentence([{ find: '2', value: 2 }])).join()).toMatch(/cuts a number/);
    const twice = sentence([
      { find: '12%', value: 12 },
      { find: '12%', claim: false },
    ]);
    expect(specProblems(twice).join()).toMatch(/annotated twice/);
  });
});

describe('engine on the spec files', () => {
  const score = scoreSpecs(specs);
  for (const t of score.topics) {
    it(`${t.topic}: pass rate ${t.passed}/${t.cases} stays at or above its floor`, () => {
      expect(FLOORS[t.topic], `no floor for ${t.topic}`).toBeDefined();
      expect(t.rate).toBeGreaterThanOrEqual(FLOORS[t.topic]!);
    });
  }
});
