export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'approx', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const KINDS = ['count', 'percent', 'duration', 'rate', 'ratio', 'money', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** When a figure holds: a running total, one day, a rate, a plan or condition, or anything else. */
export const SCOPES = ['cumulative', 'single_day', 'period', 'rate', 'plan', 'other'] as const;
export type Scope = (typeof SCOPES)[number];

/** What a figure counts and what happened to it; two claims compare only when these agree. */
export interface Quantity {
  /** The counted noun phrase as written, e.g. "Palestinian prisoners". */
  counted: string;
  /** Normalised head of what is counted, e.g. "prisoner"; for durations the thing that lasts ("strike"). */
  lemma: string;
  /** Normalised restricting modifiers that make a sub-group, e.g. ["palestinian"], sorted. */
  groups: string[];
  /** Normalised event, e.g. "release", "kill"; '' when none was found. */
  event: string;
  scope: Scope;
  /** Normalised time anchor, e.g. "thursday", "since october 7"; '' when none. */
  anchor: string;
  /** Unit of the value: "day", "week", "%", "usd", "km"...; '' for plain counts. */
  unit: string;
  /** Who the figure is attributed to, as written ("the state-run Ministry of Health"); '' when none. */
  attribution: string;
  /** Normalised place the figure is about ("sudan"); '' when none is named. */
  place: string;
}

/** A numeric claim found in a text. Offsets are UTF-16 indices into that text. */
export interface Claim {
  start: number;
  end: number;
  /** The figure as written, e.g. "1.8 million", "seven-day". */
  text: string;
  value: number;
  qualifier: Qualifier;
  /** Bounds of the interval the claim asserts; null where open. */
  low: number | null;
  high: number | null;
  kind: Kind;
  quantity: Quantity;
  /** Lookup key for the corpus index: kind, what is counted and what happened to it (lib/claims/key.ts). */
  key: string;
  /** Lookup key of the same figure for the same thing in any context (lib/claims/key.ts). */
  figureKey: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** What the whole text is about (lib/claims/topics.ts), shared by all its claims. */
  topics: string[];
}

/** What a figure asserts, without where it stands in its text: what the corpus keeps and the command line prints. */
export type Assertion = Pick<Claim, 'text' | 'value' | 'qualifier' | 'low' | 'high' | 'kind' | 'quantity'>;

export const assertionOf = (c: Assertion): Assertion => ({
  text: c.text,
  value: c.value,
  qualifier: c.qualifier,
  low: c.low,
  high: c.high,
  kind: c.kind,
  quantity: c.quantity,
});
