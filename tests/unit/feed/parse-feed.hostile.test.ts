import { describe, expect, it } from 'vitest';
import type { FeedParseResult } from '../../../utils/feed/feed-failure';
import { MAX_FEED_BYTES, MAX_FEED_ITEMS } from '../../../utils/feed/feed-limits';
import { parseFeed, type ParseFeedOptions } from '../../../utils/feed/parse-feed';
import { readFixtureBytes, readFixtureText, utf8 } from './read-fixture';
import { feedErrorText } from './feed-error-text';

const OPTIONS: ParseFeedOptions = { feedUrl: 'https://feeds.example/rss', now: 0 };

function parse(body: Uint8Array | string, contentType?: string): FeedParseResult {
  return parseFeed(body, { ...OPTIONS, contentType });
}

function rss(items: string): string {
  return `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
}

function errorCode(result: FeedParseResult): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('parseFeed refuses entity attacks', () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><item><title>&lol9;</title><link>https://a.example/</link></item></channel></rss>`;

  it('answers a billion-laughs document with entity-expansion, quickly', () => {
    const started = performance.now();
    const result = parse(utf8(billionLaughs));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toMatchObject({ ok: false, error: { code: 'entity-expansion' } });
    if (!result.ok) expect(feedErrorText(result.error)).toMatch(/^The feed was not read because/);
  });

  it('answers a quadratic blowup (one large entity used many times) with entity-expansion', () => {
    const entity = 'x'.repeat(1000);
    const body = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${entity}">]>${rss(
      `<item><title>${'&big;'.repeat(500)}</title><link>https://a.example/</link></item>`,
    )}`;
    const started = performance.now();
    expect(errorCode(parse(body))).toBe('entity-expansion');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each([
    ['an external entity', '<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;'],
    ['a parameter entity', '<!ENTITY % p "x">', 'x'],
    ['an oversized entity', `<!ENTITY big "${'x'.repeat(5000)}">`, '&big;'],
    [
      'too many entities',
      Array.from({ length: 40 }, (_, i) => `<!ENTITY e${i} "v">`).join(''),
      '&e1;',
    ],
  ])('answers %s with entity-expansion', (_name, declarations, use) => {
    const body = `<?xml version="1.0"?><!DOCTYPE rss [${declarations}]>${rss(
      `<item><title>${use}</title><link>https://a.example/</link></item>`,
    )}`;
    expect(errorCode(parse(body))).toBe('entity-expansion');
  });

  it('still expands a small, harmless internal entity', () => {
    const body = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lang "Rust">]>${rss(
      '<item><title>Why &lang;?</title><link>https://a.example/</link></item>',
    )}`;
    const result = parse(body);
    expect(result.ok && result.items[0]!.title).toBe('Why Rust?');
  });
});

