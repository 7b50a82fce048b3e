import { describe, expect, it } from 'vitest';
import { otherTopicEvidence } from '@/utils/relevance/other-topic';
import { readPostText } from '@/utils/relevance/post-text';
import { rustEvidence } from '@/utils/relevance/rust-evidence';
import { DEV_RUST, filler, makePost } from './helpers/make-post';

function keysOf(fields: Parameters<typeof makePost>[0]) {
  const text = readPostText(makePost(fields), DEV_RUST.source);
  return otherTopicEvidence(text, rustEvidence(text)).evidence.map(({ weight, reason }) => [
    reason.key,
    weight,
  ]);
}

const PROGRAMMING = '<p>The server code calls the database through a small library.</p>';

describe('otherTopicEvidence', () => {
  it.each([
    ['a long text', 300, 3],
    ['a medium text', 100, 2],
  ])('finds no Rust at all in %s', (_, words, weight) => {
    expect(keysOf({ summaryHtml: PROGRAMMING.repeat(words / 10) })).toEqual([
      ['relevanceNoRust', weight],
    ]);
  });

  it('says nothing about a text too thin to judge', () => {
    expect(keysOf({ summaryHtml: PROGRAMMING })).toEqual([]);
  });

  it('calls a mention or two of Rust in a long text a passing one', () => {
    const summaryHtml = `<p>This was once a Rust idea.</p>${PROGRAMMING.repeat(20)}`;
    expect(keysOf({ summaryHtml })).toEqual([['relevanceRustInPassing', 2]]);
  });

  it.each([
    ['Understanding Python decorators', [['relevanceOtherTopicTitle', 2]]],
    ['Managing Go versions', [['relevanceOtherTopicTitle', 2]]],
    ['Where to go next', []],
    ['Building a desktop app with Tauri and React', []],
  ])('reads the title "%s"', (title, expected) => {
    expect(keysOf({ title })).toEqual(expected);
  });

  it.each([
    [['rust', 'python'], [['relevanceOtherTopicTags', 1]]],
    [['rust', 'python', 'django'], [['relevanceOtherTopicTags', 2]]],
    [['rust', 'python', 'pyo3'], []],
    [['rust', 'career'], []],
  ])('reads the tags %j', (tags, expected) => {
    expect(keysOf({ tags })).toEqual(expected);
  });

  it('counts code in other languages only when the post shows little Rust', () => {
    const js = '<pre class="highlight javascript"><code>let x = 1;</code></pre>';
    const rust = '<pre class="highlight rust"><code>let x = 1;</code></pre>';
    const shell = '<pre class="highlight shell"><code>npm install</code></pre>';
    expect(keysOf({ summaryHtml: js })).toEqual([['relevanceOtherCode', 2]]);
    expect(keysOf({ summaryHtml: `${js}${rust}` })).toEqual([]);
    expect(keysOf({ summaryHtml: shell })).toEqual([]);
  });

  it('counts other technologies the text keeps naming', () => {
    const summaryHtml = '<p>Python and Django, then more Python, and Django again on AWS.</p>';
    expect(keysOf({ summaryHtml })).toEqual([['relevanceOtherTopicText', 1]]);
  });

  it('calls a text with hardly a programming word not a programming post', () => {
    expect(keysOf({ summaryHtml: filler(200) })).toEqual([
      ['relevanceNoRust', 3],
      ['relevanceNotProgramming', 2],
    ]);
  });
});
