// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '@/utils/schedule/snooze-time';
import { makePost, NOW } from './fake-source';
import { renderPopup } from './render-popup';

const POSTS = [makePost(0), makePost(1), makePost(2)];
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });
const items = () => screen.queryAllByRole('listitem');
const titles = () => items().map((item) => item.querySelector('.post-title')?.textContent);

async function ready(count = 3) {
  await waitFor(() => expect(items()).toHaveLength(count));
}

describe('Popup: read it later', () => {
  it('saves a post with its toggle button and lists it in the Saved view', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    const save = within(items()[1]!).getByRole('button', { name: 'Save for later' });
    expect(save.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(save);

    await waitFor(() => expect(source.setSaved).toHaveBeenCalledWith(POSTS[1]!.id, true));
    expect(save.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    await ready(1);
    expect(screen.getByRole('list', { name: 'Saved posts' })).toBeTruthy();
    expect(titles()).toEqual(['Post number 1']);
  });

  it('saves and unsaves the current post with s', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    press('j');
    press('s');
    await waitFor(() => expect(source.setSaved).toHaveBeenCalledWith(POSTS[0]!.id, true));
    press('s');
    await waitFor(() => expect(source.setSaved).toHaveBeenLastCalledWith(POSTS[0]!.id, false));
  });

  it('offers Save in the preview too', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    fireEvent.click(within(items()[0]!).getByRole('button', { name: 'Preview' }));
    const region = await screen.findByRole('region');
    fireEvent.click(within(region).getByRole('button', { name: 'Save for later' }));
    await waitFor(() => expect(source.setSaved).toHaveBeenCalledWith(POSTS[0]!.id, true));
  });

  it('pages the Saved view on after a post on screen was unsaved and saved again', async () => {
    // 25 saved posts, newest saved first; the first page shows 20.
    const saved = Array.from({ length: 25 }, (_, i) => makePost(i, { savedAt: NOW - i * 1000 }));
    renderPopup({ posts: saved });
    await ready(20);
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Saved posts' })).toBeTruthy());
    await ready(20);

    const lastShown = within(items()[19]!).getByRole('button', { name: 'Save for later' });
    fireEvent.click(lastShown);
    await waitFor(() => expect(lastShown.getAttribute('aria-pressed')).toBe('false'));
    fireEvent.click(lastShown);
    await waitFor(() => expect(lastShown.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: 'Show more posts' }));

    await ready(25);
    expect(new Set(titles()).size).toBe(25);
    expect(titles().slice(20)).toEqual(saved.slice(20).map((post) => post.title));
  });

  it('says so when nothing is saved', async () => {
    renderPopup({ posts: POSTS });
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    expect(await screen.findByText('Nothing saved yet')).toBeTruthy();
  });

  it('snoozes a post from its choices: it leaves the unread list at once', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    const snooze = within(items()[0]!).getByRole('button', { name: 'Snooze' });
    expect(snooze.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(snooze);

    const choices = screen.getByRole('group', { name: 'Bring it back' });
    expect(
      within(choices)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Later today', 'This evening', 'Tomorrow morning', 'Next week']);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Later today'));
    fireEvent.click(within(choices).getByRole('button', { name: 'Tomorrow morning' }));

    await waitFor(() =>
      expect(source.snooze).toHaveBeenCalledWith(
        POSTS[0]!.id,
        snoozeUntil('tomorrow-morning', new Date(NOW)),
      ),
    );
    await ready(2);
    expect(titles()).toEqual(['Post number 1', 'Post number 2']);
  });

  it('opens the snooze choices with z and closes them with Escape, back on the button', async () => {
    renderPopup({ posts: POSTS });
    await ready();
    press('j');
    press('z');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Later today'));
    press('Escape');
    expect(screen.queryByRole('group', { name: 'Bring it back' })).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Snooze');
  });

  it('shows when a snoozed post comes back, in the All view', async () => {
    const until = NOW + 3 * 3_600_000;
    renderPopup({ posts: [makePost(0, { unread: 0, snoozedUntil: until })] });
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    await ready(1);
    expect(items()[0]!.textContent).toContain('Snoozed until');
    expect(within(items()[0]!).queryByRole('button', { name: 'Snooze' })).toBeNull();
  });
});
