import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Convention test (STYLE.md): components show no words of their own; every word comes from
// the messages files through the translator. It reads the sources, so a hard-coded label
// fails here before a translator ever finds it.
const ROOT = resolve(__dirname, '../../..');

function components(dir = 'components'): { name: string; code: string }[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(ROOT, dir, entry);
    if (statSync(path).isDirectory()) return components(relative(ROOT, path));
    if (!entry.endsWith('.tsx')) return [];
    const code = readFileSync(path, 'utf8')
      .replace(/\{?\/\*[\s\S]*?\*\/\}?/g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    return [{ name: relative(ROOT, path), code }];
  });
}

/** Two letters in a row: words, not `j`/`k` key caps, `#`, `×` or `·`. */
const WORD = /\p{L}{2,}/u;

/**
 * JSX text: before a closing tag (`<h2>No posts yet</h2>`, `{n} posts</span>`) or between a
 * tag and an expression (`<span>Marked {n}`). Arrows (`=> {`) are code, not text.
 */
function jsxTexts(code: string): string[] {
  return (
    [...code.matchAll(/[>}]([^<>{}]*)<\//g), ...code.matchAll(/(?<![=-])>([^<>{}]*)\{/g)]
      .map((m) => m[1]!.trim())
      // What is left of TypeScript generics (`useRef<HTMLElement>(null);`) is code, not text.
      .filter((text) => WORD.test(text) && !/[=;]|^\(|\)$/.test(text))
  );
}

/** Attributes users read, written as literals: `aria-label="Refresh"`. */
function literalAttributes(code: string): string[] {
  return [
    ...code.matchAll(/\b(aria-label|title|placeholder|alt|label|buttonLabel|unit)="([^"]*)"/g),
  ]
    .map((m) => `${m[1]}="${m[2]}"`)
    .filter((attribute) => WORD.test(attribute.split('=')[1]!));
}

describe('components', () => {
  it.each(components())('$name takes every word from the translator', ({ code }) => {
    expect(jsxTexts(code)).toEqual([]);
    expect(literalAttributes(code)).toEqual([]);
  });
});
