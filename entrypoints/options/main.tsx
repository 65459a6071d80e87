import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/visually-hidden.css';
import '@/components/options/options.css';
import { openCorpus } from '@/lib/corpus/db';
import { CORPUS_CHANGED } from '@/lib/messages';
// Vite's worker import: WXT's build rewrites import.meta.url, so `new Worker(new URL(...))` is not bundled.
import ImportWorker from './import.worker.ts?worker';

const loadSeedBundle = async (): Promise<unknown> => (await fetch(browser.runtime.getURL('/seed-bundle.json'))).json();

// The background tells open tabs, which check their figures again.
const corpusChanged = () => void browser.runtime.sendMessage(CORPUS_CHANGED).catch(() => undefined);

render(
  <OptionsApp
    db={openCorpus()}
    loadSeedBundle={loadSeedBundle}
    createImportWorker={() => new ImportWorker()}
    onCorpusChanged={corpusChanged}
    storage={navigator.storage}
  />,
  document.getElementById('app')!,
);
