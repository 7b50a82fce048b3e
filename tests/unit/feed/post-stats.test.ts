import { describe, expect, it } from 'vitest';
import { countWords, postStats, readingMinutes } from '../../../utils/feed/post-stats';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['  one   two\nthree\t', 3],
    ['<p>one</p><p>two</p>', 2],
    ['<a href="https://x.example/a b c">link text</a>', 2], // attributes are not words
    ['one&nbsp;two', 1],
    ['one\u00a0two', 2],
    ['1 < 2 is true', 5], // `<` before a space is text
  ])('%j has %i words', (html, words) => {
    expect(countWords(html)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    [230, 1],
    [460, 2],
    [2300, 10],
  ])('%i words read in %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('postStats', () => {
  it.each([
    ['<pre class="highlight rust"><code>fn main() {}</code></pre>', true], // DEV
    ['<div class="highlight js-code-highlight">\n<pre class="highlight rust"><code>', true],
    ['<pre><code class="language-rust">let x = 1;</code></pre>', true], // CommonMark, Zola
    ["<code class='hljs lang-rust'>x</code>", true], // highlight.js
    ['<code data-lang="rust">x</code>', true], // Hugo
    ['<pre class="highlight python"><code>x</code></pre>', false],
    ['<pre><code class="language-rustic">x</code></pre>', false],
    ['<p>Teams highlight rust in their stack; see language-rust docs.</p>', false], // prose
    ['<code data-lang="plain">rustup update</code>', false],
  ])('%j has Rust code: %s', (html, hasRustCode) => {
    expect(postStats(html).hasRustCode).toBe(hasRustCode);
  });

  it('estimates reading time from the words of the full body', () => {
    expect(postStats(`<p>${'word '.repeat(1150)}</p>`).readingMinutes).toBe(5);
  });
});
