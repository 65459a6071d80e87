import type { Match } from '@/lib/compare/types';
import { SourceItem } from './SourceItem';
import { groupByStory } from '@/lib/compare/story-groups';
import { RELATION_HEADING, RELATION_ORDER } from './verdicts';

interface SectionProps {
  kind: string;
  heading: string;
  matches: Match[];
  onDispute?: (matches: Match[]) => void;
}

function Section({ kind, heading, matches, onDispute }: SectionProps) {
  const stories = groupByStory(matches);
  if (stories.length === 0) return null;
  return (
    <section class={`cc-sources cc-sources-${kind}`}>
      <h3 class="cc-sources-heading">
        {heading} ({stories.length})
      </h3>
      <ul class="cc-source-list">
        {stories.map(({ lead, versions }, i) => (
          <SourceItem key={i} match={lead} versions={versions} onDispute={onDispute} />
        ))}
      </ul>
    </section>
  );
}

/**
 * A claim's sources by how they relate to it: conflicting, agreeing, compatible, each story once with
 * its versions; then the versions of the page's own story that agree with it, kept apart because they
 * confirm nothing.
 */
export function SourceList({ matches, onDispute }: { matches: Match[]; onDispute?: (matches: Match[]) => void }) {
  const ownAgreement = (m: Match) => m.sameStoryAsPage && m.relation !== 'conflict';
  return (
    <>
      {RELATION_ORDER.map((relation) => (
        <Section
          key={relation}
          kind={relation}
          heading={RELATION_HEADING[relation]}
          matches={matches.filter((m) => m.relation === relation && !ownAgreement(m))}
          onDispute={onDispute}
        />
      ))}
      <Section
        kind="versions"
        heading="Other versions of this story"
        matches={matches.filter(ownAgreement)}
        onDispute={onDispute}
      />
    </>
  );
}
