import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../utils/feed/html-entities';
import { htmlToPlainText, plainTextExcerpt } from '../../../utils/feed/plain-text';

describe('htmlToPlainText', () => {
  it.each([
    ['plain title', 'plain title'],
    ['  spaced \n\t out  ', 'spaced out'],
    ['<p>Hello <b>world</b></p>', 'Hello world'],
    ['Rust<b>acean</b>s', 'Rustaceans'], // inline tags do not split words
    ['line<br>break<p>para</p>end', 'line break para end'], // block tags do
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['caf&eacute; &mdash; na&iuml;ve &hellip;', 'café — naïve …'],
    ['&#8212; &#x1F980; &#39;', "— 🦀 '"],
    ['&#150; smart &#147;quotes&#148;', '– smart “quotes”'], // windows-1252 references
    ['a&nbsp;b', 'a b'], // collapsed like any whitespace
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&unknown; &amp', '&unknown; &amp'],
    // Double escaping: XML decoding already removed one layer; exactly one more is removed.
    ['&#8212;', '—'],
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'],
    ['<script>alert(1)</script>Safe', 'Safe'],
    ['<style>p{color:red}</style>Styled', 'Styled'],
    ['<!-- SC_OFF -->Visible<!-- SC_ON -->', 'Visible'],
    // What is left of a split tag is inert text, not markup.
    ['<scr<script>ipt>alert(1)</script>x', '<scr x'],
    ['<img src=x onerror=alert(1)>Hello', 'Hello'],
    ['<a href="https://x.example/?a>b">link</a>', 'b">link'], // `>` in values: rare, harmless
    ['Unclosed <b class="x', 'Unclosed'],
    ['<o:p>Word</o:p> markup', 'Word markup'],
    ['Box<dyn Error> and Vec<T>', 'Box<dyn Error> and Vec<T>'],
    ['Arc<Mutex<u8>>', 'Arc<Mutex<u8>>'],
    ['Result<(), String>', 'Result<(), String>'],
    ['a < b > c', 'a < b > c'],
    ['', ''],
  ])('%j → %j', (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });

  it('reads only the first 4,096 characters of a huge input', () => {
    expect(htmlToPlainText('word '.repeat(100_000)).length).toBeLessThanOrEqual(4096);
  });

  it('stays fast on a hostile run of unclosed tags', () => {
    const started = performance.now();
    htmlToPlainText('<a'.repeat(2048));
    // A hang detector, not a speed goal: a cubic scan of this input takes many seconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('plainTextExcerpt', () => {
  it.each([
    ['<p>Short text</p>', 80, 'Short text'],
    ['one two three four five six', 12, 'one two…'],
    [
      '<p>This is the <a href="x">human side</a> of things.</p>',
      80,
      'This is the human side of things.',
    ],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['ab🦀cd', 4, 'ab…'], // never half a surrogate pair
    ['', 80, ''],
  ])('%j at most %i chars → %j', (html, max, excerpt) => {
    const result = plainTextExcerpt(html, max);
    expect(result).toBe(excerpt);
    expect(result.length).toBeLessThanOrEqual(max);
  });

  it('defaults to 80 characters', () => {
    expect(plainTextExcerpt('word '.repeat(100)).length).toBeLessThanOrEqual(80);
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes one layer only', () => {
    expect(decodeHtmlEntities('&amp;amp;')).toBe('&amp;');
  });

  it('returns text without references unchanged', () => {
    const text = 'no references here';
    expect(decodeHtmlEntities(text)).toBe(text);
  });
});
