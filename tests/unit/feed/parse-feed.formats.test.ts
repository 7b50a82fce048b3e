import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feed/parse-feed';
import type { FeedItem } from '../../../utils/feed/post';
import { feedErrorText } from './feed-error-text';

const NOW = Date.UTC(2030, 0, 1);

function items(body: string, feedUrl = 'https://feeds.example/feed'): FeedItem[] {
  const result = parseFeed(body, { feedUrl, now: NOW });
  if (!result.ok) throw new Error(`${result.error.code}: ${feedErrorText(result.error)}`);
  return result.items;
}

const RSS_NAMESPACES =
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';

describe('RSS 2.0', () => {
  it('reads every field of a full item', () => {
    const [item] = items(`<rss version="2.0" ${RSS_NAMESPACES}><channel><title>C</title>
      <item>
        <title>A &amp;amp; B</title>
        <link>https://blog.example/a-b</link>
        <guid isPermaLink="false">post-17</guid>
        <author>lee@example.com (Lee Hanxue)</author>
        <pubDate>Sat, 01 Jun 2024 08:00:00 GMT</pubDate>
        <category domain="https://blog.example/tags">Rust</category>
        <category> Async  Rust </category>
        <category>rust</category>
        <category></category>
        <description>&lt;p&gt;Short&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p>Long</p><pre><code class="language-rust">fn main() {}</code></pre>]]></content:encoded>
      </item></channel></rss>`);
    expect(item).toEqual({
      id: 'post-17',
      url: 'https://blog.example/a-b',
      title: 'A & B',
      author: 'Lee Hanxue',
      publishedAt: '2024-06-01T08:00:00.000Z',
      tags: ['rust', 'async rust'],
      summaryHtml: '<p>Short</p>',
      readingMinutes: 1,
      hasRustCode: true,
    });
  });

  it('falls back to content:encoded for the summary, and joins several dc:creator', () => {
    const [item] = items(`<rss ${RSS_NAMESPACES}><channel><item>
        <link>https://blog.example/x</link>
        <dc:creator>Ann</dc:creator><dc:creator>Bob</dc:creator>
        <content:encoded>&lt;p&gt;Only content&lt;/p&gt;</content:encoded>
      </item></channel></rss>`);
    expect(item).toMatchObject({
      summaryHtml: '<p>Only content</p>',
      author: 'Ann, Bob',
      title: 'Only content',
    });
  });

  it.each([
    ['Lee <lee@example.com>', 'Lee'],
    ['noreply@blogger.com (Jane Doe)', 'Jane Doe'],
    ['editor@example.com', ''],
    ['The Team', 'The Team'],
  ])('reads the author %j as %j', (author, expected) => {
    const [item] = items(
      `<rss><channel><item><link>https://a.example/</link><author>${author.replace(/</g, '&lt;')}</author></item></channel></rss>`,
    );
    expect(item!.author).toBe(expected);
  });

  it('reads dc elements under whatever prefix the feed declares', () => {
    const [item] = items(`<rss xmlns:dcel="http://purl.org/dc/elements/1.1/"><channel><item>
        <link>https://a.example/</link><dcel:creator>Ann</dcel:creator><dcel:date>2024-01-02T03:04:05Z</dcel:date>
      </item></channel></rss>`);
    expect(item).toMatchObject({ author: 'Ann', publishedAt: '2024-01-02T03:04:05.000Z' });
  });

  it('uses a permalink guid as URL, but not one marked isPermaLink="false"', () => {
    const result = items(`<rss><channel>
        <item><title>permalink</title><guid>https://a.example/1</guid></item>
        <item><title>not a permalink</title><guid isPermaLink="false">https://a.example/2</guid></item>
      </channel></rss>`);
    expect(result.map((item) => [item.title, item.url])).toEqual([
      ['permalink', 'https://a.example/1'],
    ]);
  });

  it('collapses repeated guids to the first item', () => {
    const result = items(`<rss><channel>
        <item><title>first</title><link>https://a.example/1</link><guid>same</guid></item>
        <item><title>second</title><link>https://a.example/2</link><guid>same</guid></item>
        <item><title>third</title><link>https://a.example/3</link></item>
      </channel></rss>`);
    expect(result.map((item) => [item.id, item.title])).toEqual([
      ['same', 'first'],
      ['https://a.example/3', 'third'],
    ]);
  });

  it('resolves links and summary URLs against xml:base', () => {
    const [item] = items(`<rss xml:base="https://www.al-monitor.com/"><channel><item>
        <link>originals/2026/02/x</link>
        <description>&lt;a href="/about"&gt;a&lt;/a&gt; &lt;img src='pics/1.png'&gt; &lt;a href="#top"&gt;t&lt;/a&gt; &lt;a href="mailto:x@y.z"&gt;m&lt;/a&gt;</description>
      </item></channel></rss>`);
    expect(item!.url).toBe('https://www.al-monitor.com/originals/2026/02/x');
    expect(item!.summaryHtml).toBe(
      '<a href="https://www.al-monitor.com/about">a</a> <img src="https://www.al-monitor.com/pics/1.png"> <a href="#top">t</a> <a href="mailto:x@y.z">m</a>',
    );
  });

  it('leaves summary URLs alone when no xml:base applies', () => {
    const [item] = items(
      `<rss><channel><item><link>https://a.example/p</link><description>&lt;img src="x.png"&gt;</description></item></channel></rss>`,
    );
    expect(item!.summaryHtml).toBe('<img src="x.png">');
  });

  it('titles an item with neither title nor text "(untitled)", and dates it now', () => {
    const [item] = items(
      '<rss><channel><item><link>https://a.example/</link></item></channel></rss>',
    );
    expect(item).toMatchObject({ title: '(untitled)', publishedAt: new Date(NOW).toISOString() });
    expect(item!.id).toBe('https://a.example/');
  });

  it('reads a channel-less RSS 0.9x document and a namespaced <rss> root', () => {
    expect(items('<rss><item><link>https://a.example/1</link></item></rss>')).toHaveLength(1);
    expect(
      items(
        '<rss xmlns="http://backend.userland.com/rss2"><channel><item><link>https://a.example/1</link></item></channel></rss>',
      ),
    ).toHaveLength(1);
  });
});

