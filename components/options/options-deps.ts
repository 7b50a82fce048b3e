import type { ImportResult } from '@/utils/settings/import-settings';
import type { SaveResult } from '@/utils/settings/save-settings';
import type { Settings } from '@/utils/settings/settings';
import type { ReadLaterMarks } from '@/utils/settings/settings-file';
import type { OptionsPost } from '@/utils/options/options-post';
import type { TagCount } from '@/utils/options/tag-counts';
import type { OriginPermissions } from '@/utils/options/source-permissions';
import type { SourceStatusInput } from '@/utils/options/source-messages';
import type { OpmlImportResult } from '@/utils/sources/opml-error';
import type { Source } from '@/utils/sources/source';

/** The source list's storage, statuses and host permissions (the Sources section). */
export interface SourcesDeps {
  /** The stored sources, already validated. */
  load(): Promise<Source[]>;
  /** Stores the list; resolves with the browser's reason when it could not, else null. */
  save(sources: Source[]): Promise<string | null>;
  /** The list changed elsewhere. Returns an unsubscribe. */
  onChanged(listener: (sources: Source[]) => void): () => void;
  /** Every feed's last poll, by feed URL. */
  loadStates(): Promise<(SourceStatusInput & { url: string })[]>;
  permissions: OriginPermissions;
  /** Offers the list as an OPML file download. */
  exportOpml(sources: readonly Source[]): void;
  /** The picked file's text. */
  readFile(file: File): Promise<string>;
  /**
   * Reads an OPML file's sources (`utils/sources/opml-import.ts`). Async because the XML
   * parser behind it is half the page's code: it is loaded when the reader imports, not at open.
   */
  parseOpml(text: string): Promise<OpmlImportResult>;
}

/** The tag counts of the last visit (`utils/options/tag-count-cache.ts`). */
export interface TagCountCache {
  /** null when none are stored. Never rejects. */
  read(): Promise<TagCount[] | null>;
  /** Never rejects. */
  write(counts: readonly TagCount[]): Promise<void>;
}

/**
 * Everything the options page needs from the browser, handed in by
 * `entrypoints/options/main.tsx` (tests hand in fakes). Components never reach for
 * `browser.*` or the database themselves.
 */
export interface OptionsDeps {
  /** The stored settings, already coerced to valid ones. */
  loadSettings(): Promise<Settings>;
  /** Persists settings; resolves with a sentence to show when they could not be stored. */
  saveSettings(settings: Settings): Promise<SaveResult>;
  /** Settings changed elsewhere (popup, another synced browser). Returns an unsubscribe. */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  /** Every stored post, newest first. */
  loadPosts(): Promise<OptionsPost[]>;
  /** Lets the tag rows show before every post is read; without it they wait for the posts. */
  tagCountCache?: TagCountCache;
  /** Stored posts changed (a poll finished). Returns an unsubscribe. */
  onPostsChanged(listener: () => void): () => void;
  /** Deletes every stored post (saved ones only `alsoSaved`) and updates the badge. */
  clearPosts(alsoSaved?: boolean): Promise<void>;
  /** Offers the settings (the saved and snoozed posts, the reader's corrections) as a file. */
  exportSettings(settings: Settings): void | Promise<void>;
  /** Puts a backup's saved and snoozed state back onto the stored posts with those URLs. */
  restoreReadLater?(marks: ReadLaterMarks): Promise<unknown>;
  /**
   * Replaces what the reader's corrections taught the judge with an imported file's (read
   * with their own checks: damaged parts count as nothing learned).
   */
  importCorrections?(corrections: unknown): Promise<void>;
  /** Reads and validates a picked settings file; changes nothing by itself. */
  readSettingsFile(file: File): Promise<ImportResult>;
  /** The Sources section; without it (older tests' fakes) the section is not shown. */
  sources?: SourcesDeps;
}