describe('parseFeed enforces its size limits', () => {
  it('refuses a body of 5 MB + 1 byte before decoding it', () => {
    const body = new Uint8Array(MAX_FEED_BYTES + 1).fill(0x20);
    expect(parse(body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('measures string bodies in UTF-8 bytes, not characters', () => {
    const twoByteChars = 'é'.repeat(MAX_FEED_BYTES / 2 + 1);
    expect(twoByteChars.length).toBeLessThan(MAX_FEED_BYTES);
    expect(errorCode(parse(twoByteChars))).toBe('too-large');
  });

  it('accepts a feed of exactly 5 MB', () => {
    const feed = rss('<item><title>Edge</title><link>https://a.example/</link></item>');
    const padded = feed + ' '.repeat(MAX_FEED_BYTES - feed.length);
    expect(utf8(padded).byteLength).toBe(MAX_FEED_BYTES);
    const result = parse(utf8(padded));
    expect(result.ok && result.items.map((item) => item.title)).toEqual(['Edge']);
  });

  const itemsOf = {
    rss: (count: number) =>
      rss(
        Array.from(
          { length: count },
          (_, i) => `<item><title>${i}</title><link>https://a.example/${i}</link></item>`,
        ).join(''),
      ),
    atom: (count: number) =>
      `<feed xmlns="http://www.w3.org/2005/Atom">${Array.from(
        { length: count },
        (_, i) => `<entry><id>urn:${i}</id><link href="https://a.example/${i}"/></entry>`,
      ).join('')}</feed>`,
    rdf: (count: number) =>
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/>${Array.from(
        { length: count },
        (_, i) => `<item rdf:about="https://a.example/${i}"><title>${i}</title></item>`,
      ).join('')}</rdf:RDF>`,
    json: (count: number) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: Array.from({ length: count }, (_, i) => ({
          id: `${i}`,
          url: `https://a.example/${i}`,
        })),
      }),
  };

  it.each(Object.entries(itemsOf))('%s: 1,000 items parse, 1,001 are too many', (_format, make) => {
    const atLimit = parse(utf8(make(MAX_FEED_ITEMS)));
    expect(atLimit.ok && atLimit.items.length).toBe(MAX_FEED_ITEMS);
    expect(parse(utf8(make(MAX_FEED_ITEMS + 1)))).toMatchObject({
      ok: false,
      error: { code: 'too-many-items' },
    });
  });

  it('keeps "2024" and "00123" as strings', () => {
    const result = parse(
      rss('<item><title>2024</title><guid>00123</guid><link>https://a.example/</link></item>'),
    );
    expect(result.ok && result.items[0]).toMatchObject({ title: '2024', id: '00123' });
  });
});

describe('parseFeed recognises what is not a feed', () => {
  it.each([
    [
      'an HTML5 page',
      '<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>Log in<br></body></html>',
      undefined,
    ],
    [
      'an XHTML page',
      '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
      undefined,
    ],
    [
      'a bare <html> with comment first',
      '<!-- portal --><HTML><body>Wi-Fi</body></HTML>',
      undefined,
    ],
    [
      'text/html without a feed root',
      '<div>Please accept the terms</div>',
      'text/html; charset=utf-8',
    ],
    ['text/html that is plain text', 'Service unavailable', 'text/html'],
  ])('answers %s with html-not-feed', (_name, body, contentType) => {
    const result = parse(utf8(body), contentType);
    expect(result).toMatchObject({ ok: false, error: { code: 'html-not-feed' } });
    if (!result.ok) expect(feedErrorText(result.error)).toContain('web page instead of a feed');
  });

  it('reads a real feed even when served as text/html', () => {
    const result = parse(
      rss('<item><title>Hi</title><link>https://a.example/</link></item>'),
      'text/html',
    );
    expect(result.ok && result.items).toHaveLength(1);
  });

  it('answers the DEV feed cut in half with malformed-xml naming the line', () => {
    const dev = readFixtureBytes('dev-to-rust.rss.xml');
    const result = parse(dev.subarray(0, Math.floor(dev.byteLength / 2)));
    expect(result).toMatchObject({ ok: false, error: { code: 'malformed-xml' } });
    if (!result.ok) {
      expect(feedErrorText(result.error)).toMatch(
        /^The feed is not valid XML \(line \d+: .*cut off\)\.$/,
      );
    }
  });

  it('names the line and the problem of a mismatched tag', () => {
    const result = parse('<rss>\n<channel>\n<item><title>x</title></channel></rss>');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('malformed-xml');
      expect(feedErrorText(result.error)).toContain('line 3');
      expect(feedErrorText(result.error)).toContain("closing tag 'item'");
    }
  });

  it.each([
    ['an XML document of another kind', '<?xml version="1.0"?><note><to>Tove</to></note>'],
    ['JSON that is not a feed', '{"error": "not found"}'],
    ['broken JSON', '{"items": [ '],
  ])('answers %s with unknown-format', (_name, body) => {
    expect(errorCode(parse(utf8(body)))).toBe('unknown-format');
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['whitespace', utf8('  \r\n\t ')],
    ['a lone BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['an empty string', ''],
  ])('answers %s with empty-body', (_name, body) => {
    expect(parse(body)).toMatchObject({ ok: false, error: { code: 'empty-body' } });
  });

  it('treats a feed without items as a success with no posts', () => {
    expect(parse(rss(''))).toEqual({ ok: true, title: 'T', items: [] });
    expect(parse('<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>')).toEqual({
      ok: true,
      title: 'A',
      items: [],
    });
  });

  it('answers absurdly deep nesting with malformed-xml, without throwing', () => {
    const depth = 2000;
    const body = `<rss><channel><item><description>${'<b>'.repeat(depth)}x${'</b>'.repeat(depth)}</description></item></channel></rss>`;
    expect(errorCode(parse(body))).toBe('malformed-xml');
  });

  it('never throws, whatever it is given', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      new Uint8Array([0x00, 0xff, 0xfe, 0x3c]),
      '<',
      '<?xml',
      '<!DOCTYPE',
      '<rss><channel><item><link>',
      '{"items": [null, 1, "x", {"url": 5}]}',
    ];
    for (const body of garbage) {
      const result = parseFeed(body as string, OPTIONS);
      expect(typeof result.ok).toBe('boolean');
    }
    expect(parseFeed('<rss/>', { feedUrl: 'not a url', now: NaN }).ok).toBe(true);
  });
});

