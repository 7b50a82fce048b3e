import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_HTML_CHARS } from '../../../utils/feed/feed-limits';
import { parseFeed } from '../../../utils/feed/parse-feed';
import type { FeedItem } from '../../../utils/feed/post';
import { readFixtureBytes } from './read-fixture';
import { feedErrorText } from './feed-error-text';

const NOW = Date.UTC(2026, 4, 7, 12, 0, 0);

function parseDevFeed(): FeedItem[] {
  const result = parseFeed(readFixtureBytes('dev-to-rust.rss.xml'), {
    feedUrl: 'https://dev.to/feed/tag/rust',
    contentType: 'application/rss+xml; charset=utf-8',
    now: NOW,
  });
  if (!result.ok) throw new Error(`expected the DEV feed to parse: ${feedErrorText(result.error)}`);
  expect(result.title).toBe('DEV Community: rust');
  return result.items;
}

describe('parseFeed on the DEV rust tag feed', () => {
  const items = parseDevFeed();

  it('reads all 12 posts in feed order', () => {
    expect(items).toHaveLength(12);
    expect(items.map((item) => item.title)).toEqual([
      'Unions: delving into unsafe Rust',
      'What I Learned Building HiyokoBar — A Menubar App That Does One Thing Per Click',
      'Web Developer Travis McCracken on Zero Downtime Deploys in Kubernetes',
      'Bates Numbering in Rust — Automating Legal Document Stamping',
      'Why I rewrote my 90+ Engine Meta-Search in Rust 🦀',
      'PKG2DAY Courier Services Explained: How to Ship Confidently Across Pakistan',
      'Deepseek Tui – Rust Project',
      "9 High-Performance Rust Libraries You Shouldn't Miss",
      'We Cut API Latency 55% with Rust 1.88 and Tokio 1.40 for Our Core Service',
      'SIFS (SIFS Is Fast Search) - local code search for coding agents',
      'Our Incident Response Was Taking 40 Minutes — Rust-Based Dashboards Cut It in Half',
      'Leveling up: Adding SQLite Persistence to my Rust Guessing Game',
    ]);
  });

  it('takes the author from dc:creator and the date from pubDate', () => {
    expect(items[0]).toMatchObject({
      author: 'Mila K',
      publishedAt: '2026-05-06T14:49:27.000Z',
    });
    expect(items[1]).toMatchObject({ author: 'hiyoyo', publishedAt: '2026-05-06T14:30:05.000Z' });
    expect(items[4]).toMatchObject({
      author: 'Chidari Sandeep',
      publishedAt: '2026-05-06T10:13:15.000Z',
    });
    expect(items.every((item) => item.author !== '')).toBe(true);
    // Every pubDate in this fixture is a real date, so none may fall back to the clock.
    expect(items.some((item) => item.publishedAt === new Date(NOW).toISOString())).toBe(false);
  });

  it('uses the guid as id and the https dev.to link as URL', () => {
    expect(items[0]).toMatchObject({
      id: 'https://dev.to/milakyr/unions-delving-into-unsafe-rust-5fne',
      url: 'https://dev.to/milakyr/unions-delving-into-unsafe-rust-5fne',
    });
    for (const item of items) {
      expect(item.url).toMatch(/^https:\/\/dev\.to\//);
      expect(item.id).toBe(item.url);
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(12);
  });

  it('keeps every category as a lower-case tag', () => {
    expect(items[0]!.tags).toEqual(['rust', 'programming', 'unsafe']);
    expect(items[1]!.tags).toEqual(['tauri', 'rust', 'programming', 'product']);
    for (const item of items) expect(item.tags).toContain('rust');
  });

  it('bounds the summary and never cuts inside a tag', () => {
    for (const item of items) {
      expect(item.summaryHtml.length).toBeGreaterThan(0);
      expect(item.summaryHtml.length).toBeLessThanOrEqual(MAX_SUMMARY_HTML_CHARS);
      expect(item.summaryHtml).not.toMatch(/<[^>]*$/);
    }
    const trimmed = items.filter((item) => item.summaryHtml.endsWith('…'));
    expect(trimmed.length).toBeGreaterThan(0);
    expect(items[0]!.summaryHtml.startsWith('<p>I came across <code>union</code>')).toBe(true);
  });

  it('derives stats from the full body, before the summary is cut', () => {
    const unions = items[0]!;
    expect(unions.hasRustCode).toBe(true);
    // Its description runs to about 1,500 words, far beyond what the 4 KB summary holds.
    expect(unions.readingMinutes).toBeGreaterThanOrEqual(5);
    // `<pre class="highlight rust">` occurs in exactly these four items of the fixture.
    const withRustCode = items.flatMap((item, index) => (item.hasRustCode ? [index] : []));
    expect(withRustCode).toEqual([0, 6, 7, 10]);
    for (const item of items) expect(item.readingMinutes).toBeGreaterThanOrEqual(1);
  });
});
