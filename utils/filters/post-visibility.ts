import type { Translator } from '../i18n/translator';
import type { Post } from '../feed/post';
import type { NotRustMode, Settings } from '../settings/settings';
import { authorKey } from '../settings/author-key';
import type { Judgement, Reason } from '../relevance/relevance';

/** Why a post is hidden, for the options page's preview ("hidden: tag career"). */
export type HiddenReason =
  | { kind: 'tag'; tag: string }
  | { kind: 'not-only'; onlyTags: string[] }
  | { kind: 'author'; author: string }
  | { kind: 'keyword'; keyword: string }
  /** The judge (or the reader's own correction) says it is not Rust: the reasons why. */
  | { kind: 'not-rust'; reasons: readonly Reason[] };

export type Visibility = { visible: true } | { visible: false; reason: HiddenReason };

export type FilterablePost = Pick<Post, 'url' | 'author' | 'title' | 'tags'> & {
  /** The stored verdict (`StoredPost.judgement`); none yet counts as Rust. */
  judgement?: Pick<Judgement, 'verdict' | 'reasons'>;
  /** The reader's own verdict (`StoredPost.correction`), which wins over the judge's. */
  correction?: 'rust' | 'not-rust';
};

/**
 * The single rule that decides what the popup lists, the badge counts and notifications
 * announce. `hidesNothing` when no filter is set: a count then needs no post read at all.
 */
export type VisibilityRule = ((post: FilterablePost) => Visibility) & {
  readonly hidesNothing: boolean;
  /**
   * What becomes of posts that are not Rust: 'fold' (the popup lists them apart, in "Not
   * Rust?"), 'hide' (gone like any hidden post), 'show' (the rule never hides them).
   */
  readonly notRust: NotRustMode;
  /** True when the user set no filter and only the judge's verdicts hide posts. */
  readonly onlyNotRust: boolean;
  /** What the rule was compiled from, so a stored count can say which rule it counted by. */
  readonly filters: VisibilityFilters;
  /** `filters` as one string, the same for the same filters whatever their order. */
  readonly key: string;
};

/** The settings the rule looks at. */
export type VisibilityFilters = Pick<Settings, 'tagModes' | 'mutedAuthors' | 'titleKeywords'> & {
  notRustPosts: NotRustMode;
};

const VISIBLE: Visibility = { visible: true };

/** Why the reader's own "Not Rust" hides a post. */
const MARKED_NOT_RUST: readonly Reason[] = Object.freeze([{ key: 'relevanceMarkedNotRust' }]);

/**
 * Whether a post is not Rust, and why: the reader's correction first, then the judge's
 * stored verdict (`off-topic` and `spam` are not Rust; `rust`, `unsure` and none are).
 */
export function notRustReasons(post: FilterablePost): readonly Reason[] | null {
  if (post.correction) return post.correction === 'not-rust' ? MARKED_NOT_RUST : null;
  const verdict = post.judgement?.verdict;
  return verdict === 'off-topic' || verdict === 'spam' ? post.judgement!.reasons : null;
}

/**
 * Compiles the user's filters once into a fast per-post check. Precedence:
 * a Hide tag hides; a muted author hides; a title keyword hides; then, when any tag is set to
 * Only, a post needs one of those tags. Hide always beats Only. Last, unless `notRustPosts`
 * is 'show' (default 'fold'), a post that is not Rust (`notRustReasons`) is not visible:
 * out of the list, the badge and notifications (the popup lists it apart when folded).
 */
