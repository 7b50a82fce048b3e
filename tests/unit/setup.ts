import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts from a fresh fake browser: storage, alarms and listeners emptied.
beforeEach(() => {
  fakeBrowser.reset();
});
