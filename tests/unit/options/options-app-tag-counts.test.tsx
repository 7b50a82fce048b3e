// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render as renderNow } from 'preact';
import { OptionsApp } from '@/components/options/options-app';
import { FIRST_FRAME_TAG_ROWS } from '@/components/options/tag-filters';
import { TranslatorProvider } from '@/components/shared/translator-context';
import { english } from '@/utils/i18n/english';
import type { TagCountCache } from '@/components/options/options-deps';
import type { OptionsPost } from '../../../utils/options/options-post';
import type { TagCount } from '../../../utils/options/tag-counts';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { checked, render, screen, waitFor, within } from './helpers/dom';
import { DEV_FIXTURE_POSTS } from './helpers/dev-fixture-posts';
import { fakeDeps, SECTION_TITLES } from './helpers/fake-deps';

// The tag rows come from the last visit's counts while the posts are read (5,000 take most of
// a second), and the posts' own counts replace them and are kept for the next visit.

function memoryCache(counts: TagCount[] | null): TagCountCache & { stored: TagCount[] | null } {
  const cache = {
    stored: counts,
    read: vi.fn(async () => cache.stored),
    write: vi.fn(async (next: readonly TagCount[]) => {
      cache.stored = [...next];
    }),
  };
  return cache;
}

/** Posts that are read only when `finish` is called (or fail with `fail`). */
function slowPosts() {
  let finish!: (posts: OptionsPost[]) => void;
  let fail!: () => void;
  const read = new Promise<OptionsPost[]>((resolve, reject) => {
    finish = resolve;
    fail = () => reject(new Error('unreadable'));
  });
  return { read, finish: (posts = DEV_FIXTURE_POSTS) => finish(posts), fail };
}

const tagRowTexts = () =>
  within(screen.getByRole('list', { name: 'Tags' }))
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.tag-row__name')!.textContent);

