import { Fragment } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { chooseEmptyState } from '@/utils/popup/empty-state';
import type { Translator } from '@/utils/i18n/translator';
import type { PopupCommand } from '@/utils/popup/keyboard-map';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { PopupSource } from '@/utils/popup/popup-source';
import type { SourceOption } from '@/utils/popup/source-status';
import type { Sanitizer } from '@/utils/sanitize/safe-html';
import { useT } from '@/components/shared/translator-context';
import { EmptyState } from './empty-state';
import { FeedErrorAlert } from './feed-error-alert';
import { NotRustSection } from './not-rust-section';
import { PopupHeader } from './popup-header';
import type { PostActions } from './post-actions';
import { PostList } from './post-list';
import { UndoToast } from './undo-toast';
import { useExpandedPosts, useListCursor } from './use-list-cursor';
import { useNow } from './use-now';
import { snoozeUntil, type SnoozeChoice } from '@/utils/schedule/snooze-time';
import { usePopupModel, type PopupView } from './use-popup-model';
import { useShortcuts } from './use-shortcuts';
import { ViewToolbar } from './view-toolbar';

export interface PopupProps {
  /** Posts, counts and actions; `createPopupSource` in the extension, a fake in tests. */
  source: PopupSource;
  /**
   * `source.listPage(FIRST_PAGE)`, started by the entrypoint before rendering so the posts
   * are read while the frame around them renders. Without it the popup reads them itself.
   */
  firstPage?: Promise<PopupPost[]> | PopupPost[];
  /**
   * `source.sourceOptionsAtOpen()`, read with the first page: the Source menu is there from
   * the first render instead of appearing once the status arrives.
   */
  initialSources?: readonly SourceOption[];
  /** Loads the summary sanitizer on first use; see `createSanitizerLoader`. */
  loadSanitizer: () => Promise<Sanitizer>;
  /** Clock for relative times. Default `Date.now`. */
  clock?: () => number;
  /** How long Mark all read can be undone (ms). Default 8 s. */
  undoMs?: number;
  /** Hook for "Mute <author>" in a post's preview; the entry is hidden without it. */
  onMuteAuthor?(post: PopupPost): void;
  /**
   * Called once, just after the popup first shows its opening state complete and calm — the
   * Unread view of every source, its posts, counts and "Not Rust?" read, no search, nothing
   * expanded, no alert, no poll running — with the element it is rendered into: the moment
   * to keep a copy of the first frame (`utils/popup/first-frame.ts`). Never if the reader
   * moved on first.
   */
  onOpeningShown?(container: Element): void;
}

const LIST_LABELS = {
  unread: 'popupListUnread',
  saved: 'popupListSaved',
  all: 'popupListAll',
} as const satisfies Record<PopupView, string>;

/**
 * The toolbar popup: header, Unread/All + source + search, the sources' alert, the posts,
 * undo. Its words and dates come from the `TranslatorProvider` around it.
 */
