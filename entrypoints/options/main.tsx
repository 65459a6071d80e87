import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/options/options.css';
import { openCorpus } from '@/lib/corpus/db';

const loadSeedBundle = async () => (await fetch(browser.runtime.getURL('/seed-bundle.json'))).json();

render(<OptionsApp db={openCorpus()} loadSeedBundle={loadSeedBundle} />, document.getElementById('app')!);
