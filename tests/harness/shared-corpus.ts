import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

// Real feeds and an OPML list taken from other people's public repositories live in
// ../shared/corpus (every development machine and CI have it), never in this project: the
// tests and the bench read them there through this one helper. See ../shared/corpus/README.md.

/** The repository's root, wherever the test or bench file asking sits. */
export const REPO_ROOT = resolve(__dirname, '../..');

/** Reads one corpus folder: `feeds/` (with `MANIFEST.tsv`), `opml/`, `posts/`. */
export interface CorpusReader {
  dir: string;
  /**
   * Why corpus tests are skipped, or undefined when the corpus is here. Only a missing folder
   * skips: a folder that is present but lacks a file a test names makes that test fail.
   */
  missingReason: string | undefined;
  /** The bytes of `feeds/<name>`, exactly as stored (no decoding). */
  feedBytes(name: string): Uint8Array;
  /** The feed files (XML and JSON) in `feeds/`, sorted; none when the corpus is absent. */
  feedNames(): string[];
  /** `feeds/MANIFEST.tsv` as records keyed by its header's column names; none when absent. */
  feedManifest(): Record<string, string>[];
  /** `<relativePath>` as UTF-8 text, e.g. `opml/read-rust-blogs.opml`, `posts/x.md`. */
  text(relativePath: string): string;
}

export function createCorpusReader(dir: string): CorpusReader {
  const missingReason = existsSync(dir)
    ? undefined
    : `skipped: the shared test corpus is missing (no ${dir}); it is the ../shared/corpus ` +
      `folder next to this repository that every development machine and CI have, holding ` +
      `real feeds from public repositories that this project does not copy`;

  const path = (relativePath: string): string => {
    if (missingReason) throw new Error(`${relativePath}: ${missingReason}`);
    const file = resolve(dir, relativePath);
    if (!existsSync(file))
      throw new Error(
        `the shared corpus is present but has no ${relativePath} (looked for ${file}); ` +
          `a test names a corpus file the shared corpus does not hold`,
      );
    return file;
  };
  const text = (relativePath: string) => readFileSync(path(relativePath), 'utf8');

  return {
    dir,
    missingReason,
    feedBytes: (name) => new Uint8Array(readFileSync(path(`feeds/${name}`))),
    feedNames: () =>
      missingReason
        ? []
        : readdirSync(path('feeds'))
            .filter((name) => /\.(xml|json)$/.test(name))
            .sort(),
    feedManifest: () => {
      if (missingReason) return [];
      const [header, ...lines] = text('feeds/MANIFEST.tsv').trimEnd().split('\n');
      const columns = header!.split('\t');
      return lines.map((line) => {
        const cells = line.split('\t');
        return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
      });
    },
    text,
  };
}

/** The corpus every test and the bench read: `../shared/corpus` next to the repository. */
export const sharedCorpus = createCorpusReader(resolve(REPO_ROOT, '../shared/corpus'));

export const corpusMissingReason = sharedCorpus.missingReason;
export const corpusFeedBytes = sharedCorpus.feedBytes;
export const corpusFeedNames = sharedCorpus.feedNames;
export const corpusFeedManifest = sharedCorpus.feedManifest;
export const corpusOpmlText = (name: string) => sharedCorpus.text(`opml/${name}`);

/** `describe` for corpus tests: skipped, with the reason in its name, when the corpus is absent. */
export function describeWithCorpus(name: string, body: () => void): void {
  if (corpusMissingReason) describe.skip(`${name} (${corpusMissingReason})`, body);
  else describe(name, body);
}

/** `it` for one corpus test inside a describe that also holds tests needing no corpus. */
export function itWithCorpus(
  name: string,
  body: () => void | Promise<void>,
  timeout?: number,
): void {
  if (corpusMissingReason) it.skip(`${name} (${corpusMissingReason})`, body);
  else it(name, body, timeout);
}
