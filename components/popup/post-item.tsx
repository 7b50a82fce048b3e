import { useId, useRef } from 'preact/hooks';
import { RelativeTime } from '@/components/shared/relative-time';
import { useT } from '@/components/shared/translator-context';
import { safeHttpUrl } from '@/utils/feed/safe-url';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { Sanitizer } from '@/utils/sanitize/safe-html';
import { cachedFormatter } from '@/utils/popup/cached-formatter';
import type { SnoozeChoice } from '@/utils/schedule/snooze-time';
import {
  BookmarkIcon,
  CheckIcon,
  ChevronIcon,
  ClockIcon,
  CodeIcon,
  DotIcon,
  NotRustIcon,
} from './icons';
import { LazyPostPreview } from './lazy-post-preview';
import { SnoozeChoices } from './snooze-choices';
import { TagChips } from './tag-chips';

export interface PostItemProps {
  post: PopupPost;
  now: number;
  /** The keyboard cursor is here. */
  active: boolean;
  expanded: boolean;
  loadSanitizer: () => Promise<Sanitizer>;
  onOpen(post: PopupPost): void;
  onToggleRead(post: PopupPost): void;
  onToggleExpanded(post: PopupPost): void;
  onToggleSaved(post: PopupPost): void;
  /** The snooze choices are shown under this post. */
  snoozeOpen: boolean;
  /** The Snooze button (offered on unread posts): shows or hides the choices. */
  onToggleSnooze(post: PopupPost): void;
  onSnooze(post: PopupPost, choice: SnoozeChoice): void;
  /** Focus entered this post (click or Tab): the keyboard cursor follows. */
  onFocusIn(): void;
  /** When given, the preview offers "Mute <author>" (the options page owns the setting). */
  onMuteAuthor?(post: PopupPost): void;
  /**
   * "Not Rust" on a listed post, "This is Rust" on a folded one (`folded`); no button
   * without it.
   */
  onCorrect?(post: PopupPost): void;
  /** Why the post is folded (the "Not Rust?" section): it shows with "This is Rust". */
  foldedReason?: string;
}

