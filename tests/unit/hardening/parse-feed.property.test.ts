import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feed/parse-feed';
import { readFixtureBytes } from '../feed/read-fixture';
import { corpusFeedBytes, corpusFeedNames, itWithCorpus } from '../../harness/shared-corpus';
import { applyMutations, mutationArbitrary } from './feed-mutations';
import { contractViolations } from './post-invariants';

// Thousands of damaged real feeds: parseFeed must never throw, and whatever it returns must
// keep the Post contract — or be a typed error with a known code and a message.
// Fixed seeds keep every run identical; a failure prints the counterexample to replay.

const SEED = 20_260_510;
const NOW = Date.parse('2026-05-10T12:00:00Z');
/** Parsing a mutated feed this slowly would stall the worker: treat it as a failure. */
const MAX_PARSE_MS = 1500;

/** The shared corpus's feeds (../shared/corpus/feeds); none where it is absent. */
const corpus = corpusFeedNames().map((name) => ({ name, bytes: corpusFeedBytes(name) }));
const small = corpus.filter((file) => file.bytes.length <= 100_000);
const large = corpus.filter((file) => file.bytes.length > 100_000);

const devFeed = readFixtureBytes('dev-to-rust.rss.xml');
/** The DEV feed cut to its first three items: the same format, a tenth of the parse time. */
const devSample = (() => {
  const text = new TextDecoder().decode(devFeed);
  let end = 0;
  for (let i = 0; i < 3; i++) end = text.indexOf('</item>', end) + '</item>'.length;
  return new TextEncoder().encode(`${text.slice(0, end)}\n  </channel>\n</rss>\n`);
})();

const CONTENT_TYPES = [
  null,
  'application/rss+xml; charset=utf-8',
  'application/atom+xml',
  'application/feed+json',
  'text/xml; charset=iso-8859-1',
  'text/html; charset=utf-8',
  'text/plain',
  'application/octet-stream',
  'application/xml; charset=utf-16',
];

type Fixture = { name: string; bytes: Uint8Array };

function checkParse(
  file: Fixture,
  mutations: Parameters<typeof applyMutations>[1],
  contentType: string | null,
  asString: boolean,
) {
  const bytes = applyMutations(file.bytes, mutations);
  const lenient = new TextDecoder().decode(bytes);
  const started = performance.now();
  let result;
  try {
    result = parseFeed(asString ? lenient : bytes, {
      feedUrl: 'https://dev.to/feed/tag/rust',
      contentType,
      now: NOW,
    });
  } catch (error) {
    throw new Error(`${file.name}: parseFeed threw ${String(error)}`, { cause: error });
  }
  const elapsed = performance.now() - started;
  const problems = contractViolations(result, lenient);
  if (elapsed > MAX_PARSE_MS) problems.push(`took ${Math.round(elapsed)} ms`);
  if (problems.length > 0) throw new Error(`${file.name}:\n  ${problems.join('\n  ')}`);
}

/** Files are drawn by name, so a counterexample prints short enough to read and replay. */
function propertyOver(files: readonly Fixture[], maxMutations: number) {
  const byName = new Map(files.map((file) => [file.name, file]));
  return fc.property(
    fc.constantFrom(...byName.keys()),
    fc.array(mutationArbitrary, { minLength: 1, maxLength: maxMutations }),
    fc.constantFrom(...CONTENT_TYPES),
    fc.boolean(),
    (name, mutations, contentType, asString) =>
      checkParse(byName.get(name)!, mutations, contentType, asString),
  );
}

describe('parseFeed on randomly damaged feeds', () => {
  it('keeps every fixture intact before damage (the oracle accepts the originals)', () => {
    for (const file of [{ name: 'dev-to-rust', bytes: devFeed }, ...corpus]) {
      expect(() => checkParse(file, [], null, false)).not.toThrow();
    }
  });

  it('never throws on the DEV feed sample, and keeps the Post contract', () => {
    fc.assert(propertyOver([{ name: 'dev-sample', bytes: devSample }], 6), {
      seed: SEED,
      numRuns: 4000,
    });
  }, 60_000);

  it('never throws on the whole DEV feed, and keeps the Post contract', () => {
    fc.assert(propertyOver([{ name: 'dev-to-rust', bytes: devFeed }], 4), {
      seed: SEED + 1,
      numRuns: 500,
    });
  }, 60_000);

  itWithCorpus(
    'never throws on the small corpus feeds, and keeps the Post contract',
    () => {
      fc.assert(propertyOver(small, 6), { seed: SEED + 2, numRuns: 5000 });
    },
    60_000,
  );

  itWithCorpus(
    'never throws on the large corpus feeds, and keeps the Post contract',
    () => {
      fc.assert(propertyOver(large, 3), { seed: SEED + 3, numRuns: 250 });
    },
    60_000,
  );
});
