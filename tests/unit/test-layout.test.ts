import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Convention test (STYLE.md): the browser tests and the bench share one harness, and neither
// reaches into the other. tests/harness/ drives the extension from outside (Chromium launcher,
// local feed server, DEV feed builder, stored-post helpers); tests/browser/ holds only tests
// and their own fixtures; bench/ holds only measurements.
const ROOT = resolve(__dirname, '../..');
const AREAS = ['bench', 'tests/browser', 'tests/harness'] as const;
type Area = (typeof AREAS)[number];

/** What each area must not import from. */
const FORBIDDEN: Record<Area, readonly Area[]> = {
  bench: ['tests/browser'],
  'tests/browser': ['bench'],
  'tests/harness': ['bench', 'tests/browser'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    // bench/tmp holds the bench's scratch files (copies of the build), not its code.
    if (path === join('bench', 'tmp')) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry) ? [path] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** Project folders (relative to the root) that `file` imports from by a relative path. */
function relativeImports(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(SPECIFIER)]
    .map((match) => match[1]!)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), specifier)));
}

const inArea = (path: string, area: Area) =>
  path === area || path.startsWith(area.split('/').join(sep) + sep);

describe('test layout', () => {
  const edges = AREAS.flatMap((area) =>
    filesUnder(area).flatMap((file) =>
      relativeImports(file).map((target) => ({ area, file, target })),
    ),
  );

  it('finds the imports it checks (the harness is used from both sides)', () => {
    for (const area of ['bench', 'tests/browser'] as const) {
      expect(edges.some((e) => e.area === area && inArea(e.target, 'tests/harness'))).toBe(true);
    }
  });

  it.each(AREAS)('%s imports nothing from the areas it must not', (area) => {
    const crossings = edges
      .filter((e) => e.area === area && FORBIDDEN[area].some((other) => inArea(e.target, other)))
      .map((e) => `${e.file} → ${e.target}`);
    expect(crossings).toEqual([]);
  });
});
