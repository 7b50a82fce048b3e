import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFERRED_MODULE_TYPE } from '../../utils/popup/page-module';
import { staticLoadGraph } from './import-graph';

// What a built extension must carry and must not, checked on the Chromium build
// (tests/browser/bundle-contents.test.ts) and on the Firefox one (tests/firefox/): both are
// built from one config, and a build step that pulls code in unasked may do so in one only.

// What the built extension must not carry. Each entry is a library some build step pulled in
// unasked, once: the bench's size budgets would show the growth, but only this names the cause.

/** [what it is, a string only its code holds, why it does not belong]. */
const UNWANTED: [string, string, string][] = [
  [
    "WXT's storage module (@wxt-dev/storage)",
    'Storage key should be in the form of "area:key"',
    // WXT's build runs unimport even with `imports: false` (for `#imports`), and a parameter
    // named `storage` once made it import WXT's own `storage` into every page and the worker:
    // 3 kB gzipped each. Settings go through utils/settings/settings-storage.ts instead.
    'settings are read and written by utils/settings/settings-storage.ts',
  ],
  [
    "rolldown's runtime for inlined shared chunks",
    'was not registered before it was required',
    // Popup and options built together shared chunks; inlining them into each page wrapped
    // every module in a lazy initializer and added an export map and a runtime file: 3 kB gz
    // of the popup's 30 kB. wxt.config.ts now builds each page on its own.
    'each page is built on its own (wxt.config.ts, `entrypoints:grouped`)',
  ],
  [
    "Vite's modulepreload polyfill",
    'link[rel="modulepreload"]',
    // Every browser the extension supports has modulepreload; the polyfill was 0.2–0.3 kB gz
    // of each page at open.
    'wxt.config.ts turns it off (`build.modulePreload.polyfill`)',
  ],
];

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Checks the build in `dir` (`name` says which, in the test names). */
export function describeBuiltExtension(name: string, dir: string): void {
  describe(`the built extension (${name})`, () => {
    const files = scripts(dir);

    it('has scripts to look at', () => {
      expect(files.map((file) => relative(dir, file))).toEqual(
        expect.arrayContaining(['background.js', 'popup-early.js', 'options-early.js']),
      );
    });

    // Each file is a request of its own to Chromium's extension loader, and the popup's first
    // post waits for the last of them (docs/performance.md). The early scripts are classic ones.
    it.each(['popup.html', 'options.html'])('%s loads one module at open', (page) => {
      const modules = staticLoadGraph(dir, page).files.filter(
        (file) => file.endsWith('.js') && !['popup-early.js', 'options-early.js'].includes(file),
      );
      expect(modules).toHaveLength(1);
    });

    // The popup's early script loads its module after the kept first frame is painted
    // (utils/popup/page-module.ts): the HTML must not load it too, nor lose it.
    it("leaves popup.html's module to its early script, and no other page's", () => {
      const popup = readFileSync(join(dir, 'popup.html'), 'utf8');
      expect(popup).toMatch(/<script src="\/popup-early\.js"[^>]*data-loads-module/);
      expect(popup).not.toMatch(/<script[^>]*type="module"/);
      expect(
        popup.match(new RegExp(`<script type="${DEFERRED_MODULE_TYPE}"[^>]*src=`, 'g')),
      ).toHaveLength(1);
      const options = readFileSync(join(dir, 'options.html'), 'utf8');
      expect(options).toMatch(/<script type="module"[^>]*src=/);
      expect(options).not.toContain(DEFERRED_MODULE_TYPE);
    });

    // Only a popup opening the database before the worker upgraded it needs the upgrade code
    // (utils/db/connect-db.ts): the popup loads it on demand, the worker and options have it.
    it("leaves the database's upgrade code out of the popup at open, and loads it on demand", () => {
      const upgradeCode = 'createObjectStore';
      const carries = (file: string) => readFileSync(join(dir, file), 'utf8').includes(upgradeCode);
      const popup = staticLoadGraph(dir, 'popup.html');
      expect(popup.files.filter((file) => file.endsWith('.js') && carries(file))).toEqual([]);
      expect(popup.lazy.filter(carries)).toHaveLength(1);
      expect(carries('background.js')).toBe(true);
      expect(staticLoadGraph(dir, 'options.html').files.some(carries)).toBe(true);
    });

    // The early scripts run before the page's module: only what they use. The source lists are
    // marked pure for it (utils/sources/source.ts, curated-sources.ts).
    it('keeps the source lists out of the early scripts', () => {
      for (const early of ['popup-early.js', 'options-early.js']) {
        const code = readFileSync(join(dir, early), 'utf8');
        expect(code, early).not.toContain('this-week-in-rust.org');
        expect(code, early).not.toContain('dev.to/feed/tag/');
      }
    });

    // Comments are for the source; the build strips them from what every open loads.
    it.each(['popup.html', 'options.html'])('%s carries no HTML comments', (page) => {
      expect(readFileSync(join(dir, page), 'utf8')).not.toContain('<!--');
    });

    it.each(UNWANTED)('leaves out %s', (_name, marker, reason) => {
      const carriers = files
        .filter((file) => readFileSync(file, 'utf8').includes(marker))
        .map((file) => relative(dir, file));
      expect(carriers, reason).toEqual([]);
    });
  });
}
