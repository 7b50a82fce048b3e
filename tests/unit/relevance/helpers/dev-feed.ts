import { parseFeed } from '@/utils/feed/parse-feed';
import type { FeedItem } from '@/utils/feed/post';

/** A post to publish in a made-up DEV tag feed. */
export interface DevPostDraft {
  title: string;
  author: string;
  url: string;
  tags: readonly string[];
  html: string;
}

/** The URL DEV's `rust` tag feed is fetched from. */
export const DEV_RUST_FEED_URL = 'https://dev.to/feed/tag/rust';

/**
 * Runs `draft` through the project's real parser as an item of DEV's RSS feed, so the judge
 * sees exactly what it would see for a DEV post: the same summary bound, stats and tags.
 */
export function asDevItem(draft: DevPostDraft): FeedItem {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>DEV Community: rust</title><link>https://dev.to/t/rust</link>
<item>
<title>${escapeXml(draft.title)}</title>
<dc:creator>${escapeXml(draft.author)}</dc:creator>
<pubDate>Wed, 06 May 2026 14:49:27 +0000</pubDate>
<link>${escapeXml(draft.url)}</link>
<guid>${escapeXml(draft.url)}</guid>
<description>${escapeXml(draft.html)}</description>
${draft.tags.map((tag) => `<category>${escapeXml(tag)}</category>`).join('\n')}
</item></channel></rss>`;
  const result = parseFeed(xml, { feedUrl: DEV_RUST_FEED_URL, now: Date.UTC(2026, 4, 7) });
  if (!result.ok || result.items.length !== 1) {
    throw new Error(`DEV item for "${draft.title}" did not parse`);
  }
  return result.items[0]!;
}

/** Tags as DEV writes them: lower-case letters and digits only. */
export function devTag(tag: string): string {
  return tag.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** DEV shows at most four tags; a post made to carry `rust` keeps three of its own. */
export function withRustTag(tags: readonly string[]): string[] {
  const own = [...new Set(tags.map(devTag))].filter((tag) => tag && tag !== 'rust');
  return [...own.slice(0, 3), 'rust'];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
