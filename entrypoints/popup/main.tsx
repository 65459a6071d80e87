import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/claim-card.css';
import '@/components/visually-hidden.css';
import { targetTabId } from '@/extension/popup/target-tab';

render(<PopupApp tabId={await targetTabId(location.search)} />, document.getElementById('app')!);
