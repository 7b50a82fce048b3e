// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FirstFrameCopy, UnreadTally } from '@/utils/db/schema';
import {
  copyFirstFrame,
  drawFirstFrame,
  rawJson,
  usableFirstFrame,
  type FirstFrameContext,
} from '@/utils/popup/first-frame';

const NOW = Date.parse('2026-05-06T16:00:00Z');
const HOUR = 3_600_000;
const NONE = { unread: 0, visible: 0, folded: 0 };

const CONTEXT: FirstFrameContext = {
  settings: rawJson({ tagModes: { career: 'hide' } }),
  sources: rawJson({ sources: [] }),
  uiLanguage: 'en-US',
};

function copy(fields: Partial<FirstFrameCopy> = {}): FirstFrameCopy {
  return {
    revision: 3,
    ...CONTEXT,
    lang: 'en',
    dir: 'ltr',
    html: '<ul class="post-list"><li>One</li></ul>',
    takenAt: NOW - HOUR,
    ...fields,
  };
}

function tally(fields: Partial<UnreadTally> = {}): UnreadTally {
  const filters = {
    tagModes: {},
    mutedAuthors: {},
    titleKeywords: [],
    notRustPosts: 'fold' as const,
  };
  return { key: 'k', filters, all: NONE, bySource: {}, revision: 3, firstFrame: copy(), ...fields };
}

describe('usableFirstFrame', () => {
  it('gives the copy when no post, setting, source or language changed since', () => {
    expect(usableFirstFrame(tally(), CONTEXT)).toEqual(copy());
  });

  it('reads a tally from before revisions as revision 0', () => {
    const old = tally({ revision: undefined, firstFrame: copy({ revision: 0 }) });
    expect(usableFirstFrame(old, CONTEXT)).not.toBeNull();
  });

  it.each([
    ['no tally', undefined, CONTEXT],
    ['no copy', tally({ firstFrame: undefined }), CONTEXT],
    ['a post changed since (revision moved)', tally({ revision: 4 }), CONTEXT],
    ['other settings', tally(), { ...CONTEXT, settings: rawJson({ tagModes: {} }) }],
    ['another source list', tally(), { ...CONTEXT, sources: rawJson({ sources: [1] }) }],
    ['another UI language', tally(), { ...CONTEXT, uiLanguage: 'de' }],
    [
      'a failed settings read',
      tally({ firstFrame: copy({ settings: '' }) }),
      { ...CONTEXT, settings: rawJson(null) },
    ],
    [
      'a failed sources read',
      tally({ firstFrame: copy({ sources: '' }) }),
      { ...CONTEXT, sources: rawJson(null) },
    ],
  ])('gives nothing with %s', (_name, stored, context) => {
    expect(usableFirstFrame(stored, context)).toBeNull();
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
