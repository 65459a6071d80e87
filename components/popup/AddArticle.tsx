import type { AddState } from './usePageArticle';

/** What the popup says under the button: why the article cannot be added, or what became of it. */
function note(state: AddState): string {
  switch (state.kind) {
    case 'reading':
      return 'Reading the article on this page…';
    case 'new':
      return `Adds “${state.title}” to “Articles I added”, so your other pages are checked against it.`;
    case 'adding':
      return `Adding “${state.title}”…`;
    case 'added':
      return `Added: ${state.title}`;
    case 'stored':
      return `Already in your corpus, in “${state.bundle}”: ${state.title}`;
    case 'unavailable':
      return state.reason;
  }
}

/**
 * The button that adds the page's article to the reader's corpus. When there is nothing to add it stays
 * in the tab order, marked disabled (aria-disabled, not the disabled attribute, which would take it out
 * of the tab order), with the reason as its description.
 */
export function AddArticle({ state, onAdd }: { state: AddState; onAdd: () => void }) {
  const enabled = state.kind === 'new';
  return (
    <section class="cc-add" aria-label="Your corpus">
      <button
        type="button"
        class="cc-add-button"
        aria-disabled={enabled ? undefined : 'true'}
        aria-describedby="cc-add-note"
        data-state={state.kind}
        onClick={() => enabled && onAdd()}
      >
        Add this article to my corpus
      </button>
      <p id="cc-add-note" class="cc-add-note" role="status" aria-live="polite">
        {note(state)}
      </p>
    </section>
  );
}
