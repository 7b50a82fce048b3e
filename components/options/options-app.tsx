import { useMemo, useState } from 'preact/hooks';
import { countAuthors } from '@/utils/options/author-counts';
import { parseAuthorInput } from '@/utils/options/author-input';
import { parseTagInput } from '@/utils/options/tag-input';
import type { TagCount } from '@/utils/options/tag-counts';
import { tagRows } from '@/utils/options/tag-rows';
import type { Settings } from '@/utils/settings/settings';
import { previewVisibility } from '@/utils/options/visibility-preview';
import { muteAuthorKey, unmuteAuthor } from '@/utils/settings/mute-author';
import { setTagMode, setTagNotify, showAllTags } from '@/utils/settings/tag-settings';
import {
  addTitleKeyword,
  parseKeywordInput,
  removeTitleKeyword,
} from '@/utils/settings/title-keywords';
import { useT } from '@/components/shared/translator-context';
import { useFirstFrame } from '@/components/shared/use-first-frame';
import { MutedAuthors } from './muted-authors';
import { NotRustSetting } from './not-rust-setting';
import { NotificationSettings } from './notification-settings';
import type { OptionsDeps } from './options-deps';
import { PollIntervalField } from './poll-interval-field';
import { PreviewPanel, previewSummary } from './preview-panel';
import { Section } from './section';
import { SettingsBackup } from './settings-backup';
import { SourcesPanel } from './sources-panel';
import { StoredPosts } from './stored-posts';
import { TagFilters } from './tag-filters';
import { TitleKeywords } from './title-keywords';
import { useOptionsState } from './use-options-state';
import { useTagCounts } from './use-tag-counts';

/** What the page's first render can draw with, read before it (`entrypoints/options-early.ts`). */
export interface OptionsInitial {
  /** The stored settings, as `deps.loadSettings` gave them (it is not called again). */
  settings: Settings;
  /** The last visit's tag counts; null when none are kept (the rows wait for the posts). */
  tagCounts: TagCount[] | null;
}

export interface OptionsAppProps {
  deps: OptionsDeps;
  /**
   * Settings and tag counts already read: the first render draws the tag rows, instead of a
   * "Loading" frame whose effects read them and draw the rows a frame or two later.
   */
  initial?: OptionsInitial;
}