export function Popup({
  source,
  firstPage,
  initialSources,
  loadSanitizer,
  clock = Date.now,
  undoMs,
  onMuteAuthor,
  onOpeningShown,
}: PopupProps) {
  const t = useT();
  const model = usePopupModel(source, undoMs, firstPage);
  const now = useNow(clock);
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const { posts, hasMore, loaded, loadMore } = model.pages;
  const { status } = model;
  const cursor = useListCursor(posts, listRef, hasMore ? loadMore : null);
  const { expanded, toggle: toggleExpanded } = useExpandedPosts();

  const toggleRead = useCallback(
    (post: PopupPost) => void model.setRead(post, post.unread === 1),
    [model.setRead],
  );
  const open = useCallback((post: PopupPost) => void model.open(post), [model.open]);
  const toggleSaved = useCallback(
    (post: PopupPost) => void model.setSaved(post, typeof post.savedAt !== 'number'),
    [model.setSaved],
  );
  // The post whose snooze choices are open: one at a time.
  const [snoozing, setSnoozing] = useState<string | null>(null);
  const toggleSnooze = useCallback(
    (post: PopupPost) => setSnoozing((current) => (current === post.id ? null : post.id)),
    [],
  );
  const snooze = useCallback(
    (post: PopupPost, choice: SnoozeChoice) => {
      setSnoozing(null);
      void model.snooze(post, snoozeUntil(choice, new Date(clock())));
    },
    [model.snooze, clock],
  );
  const openingShown = useRef(false);
  const calmOpening =
    loaded &&
    model.folded.count !== undefined &&
    status?.sourceId === '' &&
    status.failures.length === 0 &&
    model.view === 'unread' &&
    model.sourceId === '' &&
    !model.search &&
    !model.polling &&
    !model.refreshError &&
    !model.undoIds &&
    expanded.size === 0 &&
    snoozing === null &&
    !model.folded.open;
  useEffect(() => {
    const container = rootRef.current?.parentElement;
    if (!calmOpening || openingShown.current || !container) return;
    openingShown.current = true;
    onOpeningShown?.(container);
  }, [calmOpening, onOpeningShown]);
  // The folded post focus is in, if any: `x` says "This is Rust" on it.
  const [foldedFocus, setFoldedFocus] = useState<PopupPost | null>(null);
  const notRust = useCallback((post: PopupPost) => void model.correct(post, 'not-rust'), [model]);
  const isRust = useCallback(
    (post: PopupPost) => {
      setFoldedFocus(null);
      void model.correct(post, 'rust');
    },
    [model],
  );
  const activate = useCallback(
    (index: number) => {
      setFoldedFocus(null);
      cursor.setActive(index);
    },
    [cursor.setActive],
  );
  const changeView = (view: PopupView) => {
    cursor.reset();
    model.setView(view);
  };
  const changeSearch = (search: string) => {
    cursor.reset();
    model.setSearch(search);
  };
  const changeSource = (sourceId: string) => {
    cursor.reset();
    model.setSourceId(sourceId);
  };
  const sources = status?.sources ?? initialSources ?? [];

  useShortcuts(rootRef, (command: PopupCommand) => {
    const { active, current, moveTo } = cursor;
    switch (command) {
      case 'next':
        return moveTo(active + 1);
      case 'previous':
        return moveTo(active - 1);
      case 'first':
        return moveTo(0);
      case 'last':
        return moveTo(posts.length - 1);
      case 'open':
        return current && open(current);
      case 'toggle-read':
        return current && toggleRead(current);
      case 'toggle-saved':
        return current && toggleSaved(current);
      case 'snooze':
        return current?.unread === 1 && toggleSnooze(current);
      case 'toggle-preview':
        return current && toggleExpanded(current);
      case 'correct': {
        // "This is Rust" on the folded post focus is in, if the section still lists it (it
        // may have closed or changed since); otherwise "Not Rust" on the current post.
        const folded =
          foldedFocus && model.folded.open
            ? model.folded.posts?.find((post) => post.id === foldedFocus.id)
            : undefined;
        if (folded) return isRust(folded);
        return current && notRust(current);
      }
      case 'mark-all-read':
        return void model.markAllRead();
      case 'refresh':
        return void model.refresh();
      case 'focus-search':
        searchRef.current?.focus();
        return searchRef.current?.select();
      case 'leave-search':
        // Escape clears the search first, and only then leaves the box.
        if (model.search) return changeSearch('');
        return moveTo(Math.max(active, 0));
    }
  });

  // What both lists give each post: the main list and "Not Rust?" act on posts alike.
  const postActions: PostActions = {
    now,
    expanded,
    snoozing,
    loadSanitizer,
    onOpen: open,
    onToggleRead: toggleRead,
    onToggleExpanded: toggleExpanded,
    onToggleSaved: toggleSaved,
    onToggleSnooze: toggleSnooze,
    onSnooze: snooze,
  };

  // Counts read for another source than the one chosen would pick the wrong state, and an
  // empty All view may be "all folded" or "filtered": wait for both.
  const emptyKind =
    loaded &&
    status?.sourceId === model.sourceId &&
    model.folded.count !== undefined &&
    posts.length === 0
      ? chooseEmptyState({
          view: model.view,
          search: model.search,
          storedCount: status.storedCount,
          unreadVisible: status.unread,
          sourceChosen: model.sourceId !== '',
          foldedListed: model.folded.count,
          polling: model.polling,
          lastSuccessAt: status.lastSuccessAt,
          hasError: status.failures.length > 0,
        })
      : null;

  return (
    <div class="popup" ref={rootRef}>
      <PopupHeader
        unread={status?.unread ?? null}
        polling={model.polling}
        lastSuccessAt={status?.lastSuccessAt ?? null}
        now={now}
        onRefresh={() => void model.refresh()}
        onMarkAllRead={() => void model.markAllRead()}
        onOpenOptions={model.openOptions}
      />
      <ViewToolbar
        view={model.view}
        search={model.search}
        sources={sources}
        sourceId={model.sourceId}
        onViewChange={changeView}
        onSearchChange={changeSearch}
        onSourceChange={changeSource}
        searchRef={searchRef}
      />
      {status && status.failures.length > 0 && (
        <FeedErrorAlert failures={status.failures} named={sources.length > 1} now={now} />
      )}
      {model.refreshError && (
        <div class="alert" role="alert">
          {model.refreshError}
        </div>
      )}
      <main class="post-scroll">
        {posts.length > 0 && (
          <PostList
            posts={posts}
            label={t(LIST_LABELS[model.view])}
            active={cursor.active}
            hasMore={hasMore}
            listRef={listRef}
            actions={postActions}
            onLoadMore={loadMore}
            onActivate={activate}
            onMuteAuthor={onMuteAuthor}
            onNotRust={notRust}
          />
        )}
        <NotRustSection
          count={model.folded.count ?? 0}
          posts={model.folded.posts}
          open={model.folded.open}
          actions={postActions}
          onToggle={model.folded.setOpen}
          onIsRust={isRust}
          onFocusPost={setFoldedFocus}
        />
        {emptyKind && (
          <EmptyState
            kind={emptyKind}
            search={model.search}
            sourceTitle={sources.find((option) => option.id === model.sourceId)?.title ?? ''}
            hiddenUnread={status ? status.unreadTotal - status.unread - status.unreadFolded : 0}
            onShowAll={() => changeView('all')}
            onShowAllSources={() => changeSource('')}
            onClearSearch={() => changeSearch('')}
            onOpenOptions={model.openOptions}
          />
        )}
      </main>
      {model.undoIds && (
        <UndoToast
          count={model.undoIds.length}
          onUndo={() => void model.undoMarkAllRead()}
          onDismiss={model.dismissUndo}
        />
      )}
      <footer class="shortcuts" aria-hidden="true">
        {shortcutHints(t).map(([keys, label], index) => (
          <Fragment key={keys.join('/')}>
            {/* The separator outside the hint: a line may break after it. */}
            {index > 0 && ' · '}
            <span class="shortcut">
              {keys.map((key, i) => (
                <Fragment key={key}>
                  {i > 0 && '/'}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}{' '}
              {label}
            </span>
          </Fragment>
        ))}
      </footer>
    </div>
  );
}

/** The footer's key hints, as [keys, what they do]: the main keys, not every one. */
function shortcutHints(t: Translator): [string[], string][] {
  return [
    [['j', 'k'], t('popupShortcutMove')],
    [['o'], t('popupShortcutOpen')],
    [['m'], t('popupShortcutRead')],
    [['s'], t('popupShortcutSave')],
    [['z'], t('popupShortcutSnooze')],
    [['x'], t('popupShortcutNotRust')],
    [[t('popupKeySpace')], t('popupShortcutPreview')],
    [['/'], t('popupShortcutSearch')],
  ];
}
