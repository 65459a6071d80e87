import type { Verdict } from '@/lib/compare/types';
import { VerdictBadge } from '../VerdictBadge';
import { VERDICT_EXPLANATION, VERDICT_ORDER } from '../verdicts';
import './onboarding.css';

/** How each verdict's figure looks on a page: the underline a reader will meet, described in words too. */
const UNDERLINE: Record<Verdict, string> = {
  conflict: 'wavy red underline',
  mixed: 'double orange underline',
  agree: 'solid green underline',
  compatible: 'dotted blue underline',
  unverified: 'thin grey dotted underline',
};

/** The page shown once, on install: what the colours mean, where the corpus lives, what never leaves. */
export function Onboarding({ onOpenCorpus }: { onOpenCorpus: () => void }) {
  return (
    <main class="cc-onboarding">
      <h1>Crosscheck is ready</h1>
      <p>
        Open a news article: every figure in it is underlined, coloured by what the other articles in your corpus say
        about the same quantity. Rest the pointer on a figure to see the sources.
      </p>
      <h2>What the underlines mean</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Verdict</th>
            <th scope="col">On the page</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {VERDICT_ORDER.map((verdict) => (
            <tr key={verdict} data-verdict={verdict}>
              <td>
                <VerdictBadge verdict={verdict} />
              </td>
              <td>
                <span class={`cc-sample cc-sample-${verdict}`}>1,200</span> {UNDERLINE[verdict]}
              </td>
              <td>{VERDICT_EXPLANATION[verdict]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Your corpus stays with you</h2>
      <p>
        The articles Crosscheck compares against live in this browser's own storage. It starts with five reports of one
        story; import your own bundles (JSON, JSON Lines, CSV, text, web pages, ZIP) to check the news you follow.
      </p>
      <p>
        <button type="button" class="cc-primary" onClick={onOpenCorpus}>
          Open the corpus
        </button>
      </p>
      <h2>Nothing leaves the browser</h2>
      <p>
        Crosscheck makes no network requests and loads no remote code. Pages are read on your machine and the corpus is
        never sent anywhere.
      </p>
      <h2>Keys</h2>
      <ul>
        <li>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>P</kbd>: next or previous contradicted figure
        </li>
        <li>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>.</kbd> / <kbd>,</kbd>: next or previous checked figure
        </li>
        <li>
          <kbd>Escape</kbd>: close a card
        </li>
      </ul>
    </main>
  );
}