/** "Mon 09:00" in the reader's language: when a snoozed post comes back (within a week). */
function returnTime(at: number, locale: string): string {
  const format = cachedFormatter(
    `snooze ${locale}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' }),
  );
  return format.format(at);
}

/**
 * One post: title (opens it), source, author, age, reading time, Rust-code marker, tags,
 * preview; Save and Snooze beside Mark read.
 */
export function PostItem(props: PostItemProps) {
  const { post, now, active, expanded } = props;
  const t = useT();
  const titleId = useId();
  const previewId = useId();
  const url = safeHttpUrl(post.url);
  const snoozeId = useId();
  const snoozeRef = useRef<HTMLButtonElement>(null);
  const unread = post.unread === 1;
  const saved = typeof post.savedAt === 'number';
  const classes = ['post', unread ? 'unread' : 'read', active ? 'active' : ''].join(' ');

  return (
    // `data-post` finds the post in a kept copy of the first frame (`frameWithoutPost`, utils/popup/keep-first-frame.ts).
    <li class={classes} data-post={post.id} onFocusIn={props.onFocusIn}>
      <div class="post-main">
        <span class="unread-dot" aria-hidden="true" />
        <div class="post-body">
          {url ? (
            <a
              id={titleId}
              class="post-title"
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(event) => {
                // Opened through the source, so the post is marked read first.
                event.preventDefault();
                props.onOpen(post);
              }}
              onAuxClick={(event) => {
                // Middle click opens it the browser's way; it still counts as read.
                if (event.button === 1 && unread) props.onToggleRead(post);
              }}
            >
              {post.title}
            </a>
          ) : (
            <span
              id={titleId}
              class="post-title unopenable"
              tabIndex={-1}
              title={t('postUnopenable')}
            >
              {post.title}
            </span>
          )}
          <div class="post-meta">
            {post.sourceTitle && (
              <span class="source">
                {/* The bare name is enough to the eye, not to a screen reader in a row of facts. */}
                <span class="visually-hidden">{t('postSource', { source: post.sourceTitle })}</span>
                <span aria-hidden="true">{post.sourceTitle}</span>
              </span>
            )}
            {post.author && <span class="author">{post.author}</span>}
            <RelativeTime at={post.sortAt} now={now} />
            <span>{t.plural('postReadingTime', post.readingMinutes)}</span>
            {post.hasRustCode && (
              <span class="rust-code" title={t('postRustCodeTitle')}>
                <CodeIcon /> {t('postRustCode')}
              </span>
            )}
          </div>
          {typeof post.snoozedUntil === 'number' && (
            <p class="snoozed">
              <ClockIcon />{' '}
              {t('postSnoozedUntil', { time: returnTime(post.snoozedUntil, t.locale) })}
            </p>
          )}
          <TagChips tags={post.tags} />
          {props.foldedReason !== undefined && (
            <p class="not-rust-reason">
              {props.foldedReason}{' '}
              {props.onCorrect && (
                <button
                  type="button"
                  class="text-button is-rust"
                  aria-describedby={titleId}
                  title={t('postIsRustTitle')}
                  onClick={() => props.onCorrect?.(post)}
                >
                  {t('postIsRust')}
                </button>
              )}
            </p>
          )}
        </div>
        <div class="post-actions">
          <button
            type="button"
            class="icon-button"
            aria-label={unread ? t('postMarkRead') : t('postMarkUnread')}
            aria-describedby={titleId}
            title={unread ? t('postMarkReadTitle') : t('postMarkUnreadTitle')}
            onClick={() => props.onToggleRead(post)}
          >
            {unread ? <CheckIcon /> : <DotIcon />}
          </button>
          {props.onCorrect && props.foldedReason === undefined && (
            <button
              type="button"
              class="icon-button not-rust"
              aria-label={t('postNotRust')}
              aria-describedby={titleId}
              title={t('postNotRustTitle')}
              onClick={() => props.onCorrect?.(post)}
            >
              <NotRustIcon />
            </button>
          )}
          <button
            type="button"
            class={`icon-button save ${saved ? 'saved' : ''}`}
            aria-label={t('postSave')}
            aria-pressed={saved}
            aria-describedby={titleId}
            title={saved ? t('postUnsaveTitle') : t('postSaveTitle')}
            onClick={() => props.onToggleSaved(post)}
          >
            <BookmarkIcon filled={saved} />
          </button>
          {unread && (
            <button
              type="button"
              ref={snoozeRef}
              class="icon-button snooze"
              aria-label={t('postSnooze')}
              aria-describedby={titleId}
              aria-expanded={props.snoozeOpen}
              aria-controls={props.snoozeOpen ? snoozeId : undefined}
              title={t('postSnoozeTitle')}
              onClick={() => props.onToggleSnooze(post)}
            >
              <ClockIcon />
            </button>
          )}
          <button
            type="button"
            class={`icon-button expand ${expanded ? 'expanded' : ''}`}
            aria-label={t('postPreview')}
            aria-describedby={titleId}
            aria-expanded={expanded}
            aria-controls={previewId}
            title={t('postPreviewTitle')}
            onClick={() => props.onToggleExpanded(post)}
          >
            <ChevronIcon />
          </button>
        </div>
      </div>
      {props.snoozeOpen && unread && (
        <SnoozeChoices
          id={snoozeId}
          onChoose={(choice) => props.onSnooze(post, choice)}
          onCancel={() => {
            props.onToggleSnooze(post);
            snoozeRef.current?.focus();
          }}
        />
      )}
      {expanded && (
        <div id={previewId} class="post-preview" role="region" aria-labelledby={titleId}>
          <LazyPostPreview
            summaryHtml={post.summaryHtml}
            url={post.url}
            loadSanitizer={props.loadSanitizer}
          />
          <button type="button" class="text-button" onClick={() => props.onToggleSaved(post)}>
            {saved ? t('postUnsave') : t('postSave')}
          </button>
          {props.onMuteAuthor && post.author && (
            <button type="button" class="text-button" onClick={() => props.onMuteAuthor?.(post)}>
              {t('postMuteAuthor', { author: post.author })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
