import { describe, expect, it } from 'vitest';
import { repeatedPhrase, titleNotInText } from '@/utils/relevance/keyword-stuffing';
import { readPostText } from '@/utils/relevance/post-text';
import {
  authorSelfMentions,
  fingerprintPost,
  similarity,
  templateRepeats,
} from '@/utils/relevance/template-repeats';
import { DEV_RUST, filler, makePost } from './helpers/make-post';

const textOf = (post: ReturnType<typeof makePost>) => readPostText(post, DEV_RUST.source);

/** One template, a new subject slotted into title and opening each day. */
function templated(subject: string) {
  return makePost({
    title: `Web Developer Jane Doe on ${subject}`,
    author: 'Jane Doe',
    summaryHtml: `<p>Today I want to talk about ${subject}.</p>${filler(200, 7)}`,
  });
}

describe('authorSelfMentions', () => {
  it('finds the author’s name in the title and, repeated, in the text', () => {
    const post = makePost({
      title: 'Web Developer Jane Doe on Caching',
      summaryHtml: '<p>I am Jane Doe. As Jane Doe, I say: cache it.</p>',
    });
    expect(authorSelfMentions(post, textOf(post)).map(({ reason }) => reason.key)).toEqual([
      'relevanceAuthorInTitle',
      'relevanceAuthorInText',
    ]);
  });

  it.each([
    ['a one-word name', 'ServBay', 'ServBay launches a new release'],
    [
      'a name whose words are apart in the title',
      'Rust Embedded Team',
      'Embedded news for the team',
    ],
    ['a title without the name', 'Jane Doe', 'Caching with moka'],
  ])('ignores %s', (_, author, title) => {
    const post = makePost({ author, title, summaryHtml: `<p>By ${author}.</p>` });
    expect(authorSelfMentions(post, textOf(post))).toEqual([]);
  });
});

describe('templateRepeats', () => {
  const history = ['Caching', 'Queues', 'Logging'].map((subject) => {
    const post = templated(subject);
    return { title: post.title, fingerprint: fingerprintPost(post) };
  });

  it('gives 3 points when two or more recent posts share the template', () => {
    const post = templated('Deploys');
    expect(templateRepeats(post.title, textOf(post).contentWords, history)).toEqual({
      weight: 3,
      reason: { key: 'relevanceRepeatsTemplate' },
    });
  });

  it('gives 1 point for a single repeat', () => {
    const post = templated('Deploys');
    expect(
      templateRepeats(post.title, textOf(post).contentWords, history.slice(0, 1))?.weight,
    ).toBe(1);
  });

  it('counts a series that shares only its title pattern half as much', () => {
    const series = [1, 2, 3].map((n) => {
      const post = makePost({ title: `Changelog number ${n}`, summaryHtml: filler(200, n) });
      return { title: post.title, fingerprint: fingerprintPost(post) };
    });
    const post = makePost({ title: 'Changelog number 4', summaryHtml: filler(200, 4) });
    expect(templateRepeats(post.title, textOf(post).contentWords, series)?.weight).toBe(1);
  });

  it('finds nothing without history or between unrelated posts', () => {
    const post = makePost({ title: 'Something else', summaryHtml: filler(200, 99) });
    expect(templateRepeats(post.title, textOf(post).contentWords, [])).toBeUndefined();
    expect(templateRepeats(post.title, textOf(post).contentWords, history)).toBeUndefined();
  });

  it('fingerprints deterministically and compares in 0…1', () => {
    const a = fingerprintPost(templated('Caching'));
    expect(a).toEqual(fingerprintPost(templated('Caching')));
    expect(a.length).toBeLessThanOrEqual(16);
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, fingerprintPost(makePost({ summaryHtml: filler(200, 3) })))).toBeLessThan(
      0.3,
    );
    expect(similarity([], a)).toBe(0);
  });
});

describe('keyword stuffing', () => {
  it('finds a phrase repeated all through a text', () => {
    const post = makePost({
      summaryHtml: Array.from(
        { length: 10 },
        (_, i) => `<p>Cheap flights are great. ${filler(12, i)}</p>`,
      ).join(''),
    });
    expect(repeatedPhrase(textOf(post))?.reason).toEqual({
      key: 'relevanceRepeatedPhrase',
      params: { phrase: 'cheap flights', count: 10 },
    });
  });

  it('lets a long text name its subject a few times', () => {
    const post = makePost({ summaryHtml: `<p>Async traits. Async traits.</p>${filler(300)}` });
    expect(repeatedPhrase(textOf(post))).toBeUndefined();
  });

  it('notices a title whose subject the text never takes up', () => {
    const post = makePost({
      title: 'Jane Doe on Zero Downtime Kubernetes Deploys',
      summaryHtml: filler(200),
    });
    expect(titleNotInText(textOf(post), 'Jane Doe')?.reason.key).toBe('relevanceTitleNotInText');
  });

  it('accepts a title whose words come back in the text', () => {
    const post = makePost({
      title: 'Deploying to Kubernetes',
      summaryHtml: `<p>Our deployment to kubernetes went well.</p>${filler(200)}`,
    });
    expect(titleNotInText(textOf(post), 'Jane Doe')).toBeUndefined();
  });
});
