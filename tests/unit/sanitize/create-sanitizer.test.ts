// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '@/utils/sanitize/create-sanitizer';

const POST_URL = 'https://dev.to/jane/unsafe-rust-1abc';
const sanitizer = createSanitizer(window);

/** Sanitizes and parses the result back, the way the preview component will show it. */
function render(dirty: string, loadImages = false) {
  const { html, imageCount } = sanitizer.sanitize(dirty, { baseUrl: POST_URL, loadImages });
  const box = document.createElement('div');
  box.innerHTML = html;
  return { html, box, imageCount };
}

/** Every way script could still run or the page could be subverted, found in `box`. */
function dangers(box: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of Array.from(box.querySelectorAll('*'))) {
    const tag = el.localName;
    if (
      [
        'script',
        'style',
        'iframe',
        'object',
        'embed',
        'form',
        'input',
        'button',
        'textarea',
        'base',
        'meta',
        'link',
        'svg',
        'math',
        'frame',
        'template',
        'noscript',
      ].includes(tag)
    ) {
      found.push(`<${tag}>`);
    }
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
      found.push(`${tag} in ${el.namespaceURI}`);
    for (const attr of Array.from(el.attributes)) {
      // Browsers ignore whitespace and control characters inside a scheme (`jav\tascript:`).
      // eslint-disable-next-line no-control-regex -- stripping them is the point here
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (
        ['style', 'srcdoc', 'srcset', 'id', 'name', 'class', 'formaction', 'action'].includes(
          attr.name,
        )
      ) {
        if (!(attr.name === 'class' && el.classList.contains('summary-image-placeholder'))) {
          found.push(`${tag}[${attr.name}]`);
        }
      }
      if (/^(javascript|vbscript|data|blob|file):/.test(value))
        found.push(`${tag}[${attr.name}=${value}]`);
    }
  }
  return found;
}

describe('createSanitizer', () => {
  it.each([
    ['script element', '<p>hi</p><script>window.__pwned = 1</script>'],
    ['img onerror', '<img src=x onerror="window.__pwned = 1">'],
    ['event handler on anything', '<p onclick="window.__pwned=1" onmouseover=alert(1)>x</p>'],
    ['javascript: link', '<a href="javascript:window.__pwned=1">click</a>'],
    ['obfuscated javascript: link', '<a href="  jav&#x09;ascript:alert(1)">click</a>'],
    ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'],
    [
      'object and embed',
      '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">',
    ],
    [
      'form with formaction',
      '<form action="https://evil.example"><input name=q><button formaction="javascript:alert(1)">Go</button></form>',
    ],
    [
      'style element and attribute',
      '<style>body{display:none}</style><p style="position:fixed;inset:0">x</p>',
    ],
    [
      'mXSS via math',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    ],
    ['mXSS via svg', '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>'],
    [
      'svg script',
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    ],
    [
      'noscript breakout',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    ],
    ['base tag', '<base href="https://evil.example/"><a href="/x">x</a>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['template', '<template><img src=x onerror=alert(1)></template>'],
    [
      'DOM clobbering',
      '<img name="getElementById"><form id="body"></form><a id="location" href="/x">x</a>',
    ],
    [
      'smuggled placeholder',
      '<span data-src="javascript:alert(1)" class="summary-image-placeholder">x</span>',
    ],
  ])('neutralizes %s', (_name, dirty) => {
    const { box } = render(dirty);
    expect(dangers(box)).toEqual([]);
    // Loading images must not bring any of it back.
    expect(dangers(render(dirty, true).box)).toEqual([]);
  });

  it('keeps ordinary markup and code', () => {
    const { box } = render(
      '<p>Use <code>union</code> and <strong>care</strong></p><pre><code>let x = 1;</code></pre>',
    );
    expect(box.querySelector('p code')?.textContent).toBe('union');
    expect(box.querySelector('pre code')?.textContent).toBe('let x = 1;');
    expect(box.querySelector('strong')).not.toBeNull();
  });

  it('makes relative links absolute against the post and opens them in a new tab', () => {
    const { box } = render(
      '<a href="/t/rust">tag</a> <a href="../other">other</a> <a href="#part-2">part</a>',
    );
    const links = Array.from(box.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://dev.to/t/rust',
      'https://dev.to/other',
      'https://dev.to/jane/unsafe-rust-1abc#part-2',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('keeps http, https and mailto links and drops every other scheme', () => {
    const { box } = render(
      '<a href="https://a.example/">a</a><a href="http://b.example/">b</a><a href="mailto:x@y.example">c</a>' +
        '<a href="ftp://c.example/">d</a><a href="file:///etc/passwd">e</a><a href="https://dev.to@evil.example/">f</a>',
    );
    expect(Array.from(box.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://a.example/',
      'http://b.example/',
      'mailto:x@y.example',
      null,
      null,
      null,
    ]);
    // The text of a dropped link is kept.
    expect(box.textContent).toBe('abcdef');
  });

  it('drops relative links when the post has no usable URL', () => {
    const { html } = sanitizer.sanitize('<a href="/x">x</a>', { baseUrl: null });
    expect(html).toBe('<a target="_blank" rel="noopener noreferrer">x</a>');
  });

  it('does not load remote images until asked, keeping their checked URL in a data attribute', () => {
    const dirty =
      '<p><img src="/img/a.png" alt="diagram"><img src="https://cdn.example/b.gif" srcset="https://t.example/1x 1x"></p>';
    const held = render(dirty);
    expect(held.imageCount).toBe(2);
    expect(held.box.querySelectorAll('img')).toHaveLength(0);
    expect(held.html).not.toMatch(/\ssrc=/);
    const placeholders = Array.from(
      held.box.querySelectorAll<HTMLElement>('.summary-image-placeholder'),
    );
    expect(placeholders.map((p) => p.dataset.src)).toEqual([
      'https://dev.to/img/a.png',
      'https://cdn.example/b.gif',
    ]);
    expect(placeholders[0]?.textContent).toBe('Image: diagram');

    const loaded = render(dirty, true);
    const images = Array.from(loaded.box.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      'https://dev.to/img/a.png',
      'https://cdn.example/b.gif',
    ]);
    expect(images.every((img) => img.getAttribute('referrerpolicy') === 'no-referrer')).toBe(true);
    expect(images.some((img) => img.hasAttribute('srcset'))).toBe(false);
  });

  it('drops images that are not http(s), keeping their alt text', () => {
    const { box, imageCount } = render(
      '<img src="data:image/png;base64,AAAA" alt="pixel"><img src="javascript:alert(1)" alt="js">',
      true,
    );
    expect(imageCount).toBe(0);
    expect(box.querySelectorAll('img')).toHaveLength(0);
    expect(box.textContent).toBe('pixeljs');
  });

  it('never evaluates anything while sanitizing', () => {
    const pwned = window as unknown as { __pwned?: number };
    render('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>', true);
    expect(pwned.__pwned).toBeUndefined();
  });
});
