import type { Match } from '@/lib/compare/types';
import { safeHttpUrl } from '@/lib/safe-url';
import { SentenceQuote } from './SentenceQuote';

/** One source's version of the figure: the number as it wrote it, its sentence, and where it comes from. */
export function SourceItem({ match }: { match: Match }) {
  const { claim, source, why } = match;
  const url = safeHttpUrl(source.url);
  const title = source.title || source.origin;
  return (
    <li class="cc-source">
      <p class="cc-source-claim">
        <span class="cc-source-figure">{claim.text}</span>
        <SentenceQuote sentence={claim.sentence} figure={claim.text} offset={claim.offsetInSentence} />
      </p>
      <p class="cc-source-meta">
        <span class="cc-outlet">{source.outlet}</span>
        {source.published && <time dateTime={source.published}>{source.published}</time>}
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          <span>{title}</span>
        )}
      </p>
      {why.length > 0 && (
        <ul class="cc-why">
          {why.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
