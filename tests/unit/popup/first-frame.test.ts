// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  copyFirstFrame,
  drawFirstFrame,
  beforePostWrite,
  dropKeptFrame,
  keepFrame,
  keptFrameIsCurrent,
  mayDrawKeptFrame,
  rawJson,
  postWriteBegunAt,
  postWriteBegunRecently,
  readKeptFrame,
  WRITE_SETTLE_MS,
  type FirstFrameCopy,
} from '@/utils/popup/first-frame';
import { memoryArea } from './memory-area';

const NOW = Date.parse('2026-05-06T16:00:00Z');
const HOUR = 3_600_000;

const CONTEXT = {
  revision: 3,
  settings: rawJson({ tagModes: { career: 'hide' } }),
  sources: rawJson({ sources: [] }),
};

function copy(fields: Partial<FirstFrameCopy> = {}): FirstFrameCopy {
  return {
    ...CONTEXT,
    uiLanguage: 'en-US',
    version: '1.4.0',
    lang: 'en',
    dir: 'ltr',
    html: '<ul class="post-list"><li>One</li></ul>',
    takenAt: NOW - HOUR,
    ...fields,
  };
}

describe('the kept first frame', () => {
  it('is neither read nor kept where storage cannot be reached, and nothing throws', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(readKeptFrame(blocked, 'en-US', '1.4.0')).toBeNull();
    expect(() => keepFrame(blocked, copy())).not.toThrow();
    expect(() => dropKeptFrame(blocked)).not.toThrow();
    expect(() => beforePostWrite(blocked, NOW)).not.toThrow();
    // Unknown: treated as a change under way.
    expect(postWriteBegunRecently(blocked, NOW)).toBe(true);
  });

  it('goes before a page changes posts, and tells other pages for a while that one began', () => {
    const area = memoryArea();
    keepFrame(area, copy());
    expect(postWriteBegunRecently(area, NOW)).toBe(false);

    beforePostWrite(area, NOW);
    expect(readKeptFrame(area, 'en-US', '1.4.0')).toBeNull();
    expect(postWriteBegunRecently(area, NOW + 1_000)).toBe(true);
    expect(postWriteBegunRecently(area, NOW + WRITE_SETTLE_MS)).toBe(false);
  });

  it('tells when the last change began, to the page that began it', () => {
    const area = memoryArea();
    expect(postWriteBegunAt(area)).toBeNull();
    beforePostWrite(area, NOW);
    expect(postWriteBegunAt(area)).toBe(NOW);
    beforePostWrite(area, NOW + 5);
    expect(postWriteBegunAt(area)).toBe(NOW + 5);
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(postWriteBegunAt(blocked)).toBeNull();
  });

  it('is read back as kept, for the UI language it was drawn in', () => {
    const area = memoryArea();
    keepFrame(area, copy());
    expect(readKeptFrame(area, 'en-US', '1.4.0')).toEqual(copy());
    expect(readKeptFrame(area, 'de', '1.4.0')).toBeNull();
  });

  it('is not drawn by another version of the extension (an update: other markup and styles)', () => {
    const area = memoryArea();
    keepFrame(area, copy());
    expect(readKeptFrame(area, 'en-US', '1.5.0')).toBeNull();
    // Kept before copies had a version.
    keepFrame(area, { ...copy(), version: undefined as unknown as string });
    expect(readKeptFrame(area, 'en-US', '1.4.0')).toBeNull();
  });

  it('is gone once dropped (what every writer of posts does first)', () => {
    const area = memoryArea();
    keepFrame(area, copy());
    dropKeptFrame(area);
    expect(readKeptFrame(area, 'en-US', '1.4.0')).toBeNull();
    expect(area.items.size).toBe(0);
  });

  it('reads as none when absent, damaged or of another shape', () => {
    const area = memoryArea();
    expect(readKeptFrame(area, 'en-US', '1.4.0')).toBeNull();
    for (const damaged of [
      '{',
      '"text"',
      '42',
      '{"html":1}',
      JSON.stringify({ ...copy(), revision: '3' }),
    ]) {
      area.items.set([...area.items.keys()][0] ?? 'rustRadarFirstFrame', damaged);
      expect(readKeptFrame(area, 'en-US', '1.4.0')).toBeNull();
    }
  });

  it('is not kept when storage refuses the write, and no older copy stays', () => {
    const area = memoryArea();
    keepFrame(area, copy({ html: '<p>older</p>' }));
    const full = memoryArea(true);
    full.items.set([...area.items.keys()][0]!, [...area.items.values()][0]!);
    expect(readKeptFrame(full, 'en-US', '1.4.0')?.html).toBe('<p>older</p>');
    keepFrame(full, copy());
    expect(readKeptFrame(full, 'en-US', '1.4.0')).toBeNull();
  });

  it('is current while revision, settings and sources are those it was drawn with', () => {
    expect(keptFrameIsCurrent(copy(), CONTEXT)).toBe(true);
    expect(keptFrameIsCurrent(copy(), { ...CONTEXT, revision: 4 })).toBe(false);
    expect(keptFrameIsCurrent(copy(), { ...CONTEXT, revision: null })).toBe(false);
    expect(keptFrameIsCurrent(copy(), { ...CONTEXT, settings: rawJson({}) })).toBe(false);
    expect(keptFrameIsCurrent(copy(), { ...CONTEXT, sources: rawJson({ sources: [1] }) })).toBe(
      false,
    );
    // A failed read (rawJson(null)) never matches.
    expect(
      keptFrameIsCurrent(copy({ settings: '' }), { ...CONTEXT, settings: rawJson(null) }),
    ).toBe(false);
  });
});

