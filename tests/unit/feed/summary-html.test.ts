import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_HTML_CHARS } from '../../../utils/feed/feed-limits';
import { boundSummaryHtml } from '../../../utils/feed/summary-html';

describe('boundSummaryHtml', () => {
  it('returns HTML that fits unchanged', () => {
    const html = '<p>short</p>';
    expect(boundSummaryHtml(html)).toBe(html);
  });

  it('defaults to MAX_SUMMARY_HTML_CHARS, ellipsis included', () => {
    const bounded = boundSummaryHtml(`<p>${'word '.repeat(5000)}</p>`);
    expect(bounded.length).toBeLessThanOrEqual(MAX_SUMMARY_HTML_CHARS);
    expect(bounded.length).toBeGreaterThan(MAX_SUMMARY_HTML_CHARS - 10);
    expect(bounded.endsWith('…')).toBe(true);
  });

  it.each([
    // [html, max, expected]: each cut would otherwise land inside something
    ['<p>Hello world</p>', 9, '<p>Hello…'], // in text: plain cut
    ['<p>Hi <a href="https://x.example/long">x</a></p>', 12, '<p>Hi…'], // inside a tag
    ['<p>Hi <img alt="a > b" src="x.png"> there</p>', 20, '<p>Hi…'], // `>` inside a quoted value
    ['<p>Hi <img alt=\'it"s\' src="y.png"> there</p>', 24, '<p>Hi…'], // mixed quotes
    ['<p>Hi <!-- a <b> comment --> after</p>', 16, '<p>Hi…'], // inside a comment
    ['<p>Tom &amp; Jerry</p>', 10, '<p>Tom…'], // inside a character reference
    ['<p>Tom &#8212; Jerry</p>', 11, '<p>Tom…'],
    ['<p>ab🦀cd</p>', 7, '<p>ab…'], // between the halves of a surrogate pair
    ['<p>1 < 2 and more text here</p>', 10, '<p>1 < 2…'], // `<` before a space is text
  ])('%j cut at %i → %j', (html, max, expected) => {
    const bounded = boundSummaryHtml(html, max);
    expect(bounded).toBe(expected);
    expect(bounded.length).toBeLessThanOrEqual(max);
  });

  it('never ends inside a tag on real markup, at any length', () => {
    const html =
      '<div class="highlight"><pre class="highlight rust"><code><span class="k">fn</span> ' +
      '<span class="nf">main</span>() { <a href="https://doc.rust-lang.org/std/?q=a&amp;b" title="x > y">docs</a> }</code></pre></div>';
    for (let max = 1; max < html.length; max++) {
      const bounded = boundSummaryHtml(html, max);
      expect(bounded.length).toBeLessThanOrEqual(max);
      // Whatever is left must not end in an open tag or a partial reference.
      expect(bounded).not.toMatch(/<[^>]*…$/);
      expect(bounded).not.toMatch(/&[#a-z0-9]*…$/i);
    }
  });
});
