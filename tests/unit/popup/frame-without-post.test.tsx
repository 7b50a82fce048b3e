// @vitest-environment jsdom
import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_FRAME_POSTS } from '@/components/popup/use-post-pages';
import { english } from '@/utils/i18n/english';
import { countUnread } from '@/utils/db/list-posts';
import { setPostRead } from '@/utils/db/read-state';
import { compileVisibility } from '@/utils/filters/post-visibility';
import {
  beforePostWrite,
  copyFirstFrame,
  rawJson,
  readKeptFrame,
  type FirstFrameCopy,
} from '@/utils/popup/first-frame';
import { frameWithoutPost, keepFrameWithoutPost } from '@/utils/popup/keep-first-frame';
import { openTestDb, seedPosts, storedPost } from '../db/helpers';
import { makePost, NOW } from './fake-source';
import { memoryArea } from './memory-area';
import { renderPopup } from './render-popup';

// The kept copy of the popup's first frame after the popup reads or snoozes one of its posts
// (`frameWithoutPost`, utils/popup/keep-first-frame.ts): kept without that post, one revision on, or not at all.

const countText = (unread: number) => english.plural('popupUnreadCount', unread);

/** The copy the popup's entrypoint would keep of the popup drawn with `posts` unread posts. */
async function keptCopyOf(posts: number): Promise<FirstFrameCopy> {
  const onOpeningShown = vi.fn();
  const listed = Array.from({ length: posts }, (_, index) => makePost(index));
  renderPopup({ posts: listed }, { onOpeningShown });
  await waitFor(() => expect(onOpeningShown).toHaveBeenCalledTimes(1));
  const container = onOpeningShown.mock.calls[0]![0] as Element;
  return {
    revision: 41,
    settings: rawJson({}),
    sources: rawJson({ sources: [] }),
    uiLanguage: 'en-US',
    version: '1.4.0',
    lang: 'en',
    dir: 'ltr',
    html: copyFirstFrame(container, FIRST_FRAME_POSTS),
    takenAt: NOW,
  };
}

/** What a copy shows: its posts' ids and the header's count, as the early script draws it. */
function shown(copy: FirstFrameCopy) {
  const app = document.createElement('div');
  app.innerHTML = copy.html;
  return {
    posts: [...app.querySelectorAll('li.post')].map((post) => post.getAttribute('data-post')),
    count: app.querySelector('.unread-count')?.textContent,
  };
}

const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, index) => makePost(from + index).id);

describe('frameWithoutPost', () => {
  it('takes a listed post out of the copy, counts one less, and expects the next revision', async () => {
    const copy = await keptCopyOf(10);
    expect(shown(copy)).toEqual({ posts: ids(0, FIRST_FRAME_POSTS), count: '10 unread' });

    const patched = frameWithoutPost(copy, makePost(2).id, document, countText)!;
    expect(shown(patched)).toEqual({
      posts: ids(0, FIRST_FRAME_POSTS).filter((id) => id !== makePost(2).id),
      count: '9 unread',
    });
    expect(patched).toEqual({ ...copy, revision: 42, html: patched.html });
    // Again, for the next read: the count it drew is the one it counts from.
    const twice = frameWithoutPost(patched, makePost(0).id, document, countText)!;
    expect(shown(twice).count).toBe('8 unread');
    expect(twice.revision).toBe(43);
  });

  it('keeps the rest of the markup as it was', async () => {
    const copy = await keptCopyOf(3);
    const patched = frameWithoutPost(copy, makePost(1).id, document, countText)!;
    const item = new RegExp(`<li [^>]*data-post="${makePost(1).id}"[^]*?</li>`);
    const expected = copy.html
      .replace(item, '')
      .replace('data-count="3">3 unread', 'data-count="2">2 unread');
    expect(patched.html).toBe(expected);
  });

  it('gives no copy where a patch would be a guess', async () => {
    const copy = await keptCopyOf(10);
    // Not in the copy (the ninth post and after are not drawn first), or not stored at all.
    expect(frameWithoutPost(copy, makePost(FIRST_FRAME_POSTS).id, document, countText)).toBeNull();
    expect(frameWithoutPost(copy, 'unknown', document, countText)).toBeNull();
    // The last post listed: the empty state is the popup's to draw.
    const single = await keptCopyOf(1);
    expect(frameWithoutPost(single, makePost(0).id, document, countText)).toBeNull();
    // A count that is not the one drawn, or fewer than the posts listed.
    const unknownCount = { ...copy, html: copy.html.replace(/ data-count="\d+"/, '') };
    expect(frameWithoutPost(unknownCount, makePost(0).id, document, countText)).toBeNull();
    const tooFew = { ...copy, html: copy.html.replace('data-count="10"', 'data-count="5"') };
    expect(frameWithoutPost(tooFew, makePost(0).id, document, countText)).toBeNull();
  });

  it('finds posts by id as text, whatever characters the id holds', async () => {
    const copy = await keptCopyOf(3);
    const odd = 'https://example.com/a"] li, [x="1\'';
    const html = copy.html.replace(
      `data-post="${makePost(0).id}"`,
      `data-post="${odd.replace(/"/g, '&quot;')}"`,
    );
    const patched = frameWithoutPost({ ...copy, html }, odd, document, countText)!;
    expect(shown(patched).posts).toEqual(ids(1, 3));
  });
});

