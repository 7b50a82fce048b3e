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