describe('copyFirstFrame', () => {
  it("keeps the first posts and the header, not alerts, the undo toast or 'Load more'", () => {
    const app = document.createElement('div');
    app.innerHTML = `<header><h1>Rust Radar</h1><span>12 unread</span></header>
      <p role="alert">Couldn't reach dev.to</p>
      <ul class="post-list">${Array.from({ length: 12 }, (_, n) => `<li>Post ${n}</li>`).join('')}</ul>
      <button class="load-more">Load more</button>
      <div class="toast">Marked read. <button>Undo</button></div>`;

    const html = copyFirstFrame(app, 8);
    const copied = document.createElement('div');
    copied.innerHTML = html;

    expect(copied.querySelector('h1')?.textContent).toBe('Rust Radar');
    expect([...copied.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      Array.from({ length: 8 }, (_, n) => `Post ${n}`),
    );
    expect(copied.querySelector('[role="alert"], .toast, .load-more')).toBeNull();
    // The page itself is untouched.
    expect(app.querySelectorAll('li')).toHaveLength(12);
    expect(app.querySelector('.toast')).not.toBeNull();
  });
});

describe('drawFirstFrame', () => {
  it('draws the copy with its language and direction, and tells every age again', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const app = document.getElementById('app')!;
    const posted = new Date(NOW - 5 * HOUR).toISOString();
    const stored = copy({
      lang: 'ar',
      dir: 'rtl',
      html: `<ul class="post-list"><li>One <time datetime="${posted}" data-relative="long">4 hours ago</time></li></ul>`,
    });

    expect(drawFirstFrame(app, document, stored, NOW)).toBe(true);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(app.getAttribute('data-first-frame')).toBe('copy');
    const age = app.querySelector('time')!.textContent;
    expect(age).not.toBe('4 hours ago');
    expect(age).toBe(new Intl.RelativeTimeFormat('ar', { style: 'long' }).format(-5, 'hour'));
  });

  it('draws nothing once the popup has rendered', () => {
    document.body.innerHTML = '<div id="app"><main>Rendered</main></div>';
    const app = document.getElementById('app')!;

    expect(drawFirstFrame(app, document, copy(), NOW)).toBe(false);
    expect(app.textContent).toBe('Rendered');
    expect(app.hasAttribute('data-first-frame')).toBe(false);
  });
});

describe('mayDrawKeptFrame', () => {
  it('draws a copy at once, and a checked one only once found current', () => {
    expect(mayDrawKeptFrame(copy(), undefined)).toBe(true);
    const checked = copy({ checked: true });
    // Nothing read yet: not drawn.
    expect(mayDrawKeptFrame(checked, undefined)).toBe(false);
    expect(mayDrawKeptFrame(checked, CONTEXT)).toBe(true);
    // A notification's "Mark read" moved the revision; settings changed; no counts stored.
    expect(mayDrawKeptFrame(checked, { ...CONTEXT, revision: 4 })).toBe(false);
    expect(mayDrawKeptFrame(checked, { ...CONTEXT, settings: rawJson({}) })).toBe(false);
    expect(mayDrawKeptFrame(checked, { ...CONTEXT, revision: null })).toBe(false);
  });
});
