import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * utils/sources/ is the pure foundation of multi-source polling: the worker, the popup and the
 * options page all call it, and its tests replay exact times. So: no platform APIs, and no
 * hidden inputs — the clock and randomness come in as arguments, never from globals.
 */
const SOURCES_DIRECTORY = fileURLToPath(new URL('../../../utils/sources/', import.meta.url));

const FORBIDDEN: [string, RegExp][] = [
  ['DOM globals', /\b(?:document|window|navigator)\.|\bDOMParser\b|\blocalStorage\b/],
  ['extension APIs', /\b(?:browser|chrome)\.[a-z]/],
  ['Node-only APIs', /\b(?:Buffer|process|require)\b|from ['"]node:/],
  ['the network', /\bfetch\(|XMLHttpRequest/],
  ['the clock', /\bDate\.now\(|\bnew Date\(\)|\bperformance\.now\(/],
  ['randomness', /\bMath\.random\(|\bcrypto\./],
  ['timers', /\bset(?:Timeout|Interval)\(/],
];

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const sources = readdirSync(SOURCES_DIRECTORY)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, stripComments(readFileSync(SOURCES_DIRECTORY + name, 'utf8'))] as const);

describe('utils/sources stays pure', () => {
  it('has sources to check', () => {
    expect(sources.map(([name]) => name)).toEqual(
      expect.arrayContaining(['source.ts', 'opml-import.ts', 'dedupe.ts', 'curated-sources.ts']),
    );
  });

  it.each(sources)('%s uses no platform API, clock, randomness or timer', (_name, source) => {
    for (const [what, pattern] of FORBIDDEN) expect(source, what).not.toMatch(pattern);
  });

  it.each(sources)(
    '%s does nothing when imported but declare (no top-level calls)',
    (_name, source) => {
      // Top-level statements may only import, export or declare; a bare call would run on import.
      const topLevelCalls = source
        .split('\n')
        .filter(
          (line) =>
            /^[A-Za-z_$][\w$.]*\s*\(/.test(line) &&
            !/^(?:function|export|import|const|let|type|interface)\b/.test(line),
        );
      expect(topLevelCalls).toEqual([]);
    },
  );
});