describe('Atom 1.0', () => {
  const feed = (entries: string, attributes = '') =>
    `<feed xmlns="http://www.w3.org/2005/Atom" ${attributes}><title type="html">F &amp;amp; G</title>
      <author><name>Feed Author</name></author>${entries}</feed>`;

  it('reads a full entry', () => {
    const result = parseFeed(
      feed(`<entry>
        <id>tag:blog.example,2024:1</id>
        <title type="text">Hello</title>
        <link rel="self" href="https://blog.example/self"/>
        <link rel="enclosure" href="https://blog.example/a.mp3"/>
        <link rel="alternate" type="application/json" href="https://blog.example/1.json"/>
        <link rel="alternate" type="text/html" href="https://blog.example/1"/>
        <author><name>Ann</name></author><author><name>Bob</name></author>
        <published>2024-01-02T03:04:05+01:00</published>
        <updated>2024-02-02T00:00:00Z</updated>
        <category term="Rust" label="The Rust language"/><category term="wasm"/>
        <summary type="html">&lt;p&gt;Sum&lt;/p&gt;</summary>
        <content type="html">&lt;p&gt;Full&lt;/p&gt;</content>
      </entry>`),
      { feedUrl: 'https://blog.example/atom.xml', now: NOW },
    );
    expect(result).toEqual({
      ok: true,
      title: 'F & G',
      items: [
        {
          id: 'tag:blog.example,2024:1',
          url: 'https://blog.example/1',
          title: 'Hello',
          author: 'Ann, Bob',
          publishedAt: '2024-01-02T02:04:05.000Z',
          tags: ['rust', 'wasm'],
          summaryHtml: '<p>Sum</p>',
          readingMinutes: 1,
          hasRustCode: false,
        },
      ],
    });
  });

  it('takes a link without rel as alternate, inherits the feed author, falls back to updated', () => {
    const [entry] = items(
      feed(
        '<entry><id>1</id><link href="/posts/1"/><updated>2024-02-02T00:00:00Z</updated></entry>',
      ),
      'https://blog.example/atom.xml',
    );
    expect(entry).toMatchObject({
      url: 'https://blog.example/posts/1',
      author: 'Feed Author',
      publishedAt: '2024-02-02T00:00:00.000Z',
    });
  });

  it('resolves links against entry and link xml:base', () => {
    const result = items(
      feed(
        `<entry xml:base="/blog/"><id>1</id><link href="one"/></entry>
         <entry><id>2</id><link xml:base="https://other.example/x/" href="two"/></entry>`,
        'xml:base="https://base.example/"',
      ),
    );
    expect(result.map((item) => item.url)).toEqual([
      'https://base.example/blog/one',
      'https://other.example/x/two',
    ]);
  });

  it.each([
    ['type="text"', 'a &lt; b &amp; c', 'a &lt; b &amp; c'],
    ['', 'plain\ntext', 'plain<br>text'],
    ['', '&lt;p&gt;forgot the type&lt;/p&gt;', '<p>forgot the type</p>'],
    ['type="html"', '&lt;b&gt;bold&lt;/b&gt;', '<b>bold</b>'],
    [
      'type="xhtml"',
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Hi &amp; <b>you</b></p></div>',
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Hi &amp; <b>you</b></p></div>',
    ],
    ['type="image/png"', 'iVBORw0KGgo=', ''],
  ])('turns a summary %s %j into %j', (type, summary, html) => {
    const [entry] = items(
      feed(
        `<entry><id>1</id><title>t</title><link href="https://a.example/"/><summary ${type}>${summary}</summary></entry>`,
      ),
    );
    expect(entry!.summaryHtml).toBe(html);
  });

  it('reads an xhtml title as text', () => {
    const [entry] = items(
      feed(
        '<entry><id>1</id><link href="https://a.example/"/><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Less: <em>&lt;</em></div></title></entry>',
      ),
    );
    expect(entry!.title).toBe('Less: <');
  });

  it('reads a prefixed root (<atom:feed>) and its prefixed children', () => {
    const result = parseFeed(
      `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title>
        <atom:entry><atom:id>1</atom:id><atom:title>Prefixed</atom:title>
        <atom:link href="https://a.example/p"/><atom:author><atom:name>Ann</atom:name></atom:author></atom:entry>
      </atom:feed>`,
      { feedUrl: 'https://a.example/feed', now: NOW },
    );
    expect(result).toMatchObject({
      ok: true,
      title: 'P',
      items: [{ title: 'Prefixed', url: 'https://a.example/p', author: 'Ann' }],
    });
  });

  it('uses the id as URL only when it is an http(s) URL', () => {
    const result = items(
      feed(`<entry><id>https://a.example/by-id</id><title>kept</title></entry>
            <entry><id>urn:uuid:1</id><title>dropped</title></entry>`),
    );
    expect(result.map((item) => item.title)).toEqual(['kept']);
  });
});

