import { useState } from 'preact/hooks';
import type { PageClaim } from '@/lib/messages';
import { SentenceQuote } from '../SentenceQuote';
import { SourceList } from '../SourceList';
import { excerptAround } from './excerpt';

interface ClaimRowProps {
  claim: PageClaim;
  onReveal: (id: number) => void;
}

/** One figure of the page: a button that jumps to it, and a toggle for its sources. */
export function ClaimRow({ claim, onReveal }: ClaimRowProps) {
  const [open, setOpen] = useState(false);
  const sourcesId = `cc-sources-${claim.id}`;
  const excerpt = excerptAround(claim.sentence, claim.offsetInSentence, claim.text.length);
  return (
    <li class="cc-claim" data-claim={claim.id}>
      <button type="button" class="cc-claim-jump" onClick={() => onReveal(claim.id)} title="Show on the page">
        <span class="cc-claim-figure">{claim.text}</span>
        <SentenceQuote sentence={excerpt.text} figure={claim.text} offset={excerpt.offset} />
      </button>
      {claim.matches.length > 0 && (
        <button
          type="button"
          class="cc-claim-toggle"
          aria-expanded={open}
          aria-controls={sourcesId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide' : 'Show'} sources ({claim.matches.length})
        </button>
      )}
      {open && (
        <div id={sourcesId} class="cc-claim-sources">
          <SourceList matches={claim.matches} />
        </div>
      )}
    </li>
  );
}
