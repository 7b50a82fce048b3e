import { describe, expect, it } from 'vitest';
import type { FeedParseResult } from '../../../utils/feed/feed-failure';
import { parseFeed } from '../../../utils/feed/parse-feed';
import { readFixtureText, utf8 } from '../feed/read-fixture';
import { feedErrorText } from '../feed/feed-error-text';

const OPTIONS = {
  feedUrl: 'https://dev.to/feed/tag/rust',
  now: Date.parse('2026-05-10T12:00:00Z'),
};
const parse = (body: Uint8Array | string, contentType: string | null = null): FeedParseResult =>
  parseFeed(body, { ...OPTIONS, contentType });
const codeOf = (result: FeedParseResult) => (result.ok ? 'ok' : result.error.code);

const DEV = readFixtureText('dev-to-rust.rss.xml');

describe('bodies that are web pages, whatever they are labelled', () => {
  it.each<[string, string, string | null]>([
    [
      'a captive portal without Content-Type',
      '<!DOCTYPE html><html><body>Log in</body></html>',
      null,
    ],
    [
      'a bot check labelled as XML',
      '<html lang="en"><head><title>Just a moment...</title></head></html>',
      'application/xml',
    ],
    [
      'a page with a BOM, blank lines and a comment first',
      '\ufeff\n\n<!-- cf -->\n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><HTML></HTML>',
      'application/rss+xml',
    ],
    [
      'an XHTML page',
      '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
      'application/xhtml+xml',
    ],
    [
      'a page that starts with <head>',
      '<head><meta http-equiv="refresh" content="0"></head>',
      'text/html',
    ],
  ])('refuses %s as html-not-feed', (_name, body, contentType) => {
    const result = parse(utf8(body), contentType);
    expect(result).toMatchObject({ ok: false, error: { code: 'html-not-feed' } });
    if (!result.ok) expect(feedErrorText(result.error)).toMatch(/web page instead of a feed/);
  });

  it.each([['text/plain'], ['application/octet-stream'], ['text/html'], [null]])(
    'reads the real DEV feed served as %s',
    (contentType) => {
      const result = parse(utf8(DEV), contentType);
      expect(result.ok && result.items).toHaveLength(12);
    },
  );
});

describe('a feed cut short', () => {
  const end = DEV.lastIndexOf('</rss>') + '</rss>'.length;
  const bytes = utf8(DEV);

  it('is refused, never half-read, wherever it is cut', () => {
    // 200 cuts spread over the document, each at a character boundary.
    const cuts = Array.from({ length: 200 }, (_, i) => Math.floor(((i + 0.5) / 200) * end));
    const halfRead = cuts.filter((at) => {
      const code = codeOf(parse(bytes.subarray(0, utf8(DEV.slice(0, at)).length)));
      return code !== 'malformed-xml' && code !== 'empty-body';
    });
    expect(halfRead).toEqual([]);
  });

  it('is read whole when only trailing whitespace is missing', () => {
    expect(codeOf(parse(DEV.slice(0, end)))).toBe('ok');
  });
});

// windows-1252 curly quotes and € are checked in Chromium (tests/browser/faults.test.ts): Node
// 20's TextDecoder decodes windows-1252 as ISO-8859-1, unlike the browsers the extension runs in.
