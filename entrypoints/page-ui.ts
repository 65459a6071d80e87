import { startPageUi } from './crosscheck/page-ui';

// Built as a module (see wxt.config.ts): the content script imports it and receives this function.
export default defineUnlistedScript(() => startPageUi);