describe('OptionsApp tag counts', () => {
  it('lists the last visit’s tags, with the stored settings, before the posts are read', async () => {
    const posts = slowPosts();
    const deps = fakeDeps({ ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } });
    deps.loadPosts = vi.fn(() => posts.read);
    deps.tagCountCache = memoryCache([
      { tag: 'rust', count: 40 },
      { tag: 'career', count: 3 },
    ]);
    render(<OptionsApp deps={deps} />);

    expect(await screen.findByRole('radiogroup', { name: 'rust' })).toBeTruthy();
    expect(tagRowTexts()).toEqual(['rust', 'career']);
    expect(screen.getByText('40 posts')).toBeTruthy();
    const hide = within(screen.getByRole('radiogroup', { name: 'career' })).getByRole('radio', {
      name: 'Hide',
    });
    expect(checked(hide)).toBe(true);
    // The preview waits for the posts: it is never computed from the cached counts.
    expect(screen.getAllByText('Reading stored posts…').length).toBeGreaterThan(0);
  });

  it('replaces the cached counts with the posts’ own and keeps those for the next visit', async () => {
    const posts = slowPosts();
    const deps = fakeDeps();
    deps.loadPosts = vi.fn(() => posts.read);
    const cache = memoryCache([{ tag: 'gone', count: 9 }]);
    deps.tagCountCache = cache;
    render(<OptionsApp deps={deps} />);
    await screen.findByRole('radiogroup', { name: 'gone' });

    posts.finish();
    await screen.findByText('12 of 12 stored posts shown');
    expect(screen.queryByRole('radiogroup', { name: 'gone' })).toBeNull();
    expect(tagRowTexts()).toHaveLength(24);
    await waitFor(() => expect(cache.write).toHaveBeenCalledTimes(1));
    expect(cache.stored?.[0]).toEqual({ tag: 'rust', count: 12 });
  });

  it('does not write counts that did not change', async () => {
    const first = fakeDeps();
    const cache = memoryCache(null);
    first.tagCountCache = cache;
    const { unmount } = render(<OptionsApp deps={first} />);
    await screen.findByText('12 of 12 stored posts shown');
    await waitFor(() => expect(cache.write).toHaveBeenCalledTimes(1));
    unmount();

    const second = fakeDeps();
    second.tagCountCache = cache;
    render(<OptionsApp deps={second} />);
    await screen.findByText('12 of 12 stored posts shown');
    await waitFor(() => expect(cache.read).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cache.write).toHaveBeenCalledTimes(1);
  });

  it('stores no counts when the posts cannot be read', async () => {
    const posts = slowPosts();
    const deps = fakeDeps();
    deps.loadPosts = vi.fn(() => posts.read);
    const cache = memoryCache([{ tag: 'rust', count: 40 }]);
    deps.tagCountCache = cache;
    render(<OptionsApp deps={deps} />);
    await screen.findByRole('radiogroup', { name: 'rust' });

    posts.fail();
    await screen.findByText(/Stored posts could not be read/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cache.write).not.toHaveBeenCalled();
  });

  it('draws the tag rows in its first render from settings and counts read before it', () => {
    const posts = slowPosts();
    const deps = fakeDeps();
    deps.loadPosts = vi.fn(() => posts.read);
    const cache = memoryCache([{ tag: 'never-read', count: 1 }]);
    deps.tagCountCache = cache;
    render(
      <OptionsApp
        deps={deps}
        initial={{
          settings: { ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } },
          tagCounts: [
            { tag: 'rust', count: 40 },
            { tag: 'career', count: 3 },
          ],
        }}
      />,
    );

    // Synchronously: the rows are part of the first commit, not of a later one.
    expect(tagRowTexts()).toEqual(['rust', 'career']);
    const hide = within(screen.getByRole('radiogroup', { name: 'career' })).getByRole('radio', {
      name: 'Hide',
    });
    expect(checked(hide)).toBe(true);
    expect(deps.loadSettings).not.toHaveBeenCalled();
    expect(cache.read).not.toHaveBeenCalled();
  });

  it('draws the header and the first tag rows alone in its first frame, the other sections right after', async () => {
    const deps = fakeDeps();
    deps.loadPosts = vi.fn(() => slowPosts().read);
    const counts = Array.from({ length: 30 }, (_, index) => ({
      tag: `tag${index}`,
      count: 30 - index,
    }));
    const app = document.body.appendChild(document.createElement('div'));
    const sectionTitles = () => [...app.querySelectorAll('section h2')].map((h) => h.textContent);
    const rowNames = () =>
      [...app.querySelectorAll('.tag-row__name')].map((name) => name.textContent);
    // Preact's own render, not testing-library's: act() would run the effects before we look.
    renderNow(
      <TranslatorProvider value={english}>
        <OptionsApp deps={deps} initial={{ settings: DEFAULT_SETTINGS, tagCounts: counts }} />
      </TranslatorProvider>,
      app,
    );
    try {
      expect(app.querySelector('h1')?.textContent).toBe('Rust Radar settings');
      expect(sectionTitles()).toEqual(['Tags']);
      expect(rowNames()).toEqual(counts.slice(0, FIRST_FRAME_TAG_ROWS).map((row) => row.tag));

      await waitFor(() => expect(rowNames()).toHaveLength(30));
      expect(sectionTitles()).toEqual(SECTION_TITLES);
    } finally {
      renderNow(null, app);
      app.remove();
    }
  });

  it('with settings but no kept counts read before it, lists the tags once the posts are read', async () => {
    const deps = fakeDeps();
    deps.tagCountCache = memoryCache(null);
    render(<OptionsApp deps={deps} initial={{ settings: DEFAULT_SETTINGS, tagCounts: null }} />);

    expect(screen.queryByText('Loading settings…')).toBeNull();
    await screen.findByText('12 of 12 stored posts shown');
    expect(tagRowTexts()).toHaveLength(24);
    expect(deps.loadSettings).not.toHaveBeenCalled();
  });
});