/** The whole options page. Every change is saved at once; there is no Save button. */
export function OptionsApp({ deps, initial }: OptionsAppProps) {
  const t = useT();
  const state = useOptionsState(deps, initial?.settings);
  const { settings, posts, update } = state;
  // Tags added by hand stay listed for this visit even while left at Show + Notify
  // (a tag with default settings is not stored: it would change nothing).
  const [addedTags, setAddedTags] = useState<string[]>([]);
  // Last visit's counts until the posts are read: the tag rows need not wait for 5,000 posts.
  const counts = useTagCounts(deps.tagCountCache, posts, !state.postsError, initial?.tagCounts);
  const authors = useMemo(() => countAuthors(posts ?? []), [posts]);
  const preview = useMemo(
    () => (settings && posts ? previewVisibility(posts, settings, t) : null),
    [posts, settings, t],
  );

  // When the first render has the settings (main.tsx reads them first), it draws the header and
  // the first tag rows, what a window shows first; the other sections follow in the next frame.
  const firstFrame = useFirstFrame();

  if (!settings) return <p class="loading">{t('optionsLoading')}</p>;
  const rows = tagRows(counts, settings, addedTags);

  return (
    <div class="options">
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <div class="status-bar">
        <p aria-live="polite">{preview ? previewSummary(preview, t) : t('optionsReadingPosts')}</p>
        {state.saveError && (
          <p class="field-error" role="alert">
            {state.saveError}
          </p>
        )}
        {state.postsError && <p class="field-error">{state.postsError}</p>}
      </div>
      <main class="layout">
        <div class="layout__filters">
          <Section title={t('optionsSectionTags')}>
            <TagFilters
              firstFrame={firstFrame}
              rows={rows}
              settings={settings}
              onModeChange={(tag, mode) => update((s) => setTagMode(s, tag, mode))}
              onNotifyChange={(tag, notify) => update((s) => setTagNotify(s, tag, notify))}
              onShowAll={() => update(showAllTags)}
              onAddTag={(text) => {
                const parsed = parseTagInput(
                  text,
                  rows.map((row) => row.tag),
                  t,
                );
                if (!parsed.ok) return parsed.error;
                setAddedTags((added) => [...added, parsed.tag]);
                return null;
              }}
            />
          </Section>
          {!firstFrame && (
            <>
              <Section title={t('optionsSectionAuthors')}>
                <MutedAuthors
                  muted={settings.mutedAuthors}
                  authors={authors}
                  onUnmute={(key) => update((s) => unmuteAuthor(s, key))}
                  onMute={(text) => {
                    const parsed = parseAuthorInput(text, authors, t);
                    if (!parsed.ok) return parsed.error;
                    if (Object.hasOwn(settings.mutedAuthors, parsed.key)) {
                      return t('optionsAlreadyMuted', { name: parsed.name });
                    }
                    update((s) => muteAuthorKey(s, parsed.key, parsed.name));
                    return null;
                  }}
                />
              </Section>
              <Section title={t('optionsSectionNotRust')}>
                <NotRustSetting
                  mode={settings.notRustPosts}
                  onChange={(notRustPosts) => update((s) => ({ ...s, notRustPosts }))}
                />
              </Section>
              <Section title={t('optionsSectionKeywords')}>
                <TitleKeywords
                  keywords={settings.titleKeywords}
                  onRemove={(keyword) => update((s) => removeTitleKeyword(s, keyword))}
                  onAdd={(text) => {
                    const parsed = parseKeywordInput(text, settings.titleKeywords, t);
                    if (!parsed.ok) return parsed.error;
                    update((s) => addTitleKeyword(s, parsed.keyword));
                    return null;
                  }}
                />
              </Section>
            </>
          )}
        </div>
        {!firstFrame && (
          <>
            <aside class="layout__preview">
              <Section title={t('optionsSectionPreview')} scrollable>
                <PreviewPanel preview={preview} />
              </Section>
            </aside>
            <div class="layout__general">
              {deps.sources && (
                <Section title={t('optionsSectionSources')}>
                  <SourcesPanel deps={deps.sources} refreshKey={posts} />
                </Section>
              )}
              <Section title={t('optionsSectionPolling')}>
                <PollIntervalField
                  minutes={settings.pollIntervalMinutes}
                  onChange={(pollIntervalMinutes) => update((s) => ({ ...s, pollIntervalMinutes }))}
                />
              </Section>
              <Section title={t('optionsSectionNotifications')}>
                <NotificationSettings
                  settings={settings}
                  onChange={(patch) => update((s) => ({ ...s, ...patch }))}
                />
              </Section>
              <Section title={t('optionsSectionStored')}>
                <StoredPosts
                  keepReadDays={settings.keepReadDays}
                  onKeepReadDaysChange={(keepReadDays) => update((s) => ({ ...s, keepReadDays }))}
                  storedCount={posts ? posts.length : null}
                  savedCount={
                    posts ? posts.filter((post) => typeof post.savedAt === 'number').length : 0
                  }
                  onClear={async (alsoSaved) => {
                    await deps.clearPosts(alsoSaved);
                    state.reloadPosts();
                  }}
                />
              </Section>
              <Section title={t('optionsSectionBackup')}>
                <SettingsBackup
                  onExport={() => void deps.exportSettings(settings)}
                  onImport={async (file) => {
                    const result = await deps.readSettingsFile(file);
                    if (!result.ok) return result.error;
                    const error = await state.replace(result.settings);
                    if (!error && result.readLater) await deps.restoreReadLater?.(result.readLater);
                    if (!error && result.corrections !== undefined) {
                      await deps.importCorrections?.(result.corrections);
                    }
                    return error;
                  }}
                />
              </Section>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
