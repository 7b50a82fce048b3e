import { describe, expect, it } from 'vitest';
import type { MessageKey } from '@/utils/i18n/message-key';
import { readPostText } from '@/utils/relevance/post-text';
import { rustEvidence } from '@/utils/relevance/rust-evidence';
import { DEV_RUST, makePost, rustBlock } from './helpers/make-post';

function evidenceOf(fields: Parameters<typeof makePost>[0], hasRustCode?: boolean) {
  return rustEvidence(readPostText(makePost(fields), DEV_RUST.source), hasRustCode);
}

function weightOf(fields: Parameters<typeof makePost>[0], key: MessageKey): number {
  return evidenceOf(fields).evidence.find((item) => item.reason.key === key)?.weight ?? 0;
}

describe('rustEvidence', () => {
  it.each([
    ['DEV’s highlight class', rustBlock('x')],
    ['CommonMark’s language class', '<pre><code class="language-rust">x</code></pre>'],
    ['Zola’s data-lang', '<pre data-lang="rust" class="language-rust"><code>x</code></pre>'],
    ['the short name rs', '<pre class="highlight rs"><code>x</code></pre>'],
  ])('counts a Rust code block marked by %s', (_, summaryHtml) => {
    expect(weightOf({ summaryHtml }, 'relevanceRustCode')).toBe(4);
  });

  it('counts the parser’s hasRustCode stat when the block was cut from the summary', () => {
    const { evidence } = evidenceOf({ summaryHtml: '<p>Intro.</p>' }, true);
    expect(evidence.map(({ reason }) => reason.key)).toEqual(['relevanceRustCode']);
  });

  it.each([
    ['one form', '<pre><code>let mut total = 0;</code></pre>', 1],
    ['two forms', '<pre><code>let mut v = 0;\nv.push(1).unwrap();</code></pre>', 2],
    [
      'three forms or more',
      '<pre><code>#[derive(Debug)]\npub fn main() { println!("hi"); }</code></pre>',
      3,
    ],
    [
      'inline code too',
      '<p>Call <code>fn parse(input: &amp;str)</code> with <code>&amp;mut self</code>.</p>',
      2,
    ],
  ])('weighs Rust syntax in unmarked code: %s', (_, summaryHtml, weight) => {
    expect(weightOf({ summaryHtml }, 'relevanceRustSyntax')).toBe(weight);
  });

  it('does not take JavaScript or Python code for Rust', () => {
    const summaryHtml =
      '<pre><code>const total = items.map((x) =&gt; x * 2);\nfunction main() { return 1; }\ndef f(self): pass</code></pre>';
    expect(evidenceOf({ summaryHtml }).score).toBe(0);
  });

  it.each([
    ['a crate named in the text', { summaryHtml: '<p>We moved the service to tokio.</p>' }, 2],
    ['two names', { summaryHtml: '<p>We use serde and axum.</p>' }, 3],
    ['a Cargo command', { summaryHtml: '<p>Run cargo add clap and build.</p>' }, 2],
    ['a Rust tag besides the feed’s', { tags: ['rust', 'bevy'] }, 2],
    ['a tag that contains rust', { tags: ['rust', 'rustlang'] }, 2],
  ])('counts Rust names: %s', (_, fields, weight) => {
    expect(weightOf(fields, 'relevanceRustNames')).toBe(weight);
  });

  it('reads names that are also English words only in code and tags', () => {
    expect(
      weightOf({ summaryHtml: '<p>The cargo ship passed the tower.</p>' }, 'relevanceRustNames'),
    ).toBe(0);
    expect(
      weightOf(
        { summaryHtml: '<p>Add <code>tower::ServiceBuilder</code>.</p>' },
        'relevanceRustNames',
      ),
    ).toBe(2);
  });

  it.each([
    ['crates.io', 'https://crates.io/crates/serde'],
    ['docs.rs', 'https://docs.rs/tokio/latest/tokio/'],
    ['rust-lang.org', 'https://doc.rust-lang.org/book/'],
    ['github.com', 'https://github.com/tokio-rs/axum'],
    ['github.com', 'https://github.com/someone/parser-rs'],
  ])('counts a link to %s', (site, href) => {
    const { evidence } = evidenceOf({ summaryHtml: `<p><a href="${href}">link</a></p>` });
    expect(evidence[0]?.reason).toEqual({ key: 'relevanceRustLinks', params: { sites: site } });
  });

  it('does not count a GitHub link to an unrelated repository', () => {
    expect(
      evidenceOf({ summaryHtml: '<a href="https://github.com/a/trust-store">x</a>' }).score,
    ).toBe(0);
  });

  it.each([
    ['Rust', 'Why I rewrote my search in Rust', 'relevanceRustInTitle'],
    ['a Rust name', 'Announcing Bevy 0.15', 'relevanceRustNameInTitle'],
  ])('gives 3 points for %s in the title, which is not substance', (_, title, key) => {
    const tally = evidenceOf({ title });
    expect(tally.evidence[0]).toMatchObject({ weight: 3, reason: { key } });
    expect(tally.score - tally.substance).toBe(3);
  });

  it.each([
    [1, 1],
    [3, 2],
    [9, 3],
  ])('caps mentions of Rust in the text: %i mentions give %i points', (count, weight) => {
    const summaryHtml = `<p>${'Rust is here. '.repeat(count)}</p>`;
    expect(weightOf({ summaryHtml }, 'relevanceRustInText')).toBe(weight);
  });

  it('does not count "rusty" or "trust" as Rust', () => {
    expect(
      evidenceOf({ title: 'Rusty bikes I trust', summaryHtml: '<p>Trusty and rusty.</p>' }).score,
    ).toBe(0);
  });

  it('counts mentions but not substance for a page that only names Rust', () => {
    const tally = evidenceOf({
      title: 'Rust development',
      summaryHtml: '<p>Rust, Rust, Rust.</p>',
    });
    expect(tally.substance).toBe(0);
    expect(tally.score).toBe(5);
  });
});
