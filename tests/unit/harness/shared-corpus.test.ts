import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpusReader } from '../../harness/shared-corpus';

// The corpus is read from ../shared, never copied: a machine without it skips the corpus
// tests with a reason, and a corpus that lacks a file a test names fails that test.
describe('the shared corpus reader', () => {
  it('skips, saying what is missing and where it comes from, when the folder is absent', () => {
    const corpus = createCorpusReader(join(tmpdir(), 'no-such-corpus-folder'));
    expect(corpus.missingReason).toMatch(/shared test corpus is missing .*no-such-corpus-folder/);
    expect(corpus.missingReason).toContain('every development machine and CI have');
    expect(corpus.feedNames()).toEqual([]);
    expect(corpus.feedManifest()).toEqual([]);
    expect(() => corpus.feedBytes('rust-blog.atom.xml')).toThrow(/corpus is missing/);
  });

  it('fails loudly when the folder is there but a named file is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'radar-corpus-'));
    mkdirSync(join(dir, 'feeds'));
    writeFileSync(join(dir, 'feeds', 'a.rss.xml'), '<rss/>');
    writeFileSync(join(dir, 'feeds', 'MANIFEST.tsv'), 'file\titem_count\na.rss.xml\t0\n');
    const corpus = createCorpusReader(dir);
    expect(corpus.missingReason).toBeUndefined();
    expect(corpus.feedNames()).toEqual(['a.rss.xml']);
    expect(corpus.feedManifest()).toEqual([{ file: 'a.rss.xml', item_count: '0' }]);
    expect(() => corpus.feedBytes('rust-blog.atom.xml')).toThrow(
      /present but has no feeds\/rust-blog\.atom\.xml/,
    );
    expect(() => corpus.text('opml/read-rust-blogs.opml')).toThrow(/present but has no opml/);
  });
});
