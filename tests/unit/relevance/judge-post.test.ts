import { describe, expect, it } from 'vitest';
import { markAuthor } from '@/utils/relevance/author-trust';
import { judgePost } from '@/utils/relevance/judge-post';
import { JUDGE_VERSION, type JudgeContext } from '@/utils/relevance/relevance';
import { DEV_RUST, filler, makePost, rustBlock } from './helpers/make-post';

const CURATED: JudgeContext = { source: { kind: 'curated', title: 'Rust Blog' } };
const CUSTOM: JudgeContext = { source: { kind: 'custom' } };

const COURIER = makePost({
  title: 'Express Courier Services Across the Country',
  tags: ['career', 'rust', 'startup'],
  summaryHtml: `<p>Call +92 300 1234567 to book a pickup. Our parcel delivery services reach every
    city and we offer same-day delivery. Prices start from Rs. 250 per parcel.</p>${filler(200)}`,
});

const TAURI_RELEASE = makePost({
  title: 'Announcing Tauri 2.1',
  tags: ['tauri', 'rust', 'desktop'],
  summaryHtml: `<p>The new release improves window management and the bundler.</p>${filler(200)}`,
});

describe('judgePost', () => {
  it.each([
    ['folds a courier advert with a phone number', COURIER, 'spam'],
    ['keeps a Tauri release that never says Rust', TAURI_RELEASE, 'rust'],
    [
      'keeps a code-heavy post that names Rust only in its code',
      makePost({
        title: 'Deriving traits for enums',
        summaryHtml: rustBlock(
          '#[derive(Debug)]\npub enum Shape { Circle }\nlet mut s = Vec::new();',
        ),
      }),
      'rust',
    ],
    [
      'folds a long post about another language with no Rust in it',
      makePost({
        title: 'Understanding Python decorators',
        tags: ['python', 'rust', 'tutorial'],
        summaryHtml: `${filler(200)}<pre class="highlight python"><code>@cache\ndef f(): pass</code></pre>`,
      }),
      'off-topic',
    ],
    [
      'folds a long post that is not about programming at all',
      makePost({ title: 'A walk by the harbour', summaryHtml: filler(300) }),
      'off-topic',
    ],
    [
      'does not fold for a single weak cue',
      makePost({
        title: 'Notes from a trip',
        summaryHtml: `<p>Tickets cost $20.</p>${filler(40)}`,
      }),
      'unsure',
    ],
    [
      'does not fold a post that mentions Rust only a few times',
      makePost({
        title: 'Notes from a trip',
        summaryHtml: `<p>I read about Rust on the train, and about Rust again later.</p>${filler(300)}`,
      }),
      'unsure',
    ],
    [
      'is unsure about a post too short to judge',
      makePost({ title: '0.3.1', summaryHtml: '<p>Bug fixes.</p>' }),
      'unsure',
    ],
  ])('%s', (_, post, verdict) => {
    expect(judgePost(post, DEV_RUST).verdict).toBe(verdict);
  });

  it('never folds a Rust Blog post, whatever it says', () => {
    for (const post of [COURIER, makePost({ title: 'A walk', summaryHtml: filler(400) })]) {
      const judgement = judgePost(post, CURATED);
      expect(judgement.verdict).toBe('rust');
      expect(judgement.reasons).toEqual([
        { key: 'relevanceRustSource', params: { source: 'Rust Blog' } },
      ]);
    }
  });

  it('judges a feed the reader added on its content', () => {
    expect(judgePost(TAURI_RELEASE, CUSTOM).verdict).toBe('rust');
    expect(judgePost(COURIER, CUSTOM).verdict).toBe('spam');
  });

  it('counts the feed’s own tag for nothing, but another Rust tag as evidence', () => {
    const post = makePost({
      title: 'Shipping the app',
      tags: ['tokio'],
      summaryHtml: `<p>We moved the server to a new runtime and the build got faster.</p>${filler(60)}`,
    });
    expect(judgePost(post, { source: { kind: 'dev-tag', tag: 'tokio' } }).verdict).toBe('unsure');
    expect(judgePost(post, CUSTOM).verdict).toBe('rust');
  });

  it('folds the next post of an author the reader marked as not Rust', () => {
    const context = { ...DEV_RUST, authorTrust: markAuthor(new Map(), 'jane', 'distrust') };
    expect(judgePost(TAURI_RELEASE, context)).toEqual({
      verdict: 'off-topic',
      reasons: [{ key: 'relevanceAuthorDistrusted', params: { author: 'Jane Doe' } }],
      version: JUDGE_VERSION,
    });
  });

  it('lists the next post of an author the reader marked as Rust', () => {
    const context = { ...DEV_RUST, authorTrust: markAuthor(new Map(), 'jane', 'trust') };
    expect(judgePost(COURIER, context).verdict).toBe('rust');
  });

  it('gives its strongest reasons first, at most four', () => {
    const { reasons } = judgePost(COURIER, DEV_RUST);
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons.length).toBeLessThanOrEqual(4);
    expect(reasons.map(({ key }) => key)).toContain('relevanceAdPhone');
  });

  it('is deterministic and leaves the post untouched', () => {
    const copy = structuredClone(COURIER);
    expect(judgePost(COURIER, DEV_RUST)).toEqual(judgePost(COURIER, DEV_RUST));
    expect(COURIER).toEqual(copy);
  });
});
