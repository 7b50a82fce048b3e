import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Convention tests (STYLE.md): they fail when the architecture is broken, not when code
// changes. utils/ takes platform APIs as parameters; components take props; entrypoints
// hold glue only.
const ROOT = resolve(__dirname, '../..');

function sourcesUnder(dir: string): { name: string; code: string }[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(ROOT, dir, entry);
    if (statSync(path).isDirectory()) return sourcesUnder(relative(ROOT, path));
    if (!/\.(ts|tsx)$/.test(entry)) return [];
    return [{ name: relative(ROOT, path), code: withoutComments(readFileSync(path, 'utf8')) }];
  });
}

/** Comments may name APIs ("the part of browser.notifications we need"); code may not. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const BROWSER_CALL =
  /\b(browser|chrome)\.(runtime|storage|alarms|action|browserAction|tabs|notifications|i18n)\.\w+\s*\(/;
const VALUE_IMPORT = (module: string) =>
  new RegExp(`^import (?!type )[^;]*from '${module}';$`, 'm');

describe('architecture', () => {
  it.each(sourcesUnder('utils'))('$name calls no browser API directly', ({ name, code }) => {
    expect(code).not.toMatch(BROWSER_CALL);
    expect(code).not.toMatch(VALUE_IMPORT('wxt/browser'));
    // The thin adapters STYLE.md allows: the storage items (settings; sources and host
    // cooldowns, in storage.local) and the idb opener.
    if (!/(?:settings|sources)-item\.ts$/.test(name))
      expect(code).not.toMatch(/wxt\/utils\/storage/);
    if (!name.endsWith('open-db.ts')) expect(code).not.toMatch(/\bindexedDB\b/);
    expect(code).not.toMatch(/\b(document|window|localStorage)\.\w/);
  });

  it.each(sourcesUnder('components'))(
    '$name is props-only (no browser, no database)',
    ({ code }) => {
      expect(code).not.toMatch(/\b(browser|chrome)\.\w/);
      expect(code).not.toMatch(VALUE_IMPORT('wxt/browser'));
      expect(code).not.toMatch(/wxt\/utils\/storage/);
      expect(code).not.toMatch(VALUE_IMPORT('idb'));
      expect(code).not.toMatch(VALUE_IMPORT("[^']*utils/db/[^']*"));
      expect(code).not.toMatch(/\bindexedDB\b/);
    },
  );

  it('puts exactly one component in charge of raw HTML', () => {
    const users = sourcesUnder('components').filter(({ code }) =>
      code.includes('dangerouslySetInnerHTML'),
    );
    expect(users.map(({ name }) => name)).toEqual(['components/shared/sanitized-html.tsx']);
  });

  it('keeps DOMPurify inside utils/sanitize', () => {
    const importers = [
      ...sourcesUnder('utils'),
      ...sourcesUnder('components'),
      ...sourcesUnder('entrypoints'),
    ]
      .filter(({ code }) => /from 'dompurify'/.test(code))
      .map(({ name }) => name);
    expect(importers.every((name) => name.startsWith('utils/sanitize/'))).toBe(true);
    expect(importers.length).toBeGreaterThan(0);
  });

  it('leaves no helper file loose in entrypoints/ (WXT would build it as an entrypoint)', () => {
    const entries = readdirSync(join(ROOT, 'entrypoints'));
    // popup-early.ts is an entrypoint on purpose: the popup's classic early script.
    expect(entries.sort()).toEqual(['background', 'options', 'popup', 'popup-early.ts']);
    expect(readdirSync(join(ROOT, 'entrypoints/background'))).toEqual(['index.ts']);
    for (const page of ['popup', 'options']) {
      const files = readdirSync(join(ROOT, 'entrypoints', page)).filter((f) =>
        /\.(ts|tsx)$/.test(f),
      );
      expect(files).toEqual(['main.tsx']);
    }
  });
});
