import 'fake-indexeddb/auto';
import { afterAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts from a fresh fake browser: storage, alarms and listeners emptied.
beforeEach(() => {
  fakeBrowser.reset();
});

// Preact runs effects after a paint: a requestAnimationFrame raced by a 35 ms timer, whose
// callback cancels the frame. A component test that ends with such a timer pending had it fire
// after jsdom was torn down ("cancelAnimationFrame is not defined", an unhandled error that
// fails the run on a loaded machine). Let those timers fire while jsdom is still there.
afterAll(async () => {
  if (typeof window === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, 60));
});
