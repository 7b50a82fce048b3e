import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// STYLE.md: components take props and emit callbacks; utils/ takes platform APIs as
// parameters. These fail when someone wires the browser into the wrong layer.
const ROOT = resolve(__dirname, '../../..');
const sources = (dir: string) =>
  readdirSync(join(ROOT, dir)).map((name) => ({
    name: `${dir}/${name}`,
    text: readFileSync(join(ROOT, dir, name), 'utf8'),
  }));

describe('options page architecture', () => {
  it.each(sources('components/options'))('$name reaches no browser API or database', ({ text }) => {
    expect(text).not.toMatch(/\b(browser|chrome)\.\w/);
    expect(text).not.toMatch(/from 'wxt\/(browser|utils\/storage)'/);
    expect(text).not.toMatch(/^import (?!type).*from '(idb|.*utils\/db\/.*)';$/m);
  });

  it.each([...sources('utils/options'), ...sources('utils/settings')])(
    '$name imports no browser API as a value',
    ({ name, text }) => {
      expect(text).not.toMatch(/^import (?!type).*from 'wxt\/browser';$/m);
      // The one storage adapter: defining the item needs WXT's storage.
      if (!name.endsWith('settings-item.ts')) expect(text).not.toMatch(/wxt\/utils\/storage/);
    },
  );

  it('keeps the options entrypoint folder to its page, glue and styles', () => {
    expect(readdirSync(join(ROOT, 'entrypoints/options')).sort()).toEqual([
      'index.html',
      'main.tsx',
      'style.css',
    ]);
  });
});
