import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The feed parser runs in a Chromium service worker and in Node: no DOM, no extension APIs,
 * no Node-only modules. This reads the sources of utils/feed/ and fails on the usual slips.
 */
const FEED_DIRECTORY = fileURLToPath(new URL('../../../utils/feed/', import.meta.url));

const FORBIDDEN: [string, RegExp][] = [
  ['DOM globals', /\b(?:document|window|navigator)\.|\bDOMParser\b|\blocalStorage\b/],
  ['extension APIs', /\b(?:browser|chrome)\.[a-z]/],
  ['Node-only APIs', /\b(?:Buffer|process|require)\b|from ['"]node:/],
  ['the network', /\bfetch\(|XMLHttpRequest/],
];

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const sources = readdirSync(FEED_DIRECTORY)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, stripComments(readFileSync(FEED_DIRECTORY + name, 'utf8'))] as const);

describe('utils/feed stays portable', () => {
  it('has sources to check', () => {
    expect(sources.map(([name]) => name)).toContain('parse-feed.ts');
  });

  it.each(sources)('%s uses no browser-, DOM- or Node-only API', (_name, source) => {
    for (const [what, pattern] of FORBIDDEN) {
      expect(source, what).not.toMatch(pattern);
    }
  });
});