describe('keepFrameWithoutPost', () => {
  const RULE = compileVisibility({
    tagModes: {},
    mutedAuthors: {},
    titleKeywords: [],
    notRustPosts: 'fold',
  });

  /**
   * Ten counted unread posts, the copy kept of them at the tally's revision, and this popup's
   * change begun on `read` (the copy dropped, the write mark left), not written yet.
   */
  async function readingOne(read: string, fields: Partial<FirstFrameCopy> = {}) {
    const db = await openTestDb();
    await seedPosts(
      db,
      Array.from({ length: 10 }, (_, index) =>
        storedPost(makePost(index).id, { sortAt: NOW - index * 60_000 }),
      ),
    );
    await countUnread(db, RULE);
    const revision = (await db.get('tallies', 'unread'))!.revision!;
    const copy = { ...(await keptCopyOf(10)), revision, ...fields };
    const area = memoryArea();
    const startedAt = NOW;
    beforePostWrite(area, startedAt);
    const keep = () =>
      keepFrameWithoutPost(copy, read, { db, area, page: document, countText, startedAt });
    const kept = () => readKeptFrame(area, 'en-US', '1.4.0');
    return { db, area, copy, keep, kept, revision };
  }

  it('keeps the copy without the post once its read committed, the one change since', async () => {
    const read = makePost(1).id;
    const { db, keep, kept, revision } = await readingOne(read);
    await setPostRead(db, read, true, NOW);
    expect(await keep()).toBe(true);
    expect(kept()?.revision).toBe(revision + 1);
    expect(shown(kept()!).posts).toEqual(ids(0, FIRST_FRAME_POSTS).filter((id) => id !== read));
  });

  it('keeps a copy to be checked first as one to be checked first', async () => {
    const read = makePost(1).id;
    const { db, keep, kept } = await readingOne(read, { checked: true });
    await setPostRead(db, read, true, NOW);
    expect(await keep()).toBe(true);
    expect(kept()?.checked).toBe(true);
  });

  it('keeps none when nothing was written, or another change came', async () => {
    const read = makePost(1).id;
    // Nothing written since (the revision did not move).
    const unchanged = await readingOne(read);
    expect(await unchanged.keep()).toBe(false);
    expect(unchanged.kept()).toBeNull();
    // Written, then another write (a notification's "Mark read").
    const after = await readingOne(read);
    await setPostRead(after.db, read, true, NOW);
    await setPostRead(after.db, makePost(2).id, true, NOW);
    expect(await after.keep()).toBe(false);
    expect(after.kept()).toBeNull();
  });

  it('keeps none when another page began a change meanwhile', async () => {
    const read = makePost(1).id;
    const { db, area, keep, kept } = await readingOne(read);
    await setPostRead(db, read, true, NOW);
    beforePostWrite(area, NOW + 1);
    expect(await keep()).toBe(false);
    expect(kept()).toBeNull();
  });
});
