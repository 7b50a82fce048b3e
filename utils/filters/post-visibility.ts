import type { Translator } from '../i18n/translator';
import type { Post } from '../feed/post';
import type { Settings } from '../settings/settings';
import { authorKey } from '../settings/author-key';

/** Why a post is hidden, for the options page's preview ("hidden: tag career"). */
export type HiddenReason =
  | { kind: 'tag'; tag: string }
  | { kind: 'not-only'; onlyTags: string[] }
  | { kind: 'author'; author: string }
  | { kind: 'keyword'; keyword: string };

export type Visibility = { visible: true } | { visible: false; reason: HiddenReason };

export type FilterablePost = Pick<Post, 'url' | 'author' | 'title' | 'tags'>;

/**
 * The single rule that decides what the popup lists, the badge counts and notifications
 * announce. `hidesNothing` when no filter is set: a count then needs no post read at all.
 */
export type VisibilityRule = ((post: FilterablePost) => Visibility) & {
  readonly hidesNothing: boolean;
};

const VISIBLE: Visibility = { visible: true };

/**
 * Compiles the user's filters once into a fast per-post check. Precedence:
 * a Hide tag hides; a muted author hides; a title keyword hides; then, when any tag is set to
 * Only, a post needs one of those tags. Hide always beats Only.
 */
export function compileVisibility(
  settings: Pick<Settings, 'tagModes' | 'mutedAuthors' | 'titleKeywords'>,
): VisibilityRule {
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
    return VISIBLE;
  };
  const hidesNothing =
    hidden.size === 0 &&
    onlySet.size === 0 &&
    keywords.length === 0 &&
    Object.keys(settings.mutedAuthors).length === 0;
  return Object.assign(rule, { hidesNothing });
}

/**
 * The rule as a keep-or-drop test for a walk through posts (a count, a page), or none when
 * it hides nothing: the walk then need not read a single post, an index can count.
 */
export function visibleOnly(rule: VisibilityRule): ((post: FilterablePost) => boolean) | undefined {
  return rule.hidesNothing ? undefined : (post) => rule(post).visible;
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
  }
}
