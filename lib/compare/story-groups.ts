import type { Match } from './types';

export interface StoryGroup {
  /** The version shown in full: the first in the engine's order. */
  lead: Match;
  /** The story's other versions, shown as one line each. */
  versions: Match[];
}

/** Folds matches from versions of one story into one entry, keeping the engine's order. */
export function groupByStory(matches: Match[]): StoryGroup[] {
  const groups = new Map<number, StoryGroup>();
  for (const m of matches) {
    const group = groups.get(m.story);
    if (group) group.versions.push(m);
    else groups.set(m.story, { lead: m, versions: [] });
  }
  return [...groups.values()];
}
