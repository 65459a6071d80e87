/**
 * How often texts about different stories share a topic (issue 12): over the tuning stories' articles (the holdouts
 * are never read), each pair of articles of different stories whose topics meet by shareTopic, one of them naming
 * nothing included. Read by scripts/eval/topic-meetings.ts and kept from rising by test/unit/topic-meetings.test.ts.
 */
import { shareTopic, topicsOf } from '../../lib/claims/topics';
import { loadStories, type Story } from './story-score';

export interface TopicMeeting {
  a: { id: string; outlet: string };
  b: { id: string; outlet: string };
  /** The topics both share; none when one of them names nothing. */
  shared: string[];
}

/** The tuning stories, by id. */
export const tuningStories = (root: string): { id: string; story: Story }[] =>
  loadStories(root).filter(({ story }) => !story.holdout);

/** Every pair of articles of different tuning stories, and those whose topics meet. */
export function topicMeetings(root: string): { pairs: number; meetings: TopicMeeting[] } {
  const articles = tuningStories(root).flatMap(({ id, story }) =>
    [...story.corpus, ...story.checked].map((a) => ({ id, outlet: a.outlet, topics: topicsOf(a.text) })),
  );
  let pairs = 0;
  const meetings: TopicMeeting[] = [];
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      const [a, b] = [articles[i]!, articles[j]!];
      if (a.id === b.id) continue;
      pairs++;
      if (shareTopic(a.topics, b.topics))
        meetings.push({
          a: { id: a.id, outlet: a.outlet },
          b: { id: b.id, outlet: b.outlet },
          shared: a.topics.filter((t) => b.topics.includes(t)),
        });
    }
  return { pairs, meetings };
}
