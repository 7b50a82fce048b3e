import { describe, expect, it } from 'vitest';
import { parseFeed } from '@/utils/feed/parse-feed';
import { judgePost } from '@/utils/relevance/judge-post';
import { readFixtureBytes } from '../feed/read-fixture';
import { DEV_RUST } from './helpers/make-post';

// The real DEV `rust` feed we ship as a fixture: ten Rust posts, a courier advert and one
// post of a daily self-promotion series (issue 15).
const parsed = parseFeed(readFixtureBytes('dev-to-rust.rss.xml'), {
  feedUrl: 'https://dev.to/feed/tag/rust',
  now: Date.UTC(2026, 4, 7),
});
const posts = parsed.ok ? parsed.items : [];
const verdictOf = (slug: string) =>
  judgePost(
    posts.find((post) => post.url.includes(slug))!,
    DEV_RUST,
  ).verdict;

describe('judgePost on the DEV fixture', () => {
  it('calls the courier advert and the self-promotion post spam, and nothing else', () => {
    const folded = posts
      .filter((post) => judgePost(post, DEV_RUST).verdict !== 'rust')
      .map((post) => [new URL(post.url).pathname.split('/')[1], judgePost(post, DEV_RUST).verdict]);
    expect(folded).toEqual([
      ['travis-mccracken-dev', 'spam'],
      ['packagetoday', 'spam'],
    ]);
  });

  it('keeps the Tauri app post whose text never names Rust', () => {
    expect(verdictOf('hiyokobar')).toBe('rust');
  });
});