describe('parseFeed neutralises hostile content', () => {
  it('turns <script> in titles into plain text', () => {
    const result = parse(
      rss(`
        <item><title><![CDATA[Safe <script>alert(1)</script>Rust]]></title><link>https://a.example/1</link></item>
        <item><title>&lt;img src=x onerror=alert(1)&gt;Hello &lt;b&gt;world&lt;/b&gt;</title><link>https://a.example/2</link></item>
        <item><title>&lt;script src="https://evil.example/x.js"&gt;&lt;/script&gt;</title><link>https://a.example/3</link><description>Only text</description></item>
      `),
    );
    if (!result.ok) throw new Error(feedErrorText(result.error));
    expect(result.items.map((item) => item.title)).toEqual([
      'Safe Rust',
      'Hello world',
      'Only text',
    ]);
    for (const item of result.items) expect(item.title).not.toContain('<');
  });

  it('keeps Rust generics in titles, which are text, not tags', () => {
    const result = parse(
      rss(
        '<item><title>Why Box&lt;dyn Error&gt; beats Vec&lt;T&gt;</title><link>https://a.example/</link></item>',
      ),
    );
    expect(result.ok && result.items[0]!.title).toBe('Why Box<dyn Error> beats Vec<T>');
  });

  it('drops items whose only links are not http(s)', () => {
    const result = parse(
      rss(`
        <item><title>js</title><link>javascript:alert(1)</link><guid isPermaLink="false">a</guid></item>
        <item><title>data</title><link>data:text/html,&lt;script&gt;</link></item>
        <item><title>vbs</title><link>  JavaScript:alert(1)</link></item>
        <item><title>ftp</title><link>ftp://files.example/x</link></item>
        <item><title>kept</title><link>javascript:alert(1)</link><guid>https://a.example/permalink</guid></item>
        <item><title>relative</title><link>/posts/1</link></item>
      `),
    );
    if (!result.ok) throw new Error(feedErrorText(result.error));
    expect(result.items.map((item) => [item.title, item.url])).toEqual([
      ['kept', 'https://a.example/permalink'],
      ['relative', 'https://feeds.example/posts/1'],
    ]);
  });

  it('refuses URLs carrying credentials, which can disguise their host', () => {
    const result = parse(
      rss('<item><title>x</title><link>https://dev.to@evil.example/</link></item>'),
    );
    expect(result.ok && result.items).toEqual([]);
  });

  it('parses the DEV feed handed over as a string as well as bytes', () => {
    const text = readFixtureText('dev-to-rust.rss.xml');
    const result = parse(text);
    expect(result.ok && result.items).toHaveLength(12);
  });
});
