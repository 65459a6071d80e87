import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import type { FileProgress } from '@/lib/corpus/import-protocol';
import { ImportProgressBar } from './ImportProgressBar';
import type { ProgressFeed } from './useImport';

/** A feed the test drives by hand, counting who listens, as the import's own feed is driven by the worker. */
function handFeed() {
  let current: FileProgress | null = null;
  const listeners = new Set<() => void>();
  const feed: ProgressFeed = {
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const report = (progress: FileProgress) => {
    current = progress;
    for (const listener of listeners) listener();
  };
  return { feed, report, listening: () => listeners.size };
}

const progress = (p: Partial<FileProgress>): FileProgress => ({
  fileName: 'wire.jsonl',
  index: 0,
  count: 1,
  stage: 'importing',
  articles: 0,
  claims: 0,
  written: 0,
  total: 400,
  ...p,
});

async function mount(feed: ProgressFeed, cancelling = false) {
  const { document: page } = parseHTML('<!doctype html><html><body></body></html>');
  const root = page.createElement('div');
  page.body.append(root);
  await act(() =>
    render(<ImportProgressBar state={{ progress: feed, cancelling }} onCancel={() => undefined} />, root),
  );
  const status = () => root.querySelector('[data-testid="import-progress"]')!.textContent;
  const cancel = () => root.querySelector<HTMLButtonElement>('[data-testid="import-cancel"]')!;
  return { root, status, cancel };
}

it('follows each report of the feed on its own, from the start to the last transaction', async () => {
  const { feed, report } = handFeed();
  const { status, cancel, root } = await mount(feed);
  expect(status()).toBe('Starting…');

  await act(() => report(progress({ stage: 'reading' })));
  expect(status()).toBe('wire.jsonl: reading and checking…');

  await act(() => report(progress({ articles: 250, claims: 1_210, written: 200 })));
  expect(status()).toBe('wire.jsonl: 200 of 400 articles written (250 analysed, 1,210 claims found)…');
  expect(root.querySelector('progress')!.getAttribute('value')).toBe('200');
  expect(cancel().disabled).toBe(false);

  await act(() => report(progress({ stage: 'committing', articles: 400, claims: 1_900, written: 400 })));
  expect(status()).toBe(
    'wire.jsonl: 400 of 400 articles written (400 analysed, 1,900 claims found); adding them to the corpus…',
  );
  expect(cancel().disabled).toBe(true);
});

it('shows the report already in the feed when it mounts, and stops listening when it goes', async () => {
  const { feed, report, listening } = handFeed();
  report(progress({ index: 1, count: 3, written: 10 }));
  const { status, root } = await mount(feed);
  expect(status()).toBe('File 2 of 3, wire.jsonl: 10 of 400 articles written (0 analysed, 0 claims found)…');
  expect(listening()).toBe(1);
  await act(() => render(null, root));
  expect(listening()).toBe(0);
});

it('says it is cancelling and offers no second cancel', async () => {
  const { feed } = handFeed();
  const { status, cancel } = await mount(feed, true);
  expect(status()).toBe('Cancelling…');
  expect(cancel().disabled).toBe(true);
});
