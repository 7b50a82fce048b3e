import { describe, expect, it } from 'vitest';
import {
  coerceAuthorTrust,
  markAuthor,
  MAX_AUTHORS,
  serializeAuthorTrust,
} from '@/utils/relevance/author-trust';
import { EMPTY_CORRECTION_MODEL, learn } from '@/utils/relevance/correction-model';
import { judgePost } from '@/utils/relevance/judge-post';
import { recordCorrection } from '@/utils/relevance/record-correction';
import { DEV_RUST, makePost, rustBlock } from './helpers/make-post';

/** A post with strong Rust evidence: Rust in the title, Rust code and a crate. */
function strongRustPost(author: string, n: number) {
  return makePost({
    url: `https://dev.to/${author}/post-${n}`,
    author,
    title: `Rust tips for blockchain staking bots, part ${n}`,
    tags: ['rust', 'blockchain', 'web3'],
    summaryHtml: `<p>Staking rewards, token airdrops and wallets with tokio.</p>${rustBlock('let mut wallet = Wallet::new();')}`,
  });
}

describe('author trust', () => {
  it('remembers the latest mark per author and forgets on request', () => {
    let trust = markAuthor(new Map(), 'jane', 'distrust');
    trust = markAuthor(trust, 'jane', 'trust');
    expect([...trust]).toEqual([['jane', 'trust']]);
    expect(markAuthor(trust, 'jane', undefined).size).toBe(0);
  });

  it('keeps only the most recently marked authors', () => {
    let trust = markAuthor(new Map(), 'first', 'trust');
    for (let i = 0; i < MAX_AUTHORS; i++) trust = markAuthor(trust, `author-${i}`, 'distrust');
    expect(trust.size).toBe(MAX_AUTHORS);
    expect(trust.has('first')).toBe(false);
  });

  it('reads back what it wrote', () => {
    const trust = markAuthor(markAuthor(new Map(), 'a', 'trust'), 'b', 'distrust');
    const json = JSON.parse(JSON.stringify(serializeAuthorTrust(trust))) as unknown;
    expect([...coerceAuthorTrust(json)]).toEqual([...trust]);
  });

  it.each([
    ['nothing', null],
    ['a list', ['a', 'trust']],
    ['another version', { version: 2, authors: [] }],
    ['an unknown level', { version: 1, authors: [['a', 'love']] }],
    ['an empty key', { version: 1, authors: [['', 'trust']] }],
    [
      'too many authors',
      {
        version: 1,
        authors: Array.from({ length: MAX_AUTHORS + 1 }, (_, i) => [`a${i}`, 'trust']),
      },
    ],
  ])('reads %s as no trust at all, without throwing', (_, value) => {
    expect(coerceAuthorTrust(value).size).toBe(0);
  });
});

describe('the judge with the reader’s corrections', () => {
  it('folds the next post of an author after one "Not Rust"', () => {
    const corrections = recordCorrection(
      { words: EMPTY_CORRECTION_MODEL, authors: new Map() },
      strongRustPost('crypto-bot', 1),
      'not-rust',
    );
    const next = judgePost(strongRustPost('crypto-bot', 2), {
      ...DEV_RUST,
      corrections: corrections.words,
      authorTrust: corrections.authors,
    });
    expect(next.verdict).toBe('off-topic');
    expect(next.reasons[0]?.key).toBe('relevanceAuthorDistrusted');
  });

  it('lets one or two corrections nudge, not override, strong Rust evidence by others', () => {
    let words = EMPTY_CORRECTION_MODEL;
    for (const n of [1, 2]) words = learn(words, strongRustPost(`someone-${n}`, n), 'not-rust');
    const judged = judgePost(strongRustPost('newcomer', 3), { ...DEV_RUST, corrections: words });
    expect(judged.verdict).toBe('rust');
  });

  it('follows many corrections of posts just like this one', () => {
    let words = EMPTY_CORRECTION_MODEL;
    for (const n of [1, 2, 3, 4, 5, 6]) {
      words = learn(words, strongRustPost(`someone-${n}`, n), 'not-rust');
    }
    const judged = judgePost(strongRustPost('newcomer', 7), { ...DEV_RUST, corrections: words });
    expect(judged.verdict).toBe('off-topic');
    expect(judged.reasons[0]?.key).toBe('relevanceLikeNotRust');
  });

  it('lists a post like the ones the reader marked as Rust', () => {
    let words = EMPTY_CORRECTION_MODEL;
    const gamePost = (n: number) =>
      makePost({
        title: `Roguelike devlog ${n}: sprites, tiles and pathfinding`,
        tags: ['gamedev', 'roguelike', 'pixelart'],
        summaryHtml: '<p>Sprites, tiles, pathfinding, dungeon generation and a new tileset.</p>',
      });
    for (const n of [1, 2, 3]) words = learn(words, gamePost(n), 'rust');
    const judged = judgePost(gamePost(4), { ...DEV_RUST, corrections: words });
    expect(judged.verdict).toBe('rust');
    expect(judged.reasons.map(({ key }) => key)).toContain('relevanceLikeRust');
  });
});
