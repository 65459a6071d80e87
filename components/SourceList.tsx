import type { Match } from '@/lib/compare/types';
import { SourceItem } from './SourceItem';
import { RELATION_HEADING, RELATION_ORDER } from './verdicts';

/** A claim's sources grouped by how they relate to it: conflicting, then agreeing, then compatible. */
export function SourceList({ matches }: { matches: Match[] }) {
  return (
    <>
      {RELATION_ORDER.map((relation) => {
        const group = matches.filter((m) => m.relation === relation);
        if (group.length === 0) return null;
        return (
          <section key={relation} class={`cc-sources cc-sources-${relation}`}>
            <h3 class="cc-sources-heading">
              {RELATION_HEADING[relation]} ({group.length})
            </h3>
            <ul class="cc-source-list">
              {group.map((match, i) => (
                <SourceItem key={i} match={match} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