describe('RSS 1.0 and 0.90 (RDF)', () => {
  it('reads RSS 1.0 items by rdf:about, with dc:date and dc:subject', () => {
    const [item] = items(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://a.example/"><title>R</title></channel>
      <item rdf:about="https://a.example/1"><title>One</title>
        <dc:date>2024-03-28T06:08:34-05:00</dc:date><dc:subject>Rust</dc:subject><dc:subject>WASM</dc:subject>
        <description>Text</description></item>
    </rdf:RDF>`);
    expect(item).toMatchObject({
      id: 'https://a.example/1',
      url: 'https://a.example/1',
      title: 'One',
      publishedAt: '2024-03-28T11:08:34.000Z',
      tags: ['rust', 'wasm'],
    });
  });

  it('reads RSS 0.90 in its own default namespace, and a prefixed RSS 1.0 vocabulary', () => {
    const rss090 = items(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>H</title></channel>
        <item><title>Old</title><link>https://a.example/old</link></item></rdf:RDF>`);
    expect(rss090.map((item) => [item.id, item.title])).toEqual([['https://a.example/old', 'Old']]);

    const prefixed = items(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns:rss="http://purl.org/rss/1.0/"><rss:channel><rss:title>P</rss:title></rss:channel>
        <rss:item rdf:about="https://a.example/p"><rss:title>Prefixed</rss:title></rss:item></rdf:RDF>`);
    expect(prefixed.map((item) => item.title)).toEqual(['Prefixed']);
  });
});

describe('JSON Feed', () => {
  it('reads a 1.1 item, escaping the plain-text summary', () => {
    const [item] = items(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        authors: [{ name: 'Feed Author' }],
        items: [
          {
            id: 7,
            url: '/posts/7',
            title: 'Seven',
            summary: 'a < b',
            content_html: '<pre><code class="language-rust">fn x() {}</code></pre>',
            date_published: '2024-05-01T10:00:00+02:00',
            tags: ['Rust', 'rust', ' CLI '],
          },
        ],
      }),
      'https://json.example/feed.json',
    );
    expect(item).toEqual({
      id: '7',
      url: 'https://json.example/posts/7',
      title: 'Seven',
      author: 'Feed Author',
      publishedAt: '2024-05-01T08:00:00.000Z',
      tags: ['rust', 'cli'],
      summaryHtml: 'a &lt; b',
      readingMinutes: 1,
      hasRustCode: true,
    });
  });

  it('reads the 1.0 author object, content_text and external_url, after a BOM and newline', () => {
    const [item] = items(
      '\ufeff\n' +
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1',
          items: [
            {
              id: 'x',
              external_url: 'https://elsewhere.example/',
              content_text: 'Line one\nLine two',
              author: { name: 'Ann' },
            },
            { id: 'y', url: 'javascript:alert(1)' },
          ],
        }),
    );
    expect(item).toMatchObject({
      url: 'https://elsewhere.example/',
      author: 'Ann',
      summaryHtml: 'Line one<br>Line two',
      title: 'Line one Line two',
    });
  });
});
