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
    // cooldowns, in storage.local) and the idb opener (connect-db).
    if (!/(?:settings|sources)-item\.ts$/.test(name))
      expect(code).not.toMatch(/wxt\/utils\/storage/);
    if (!name.endsWith('connect-db.ts')) expect(code).not.toMatch(/\bindexedDB\b/);
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
    // popup-early.ts and options-early.ts are entrypoints on purpose: the pages' classic early
    // scripts; so is opml-parser.ts, the OPML importer the options page loads only when used.
    expect(entries.sort()).toEqual([
      'background',
      'opml-parser.ts',
      'options',
      'options-early.ts',
      'popup',
      'popup-early.ts',
    ]);
    expect(readdirSync(join(ROOT, 'entrypoints/background'))).toEqual(['index.ts']);
    for (const page of ['popup', 'options']) {
      const files = readdirSync(join(ROOT, 'entrypoints', page)).filter((f) =>
        /\.(ts|tsx)$/.test(f),
      );
      expect(files).toEqual(['main.tsx']);
    }
  });
});

/**
 * The stages of `utils/`, in the order data flows through them (README "How it works"): a
 * folder may import only from folders before it, so the path reads straight through the
 * tree and no two folders import each other.
 */
const DATA_PATH = [
  'i18n', // words: the one translator every context and the tests use
  'feed', // fetch and parse a feed into Posts
  'sanitize', // make a post's HTML safe to show (pages only)
  'sources', // what is polled: the source list, curated feeds, OPML, duplicate keys
  'settings', // what the user set, and where it is stored
  'relevance', // is a post about Rust: the judge and what it learns from the reader
  'filters', // the one rule that decides what is shown
  'db', // IndexedDB: the diff of stored and parsed posts, storing, reading, read state, counts
  'notify', // how the reader hears of posts: the badge, notifications, open pages
  'schedule', // when to poll: backoff, host rests, the one alarm planner
  'poll', // one poll cycle, fetch to announce
  'popup', // the popup's logic
  'options', // the options page's logic
] as const;

/** The `utils/` folder each import of `file` (in folder `from`) reaches, with the import. */
function utilsImports(file: { name: string; code: string }): { folder: string; spec: string }[] {
  const dir = file.name.split('/').slice(0, -1).join('/');
  return [...file.code.matchAll(/^(?:import|export)[^;]*?from '([^']+)';$/gm)].flatMap(
    ([, spec = '']) => {
      let path: string;
      if (spec.startsWith('@/')) path = spec.slice(2);
      else if (spec.startsWith('.')) path = relative(ROOT, resolve(ROOT, dir, spec));
      else return [];
      const [top, folder] = path.split('/');
      return top === 'utils' && folder ? [{ folder, spec }] : [];
    },
  );
}

describe('utils/ follows the data path', () => {
  const folders = readdirSync(join(ROOT, 'utils'));

  it('holds only the stages of the data path, each a folder', () => {
    expect(folders.filter((name) => !statSync(join(ROOT, 'utils', name)).isDirectory())).toEqual(
      [],
    );
    expect([...folders].sort()).toEqual([...DATA_PATH].sort());
  });

  it.each(sourcesUnder('utils'))('$name imports only from earlier stages', (file) => {
    const own = file.name.split('/')[1]!;
    const rank = DATA_PATH.indexOf(own as (typeof DATA_PATH)[number]);
    for (const { folder, spec } of utilsImports(file)) {
      if (folder === own) continue;
      const target = DATA_PATH.indexOf(folder as (typeof DATA_PATH)[number]);
      expect(target, `${file.name} imports ${spec}, outside the data path`).not.toBe(-1);
      expect(target, `${file.name} imports ${spec}: ${folder} comes after ${own}`).toBeLessThan(
        rank,
      );
    }
  });

  it('has no two folders importing each other', () => {
    const edges = new Set(
      sourcesUnder('utils').flatMap((file) => {
        const own = file.name.split('/')[1]!;
        return utilsImports(file)
          .filter(({ folder }) => folder !== own)
          .map(({ folder }) => `${own}→${folder}`);
      }),
    );
    const mutual = [...edges].filter((edge) => edges.has(edge.split('→').reverse().join('→')));
    expect(mutual).toEqual([]);
  });

  it('writes posts only through utils/db/post-records.ts (their facets stay in step)', () => {
    // A write to `posts` anywhere else would leave the facets (what counts read) behind.
    const writesPosts =
      /transaction\('posts', 'readwrite'\)|transaction\(\[(?![^\]]*'facets')[^\]]*'posts'[^\]]*\], 'readwrite'\)|cursor\.(update|delete)\(|db\.(put|add|delete|clear)\('posts'/;
    const writers = sourcesUnder('utils')
      .filter(({ code }) => writesPosts.test(code))
      .map(({ name }) => name);
    expect(writers.filter((name) => name !== 'utils/db/post-records.ts')).toEqual([]);
  });

  it('touches the kept unread counts only where posts change or are counted', () => {
    // A count written anywhere else could disagree with the posts from then on.
    const touchers = sourcesUnder('utils')
      .filter(({ code }) => code.includes("'tallies'"))
      .map(({ name }) => name);
    expect(touchers.sort()).toEqual([
      'utils/db/first-frame-store.ts', // keeps the popup's copy, for the revision it saw
      'utils/db/post-records.ts', // every post change moves them
      'utils/db/unread-counts.ts', // read, or counted afresh
      'utils/db/upgrade-db.ts', // creates them; an upgrade drops them
    ]);
  });
});
