import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real DEV `rust` feed (12 posts). */
export const DEV_FEED = readFileSync(resolve(__dirname, '../fixtures/dev-to-rust.rss.xml'), 'utf8');

export interface ExtraPost {
  slug: string;
  title?: string;
  author?: string;
  tags?: string[];
  /** Defaults to a moment after the fixture's newest post. */
  pubDate?: string;
}

function itemXml(post: ExtraPost): string {
  const url = `https://dev.to/radar-tester/${post.slug}`;
  const tags = (post.tags ?? ['rust']).map((tag) => `<category>${tag}</category>`).join('');
  return `<item>
      <title>${post.title ?? `New post ${post.slug}`}</title>
      <dc:creator>${post.author ?? 'Radar Tester'}</dc:creator>
      <pubDate>${post.pubDate ?? 'Wed, 06 May 2026 15:00:00 +0000'}</pubDate>
      <link>${url}</link>
      <guid>${url}</guid>
      <description>&lt;p&gt;Body of ${post.slug}&lt;/p&gt;</description>
      ${tags}
    </item>`;
}

/** The DEV fixture with `extra` posts on top, as DEV lists new posts first. */
export function devFeedWith(extra: readonly ExtraPost[]): string {
  const at = DEV_FEED.indexOf('<item>');
  return DEV_FEED.slice(0, at) + extra.map(itemXml).join('\n    ') + '\n    ' + DEV_FEED.slice(at);
}

/** `count` posts named `${prefix}-1` … with the given tags. */
export function extraPosts(prefix: string, count: number, tags = ['rust']): ExtraPost[] {
  return Array.from({ length: count }, (_, i) => ({ slug: `${prefix}-${i + 1}`, tags }));
}

/** Titles and links of a fixture's items, newest first by pubDate: what the popup must show. */
export function itemsNewestFirst(xml: string): { title: string; url: string }[] {
  const field = (item: string, tag: string) =>
    decodeXml(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(item)?.[1] ?? '');
  return xml
    .split('<item>')
    .slice(1)
    .map((item) => ({
      title: field(item, 'title'),
      url: field(item, 'link'),
      at: Date.parse(field(item, 'pubDate')),
    }))
    .sort((a, b) => b.at - a.at)
    .map(({ title, url }) => ({ title, url }));
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * The DEV fixture with its dates moved so the newest post is 25 minutes old: the list then
 * reads "25m ago", "44m ago"… as it would on a real day, not "6mo ago".
 */
export function devFeedAsOf(now: number): string {
  const dates = [...DEV_FEED.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) =>
    Date.parse(m[1]!),
  );
  const shift = now - 25 * 60_000 - Math.max(...dates);
  return DEV_FEED.replace(
    /<pubDate>([^<]+)<\/pubDate>/g,
    (_, date: string) => `<pubDate>${new Date(Date.parse(date) + shift).toUTCString()}</pubDate>`,
  );
}

/**
 * The two posts of the DEV fixture the relevance judge folds as not Rust (issue 15): a
 * courier advert and one post of a daily self-promotion series. The other ten are listed.
 */
export const FOLDED_IN_DEV_FIXTURE = ['PKG2DAY Courier Services', 'Zero Downtime Deploys'];

/** True for a title of one of `FOLDED_IN_DEV_FIXTURE`'s posts. */
export const isFoldedInDevFixture = (title: string) =>
  FOLDED_IN_DEV_FIXTURE.some((start) => title.includes(start));
