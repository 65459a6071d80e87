/**
 * Counts of ten or fewer ("two", "six", "ten") turn up in almost any report of a story: the same one in two
 * texts is no sign that one copies the other (stories.ts), nor, on weak evidence, that both count one thing
 * (relation.ts: "six martyred in a raid" and "six more were released").
 */
export const COMMON_COUNT_MAX = 10;

/** Whether a figure is a count small enough to turn up in any report. */
export const isCommonCount = (kind: string, value: number) =>
  kind === 'count' && Number.isInteger(value) && Math.abs(value) <= COMMON_COUNT_MAX;
