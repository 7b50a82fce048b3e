import { describe, expect, it } from 'vitest';
import { isAddonError } from './addon-errors';

const UUID = '3f6c8b1e-5d2a-4e7f-9c10-7a4b2d8e6f35';
const ID = 'rust-radar@rust-radar.dev';
const ORIGIN = `moz-extension://${UUID}`;

// Lines as headless Firefox ESR prints them with the launcher's prefs.
describe('isAddonError', () => {
  it.each([
    `JavaScript error: ${ORIGIN}/background.js, line 1: Error: broken on purpose`,
    `JavaScript error: ${ORIGIN}/options.html, line 1: Error: an unhandled rejection`,
    `console.error: "Rust Radar: poll (alarm) failed unexpectedly" (new TypeError("x", "${ORIGIN}/background.js", 1))`,
    `console.error: "Rust Radar: start-up check failed"`,
    `console.error: "render failed" (new Error("boom", "${ORIGIN}/chunks/popup-a1.js", 1))`,
  ])('counts %s', (line) => {
    expect(isAddonError(line, UUID, ID)).toBe(true);
  });

  it.each([
    // Firefox's own modules and the BiDi agent, with no network and no D-Bus.
    'console.error: RSLoader: ',
    'console.error: (new Error("Polling for changes failed: NetworkError: Network request failed.", "resource://services-settings/remote-settings.sys.mjs", 490))',
    'JavaScript error: chrome://remote/content/shared/NavigationManager.sys.mjs, line 382: TypeError: can\'t access property "id", context is null',
    'JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError: can\'t access property "QueryInterface", aWindow.docShell is null',
    // The add-on's own, but not errors.
    `JavaScript warning: ${ORIGIN}/background.js, line 1: Script terminated by timeout at:`,
    'console.log: "Rust Radar: polled"',
    // Another add-on's page.
    'JavaScript error: moz-extension://00000000-0000-4000-8000-000000000000/page.js, line 1: Error',
  ])('ignores %s', (line) => {
    expect(isAddonError(line, UUID, ID)).toBe(false);
  });
});
