// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/options-app';
import { exportSettings } from '../../../utils/settings/settings-file';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { checked, fireEvent, render, screen, waitFor, within } from './helpers/dom';
import { DEV_FIXTURE_POSTS } from './helpers/dev-fixture-posts';
import { fakeDeps, SECTION_TITLES } from './helpers/fake-deps';

const TOKIO_POST = 'We Cut API Latency 55% with Rust 1.88 and Tokio 1.40 for Our Core Service';
const CAREER_POST = 'PKG2DAY Courier Services Explained: How to Ship Confidently Across Pakistan';

async function renderApp(deps = fakeDeps()) {
  render(<OptionsApp deps={deps} />);
  await screen.findByText('12 of 12 stored posts shown');
  return deps;
}

const radio = (tag: string, mode: string) =>
  within(screen.getByRole('radiogroup', { name: tag })).getByRole('radio', { name: mode });
const hiddenTitles = () =>
  within(screen.queryByRole('list', { name: 'Hidden posts' }) ?? document.createElement('ul'))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('OptionsApp', () => {
  it('lists every stored tag with its count, most frequent first', async () => {
    await renderApp();
    const rows = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(rows).toHaveLength(24);
    expect(rows[0]!.textContent).toContain('rust');
    expect(rows[0]!.textContent).toContain('12 posts');
    expect(screen.getByRole('radiogroup', { name: 'career' })).toBeTruthy();
  });

  it('hides career posts, saves at once and says what is hidden and why', async () => {
    const deps = await renderApp();
    fireEvent.click(radio('career', 'Hide'));
    expect(screen.getByText('11 of 12 stored posts shown')).toBeTruthy();
    expect(hiddenTitles()).toEqual([`${CAREER_POST}hidden: tag career`]);
    await waitFor(() => expect(deps.stored.tagModes).toEqual({ career: 'hide' }));
  });

  it('keeps only tokio posts with Only, Hide still winning, and resets', async () => {
    const deps = await renderApp();
    fireEvent.click(radio('career', 'Hide'));
    fireEvent.click(radio('tokio', 'Only'));
    expect(screen.getByText('1 of 12 stored posts shown')).toBeTruthy();
    expect(hiddenTitles()).not.toContainEqual(expect.stringContaining(TOKIO_POST));
    expect(hiddenTitles()).toContainEqual(`${CAREER_POST}hidden: tag career`);
    await waitFor(() => expect(deps.stored.tagModes).toEqual({ career: 'hide', tokio: 'only' }));

    fireEvent.click(screen.getByRole('button', { name: 'Set every tag to Show' }));
    expect(screen.getByText('12 of 12 stored posts shown')).toBeTruthy();
    await waitFor(() => expect(deps.stored.tagModes).toEqual({}));
  });

  it('turns notifications off per tag', async () => {
    const deps = await renderApp();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Notify for webdev' }));
    await waitFor(() => expect(deps.stored.tagNotify).toEqual({ webdev: false }));
  });

  it('adds a tag not seen yet, and refuses one already listed', async () => {
    await renderApp();
    const field = screen.getByRole('textbox', { name: 'Add a tag not seen yet' });
    fireEvent.input(field, { target: { value: 'Bevy' } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByRole('radiogroup', { name: 'bevy' })).toBeTruthy();
    fireEvent.input(field, { target: { value: 'rust' } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByRole('alert').textContent).toBe('“rust” is already listed.');
  });

  it('mutes an author by username, shows the display name, and unmutes', async () => {
    const deps = await renderApp();
    const field = screen.getByRole('combobox', { name: /Mute an author/ });
    fireEvent.input(field, { target: { value: 'hiyoyok' } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByText('10 of 12 stored posts shown')).toBeTruthy();
    expect(hiddenTitles()[0]).toContain('hidden: muted author hiyoyo');
    await waitFor(() => expect(deps.stored.mutedAuthors).toEqual({ hiyoyok: 'hiyoyo' }));

    fireEvent.click(screen.getByRole('button', { name: 'Unmute hiyoyo' }));
    expect(screen.getByText('12 of 12 stored posts shown')).toBeTruthy();
    await waitFor(() => expect(deps.stored.mutedAuthors).toEqual({}));
  });

  it('hides titles by keyword', async () => {
    const deps = await renderApp();
    const field = screen.getByRole('textbox', { name: 'Hide titles containing' });
    fireEvent.input(field, { target: { value: 'Kubernetes' } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByText('11 of 12 stored posts shown')).toBeTruthy();
    expect(hiddenTitles()[0]).toContain('hidden: keyword “Kubernetes”');
    await waitFor(() => expect(deps.stored.titleKeywords).toEqual(['Kubernetes']));
  });

  it('follows a change made elsewhere', async () => {
    const deps = await renderApp();
    deps.changeElsewhere({ ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } });
    await screen.findByText('11 of 12 stored posts shown');
    expect(checked(radio('career', 'Hide'))).toBe(true);
  });

  it('re-reads stored posts when a poll finishes', async () => {
    const deps = await renderApp();
    deps.pollFinished(DEV_FIXTURE_POSTS.slice(0, 3));
    await screen.findByText('3 of 3 stored posts shown');
  });

  it('shows why a change could not be saved', async () => {
    const deps = await renderApp();
    deps.failNextSave('Not saved: too big.');
    fireEvent.click(radio('career', 'Hide'));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: too big.');
    fireEvent.click(radio('career', 'Show'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('changes the poll interval', async () => {
    const deps = await renderApp();
    const select = screen.getByRole('combobox', { name: 'Check for new posts every' });
    expect((select as HTMLSelectElement).value).toBe('15');
    fireEvent.change(select, { target: { value: '60' } });
    await waitFor(() => expect(deps.stored.pollIntervalMinutes).toBe(60));
  });

  it('imports a valid file and refuses a bad one without changing anything', async () => {
    const deps = await renderApp();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const pick = (text: string) =>
      fireEvent.change(input, { target: { files: [new File([text], 'settings.json')] } });

    pick('{"app":"rust-radar","version":2,"settings":{}}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported. The file is missing the setting “tagModes”.',
    );
    expect(deps.saveSettings).not.toHaveBeenCalled();

    pick(exportSettings({ ...DEFAULT_SETTINGS, tagModes: { tokio: 'only' } }));
    await screen.findByText('Settings imported.');
    expect(screen.getByText('1 of 12 stored posts shown')).toBeTruthy();
    expect(deps.stored.tagModes).toEqual({ tokio: 'only' });
  });

  it('restores the saved and snoozed posts a backup carries, after its settings', async () => {
    const deps = await renderApp();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const marks = { 'https://dev.to/a/post': { savedAt: 1_778_400_000_000 } };
    const text = exportSettings(DEFAULT_SETTINGS, marks);
    fireEvent.change(input, { target: { files: [new File([text], 'settings.json')] } });
    await screen.findByText('Settings imported.');
    expect(deps.restoreReadLater).toHaveBeenCalledWith(marks);
  });

  it('exports the current settings', async () => {
    const deps = await renderApp();
    fireEvent.click(radio('career', 'Hide'));
    fireEvent.click(screen.getByRole('button', { name: 'Export settings to a file' }));
    expect(deps.exportSettings).toHaveBeenCalledWith(
      expect.objectContaining({ tagModes: { career: 'hide' } }),
    );
  });

  it('clears stored posts only after confirming in the page', async () => {
    const deps = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all stored posts…' }));
    expect(
      screen.getByText('Delete all 12 stored posts, read or not? This cannot be undone.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all stored posts' }));
    await screen.findByText('All stored posts were deleted.');
    expect(deps.clearPosts).toHaveBeenCalledOnce();
    await screen.findByText('0 of 0 stored posts shown');
  });

  it('has a heading for every section', async () => {
    await renderApp();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      SECTION_TITLES,
    );
  });
});
