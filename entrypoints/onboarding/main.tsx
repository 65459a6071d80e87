import { render } from 'preact';
import { Onboarding } from '@/components/onboarding/Onboarding';
import '@/components/claim-card.css';

render(<Onboarding onOpenCorpus={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