export function compileVisibility(
  settings: Pick<Settings, 'tagModes' | 'mutedAuthors' | 'titleKeywords'> &
    Partial<Pick<Settings, 'notRustPosts'>>,
): VisibilityRule {
  const notRust = settings.notRustPosts ?? 'fold';
  const filters: VisibilityFilters = {
    tagModes: sortedEntries(settings.tagModes),
    mutedAuthors: sortedEntries(settings.mutedAuthors),
    titleKeywords: [...settings.titleKeywords],
    notRustPosts: notRust,
  };
  const hidden = new Set<string>();
  const only: string[] = [];
  for (const [tag, mode] of Object.entries(settings.tagModes)) {
    if (mode === 'hide') hidden.add(tag);
    else if (mode === 'only') only.push(tag);
  }
  const onlySet = new Set(only);
  const keywords = settings.titleKeywords
    .map((keyword) => keyword.trim())
    .filter(Boolean)
    .map((keyword) => ({ keyword, pattern: wholeWordPattern(keyword) }));

  const rule = (post: FilterablePost): Visibility => {
    for (const tag of post.tags) {
      if (hidden.has(tag)) return { visible: false, reason: { kind: 'tag', tag } };
    }
    if (Object.hasOwn(settings.mutedAuthors, authorKey(post))) {
      return { visible: false, reason: { kind: 'author', author: post.author } };
    }
    for (const { keyword, pattern } of keywords) {
      if (pattern.test(post.title)) return { visible: false, reason: { kind: 'keyword', keyword } };
    }
    if (onlySet.size > 0 && !post.tags.some((tag) => onlySet.has(tag))) {
      return { visible: false, reason: { kind: 'not-only', onlyTags: only } };
    }
    if (notRust !== 'show') {
      const reasons = notRustReasons(post);
      if (reasons) return { visible: false, reason: { kind: 'not-rust', reasons } };
    }
    return VISIBLE;
  };
  const filtersNothing =
    hidden.size === 0 &&
    onlySet.size === 0 &&
    keywords.length === 0 &&
    Object.keys(settings.mutedAuthors).length === 0;
  const hidesNothing = filtersNothing && notRust === 'show';
  const onlyNotRust = filtersNothing && notRust !== 'show';
  return Object.assign(rule, {
    hidesNothing,
    notRust,
    onlyNotRust,
    filters,
    key: JSON.stringify(filters),
  });
}

/** A copy with its keys sorted, so equal filters serialize alike (own keys only, even `__proto__`). */
function sortedEntries<T>(record: Record<string, T>): Record<string, T> {
  const entries = Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/**
 * The rule as a keep-or-drop test for a walk through posts (a page), or none when it hides
 * nothing: the walk then need not test a single post.
 */
export function visibleOnly(rule: VisibilityRule): ((post: FilterablePost) => boolean) | undefined {
  if (rule.hidesNothing) return undefined;
  return (post: FilterablePost) => rule(post).visible;
}

/** "async" matches "Async Rust" but not "asynchronous"; letters, digits and _ make a word. */
function wholeWordPattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu');
}

/** Plain words for a hidden reason: "tag career", "muted author Jane", "keyword “crypto”". */
export function describeHiddenReason(reason: HiddenReason, t: Translator): string {
  switch (reason.kind) {
    case 'tag':
      return t('hiddenByTag', { tag: reason.tag });
    case 'not-only': {
      const tags = new Intl.ListFormat(t.locale, { type: 'disjunction' }).format(reason.onlyTags);
      return t('hiddenByNotOnly', { tags });
    }
    case 'author':
      return t('hiddenByAuthor', { author: reason.author });
    case 'keyword':
      return t('hiddenByKeyword', { keyword: reason.keyword });
    case 'not-rust':
      return describeReasons(reason.reasons, t);
  }
}

/** The judge's reasons as one sentence's parts: "looks like an advert: …; no Rust in …". */
export function describeReasons(reasons: readonly Reason[], t: Translator): string {
  // A stored reason's key comes from the catalog (the judge only writes `MessageKey`s); its
  // params were made for that key.
  const say = t as (key: string, params?: Record<string, string | number>) => string;
  return reasons.map((reason) => say(reason.key, reason.params)).join('; ');
}

/** True when `visibility` folds the post under `rule` (the popup's "Not Rust?" section). */
export function isFolded(rule: VisibilityRule, visibility: Visibility): boolean {
  return rule.notRust === 'fold' && !visibility.visible && visibility.reason.kind === 'not-rust';
}
