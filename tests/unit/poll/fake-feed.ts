import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { setPollAlarm } from '../../../utils/schedule/poll-alarm';

export interface FakeFeedItem {
  slug: string;
  title?: string;
  author?: string;
  /** RFC 822 date for <pubDate>. */
  date: string;
  tags?: string[];
}

/**
 * `fakeBrowser.alarms`, typed as the alarms API the code takes. The fake is typed with
 * webextension-polyfill's types, which lack fields WXT's types add (`persistAcrossSessions`).
 */
export const fakeAlarms = fakeBrowser.alarms as unknown as Parameters<typeof setPollAlarm>[0];

/** The URL DEV gives item `slug` (also its guid). */
export const devUrl = (slug: string) => `https://dev.to/alice/${slug}`;

/** A small DEV-like RSS 2.0 document. */
export function devRss(items: readonly FakeFeedItem[]): string {
  const entries = items.map(
    (item) => `
    <item>
      <title>${item.title ?? `Post ${item.slug}`}</title>
      <dc:creator>${item.author ?? 'Alice'}</dc:creator>
      <pubDate>${item.date}</pubDate>
      <link>${devUrl(item.slug)}</link>
      <guid>${devUrl(item.slug)}</guid>
      <description>&lt;p&gt;About ${item.slug}&lt;/p&gt;</description>
      ${(item.tags ?? ['rust']).map((tag) => `<category>${tag}</category>`).join('')}
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>DEV Community: rust</title>
    <link>https://dev.to/t/rust</link>
    <description>Rust posts</description>${entries.join('')}
  </channel>
</rss>`;
}

export function rssResponse(xml: string, headers: Record<string, string> = {}): Response {
  return new Response(xml, {
    status: 200,
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', ...headers },
  });
}

/** A `fetch` stand-in that answers each call with `respond`, keeping the request headers. */
export function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>) {
  const requests: Headers[] = [];
  const fetch = vi.fn(async (_input: RequestInfo | URL, init: RequestInit = {}) => {
    requests.push(new Headers(init.headers));
    return respond(init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests, calls: fetch.mock.calls };
}

/** A fetch that never answers but gives up when its request is aborted, as the real one does. */
export function hangingFetch() {
  return fakeFetch(
    (init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}
