import type { Match } from '@/lib/compare/types';
import { safeHttpUrl } from '@/lib/safe-url';
import { SentenceQuote } from './SentenceQuote';

function SourceLink({ match: { source } }: { match: Match }) {
  const url = safeHttpUrl(source.url);
  const title = source.title || source.origin;
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}

/**
 * One source's version of the figure: the number as it wrote it, its sentence, and where it comes from;
 * with the other versions of the same story, one line each.
 */
export function SourceItem({
  match,
  versions = [],
  onDispute,
}: {
  match: Match;
  versions?: Match[];
  /** The reader says this source (and its versions, which say the same) was matched wrongly. */
  onDispute?: (matches: Match[]) => void;
}) {
  const { claim, source, why } = match;
  return (
    <li class="cc-source">
      <p class="cc-source-claim">
        <span class="cc-source-figure">{claim.text}</span>
        <SentenceQuote sentence={claim.sentence} figure={claim.text} offset={claim.offsetInSentence} />
      </p>
      <p class="cc-source-meta">
        <span class="cc-outlet">{source.outlet}</span>
        {source.published && <time dateTime={source.published}>{source.published}</time>}
        <SourceLink match={match} />
        {onDispute && (
          <button
            type="button"
            class="cc-dispute"
            // The visible words lead the name, so speech input finds the button by what it shows (WCAG 2.5.3).
            aria-label="Wrong match: mark this match as wrong"
            title="Hides this source for this figure; the mark stays in this browser"
            onClick={() => onDispute([match, ...versions])}
          >
            Wrong match
          </button>
        )}
      </p>
      {why.length > 0 && (
        <ul class="cc-why">
          {why.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {versions.length > 0 && (
        <div class="cc-versions">
          <p class="cc-versions-heading">
            Also in {versions.length} other version{versions.length > 1 ? 's' : ''} of this story
          </p>
          <ul>
            {versions.map((v, i) => (
              <li key={i}>
                <span class="cc-source-figure">{v.claim.text}</span> <span class="cc-outlet">{v.source.outlet}</span>
                {v.source.published && <time dateTime={v.source.published}>{v.source.published}</time>}{' '}
                <SourceLink match={v} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
