import type { FeedErrorCode, FeedParseResult } from '../../../utils/feed/feed-failure';
import { MAX_FEED_ITEMS, MAX_SUMMARY_HTML_CHARS } from '../../../utils/feed/feed-limits';
import { elementKind, plainTextExcerpt } from '../../../utils/feed/plain-text';
import type { FeedItem } from '../../../utils/feed/post';
import { feedErrorText } from '../feed/feed-error-text';

const ERROR_CODES: ReadonlySet<FeedErrorCode> = new Set<FeedErrorCode>([
  'empty-body',
  'too-large',
  'too-many-items',
  'entity-expansion',
  'html-not-feed',
  'malformed-xml',
  'unknown-format',
]);

/** C0 and C1 control characters and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A tag of a real HTML element, as the popup's sanitizer would see markup. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9:-]*)(?=[\s/>])[^>]*>/g;
/** `<` escaped once more than markup: `&amp;lt;`, `&#38;lt;`, `&amp;#60;` … */
const ESCAPED_TWICE = String.raw`(?:&amp;|&#0*38;|&#x0*26;)(?:lt|#0*60|#x0*3c);`;
const ESCAPED_ONCE = String.raw`&(?:lt|#0*60|#x0*3c);`;
/**
 * A title element (any prefix) whose text holds `<` escaped twice, or escaped once inside
 * CDATA: decoded, that is a literal "<b>" the author wrote, and a title may rightly show it.
 */
const XML_TITLE_SHOWING_LT = new RegExp(
  String.raw`<(?:[\w.-]+:)?title\b[^>]*>(?:(?!</(?:[\w.-]+:)?title>)[\s\S])*?` +
    String.raw`(?:${ESCAPED_TWICE}|<!\[CDATA\[(?:(?!\]\]>)[\s\S])*?${ESCAPED_ONCE})`,
  'i',
);
/** JSON Feed titles are plain text: an escaped `<` there is shown as `<`. */
const JSON_TITLE_SHOWING_LT = new RegExp(
  String.raw`"title"\s*:\s*"(?:[^"\\]|\\.)*?(?:${ESCAPED_ONCE}|\\u0026(?:lt|#0*60|#x0*3c);)`,
  'i',
);

/**
 * Every way a parse result can break the `Post` contract, as readable strings (empty when
 * the result is sound).
 * @param source the text the parser was given (decoded leniently), for the one exception
 *   where markup may legitimately show in a title.
 */
export function contractViolations(result: FeedParseResult, source: string): string[] {
  if (!result.ok) {
    const problems: string[] = [];
    if (!ERROR_CODES.has(result.error.code))
      problems.push(`unknown error code ${result.error.code}`);
    if (
      typeof feedErrorText(result.error) !== 'string' ||
      feedErrorText(result.error).trim() === ''
    )
      problems.push('empty error message');
    // parseFeed turns any exception into this message: it must never be needed.
    if (feedErrorText(result.error).includes('unexpected error'))
      problems.push(`internal exception: ${feedErrorText(result.error)}`);
    return problems;
  }
  const sourceTitlesShowLt = (
    source.trimStart().startsWith('{') ? JSON_TITLE_SHOWING_LT : XML_TITLE_SHOWING_LT
  ).test(source);
  const problems: string[] = [];
  if (typeof result.title !== 'string') problems.push('feed title is not a string');
  if (result.items.length > MAX_FEED_ITEMS) problems.push(`${result.items.length} items`);
  for (const item of result.items) {
    // A title-less item takes its title from the summary, which holds escaped text by design.
    const titleFromSummary = item.title === plainTextExcerpt(item.summaryHtml);
    for (const problem of itemViolations(item, sourceTitlesShowLt || titleFromSummary))
      problems.push(`${JSON.stringify(item.id).slice(0, 80)}: ${problem}`);
  }
  return problems;
}

function itemViolations(item: FeedItem, titleMayShowTags: boolean): string[] {
  const problems: string[] = [];
  const strings = [item.id, item.url, item.title, item.author, item.publishedAt, item.summaryHtml];
  if (strings.some((value) => typeof value !== 'string')) return ['a field is not a string'];

  if (item.id.trim() === '') problems.push('empty id');

  let url: URL | null = null;
  try {
    url = new URL(item.url);
  } catch {
    problems.push(`url not absolute: ${item.url}`);
  }
  if (url && url.protocol !== 'https:' && url.protocol !== 'http:')
    problems.push(`url scheme ${url.protocol}`);
  if (url && (url.username || url.password)) problems.push('url has credentials');

  if (item.title === '') problems.push('empty title');
  if (item.title !== item.title.trim() || /\s{2}/.test(item.title))
    problems.push(`title whitespace not collapsed: ${JSON.stringify(item.title)}`);
  if (CONTROL.test(item.title)) problems.push(`title control char: ${JSON.stringify(item.title)}`);
  if (CONTROL.test(item.author))
    problems.push(`author control char: ${JSON.stringify(item.author)}`);
  if (!titleMayShowTags) {
    for (const [tag, name] of item.title.matchAll(TAG)) {
      if (elementKind(name!) !== 'not-html') problems.push(`title keeps tag ${tag}`);
    }
  }

  if (item.tags.some((tag) => typeof tag !== 'string' || tag === '' || tag !== tag.toLowerCase()))
    problems.push(`tags not lower-case: ${JSON.stringify(item.tags)}`);
  if (new Set(item.tags).size !== item.tags.length)
    problems.push(`duplicate tags: ${JSON.stringify(item.tags)}`);

  const published = Date.parse(item.publishedAt);
  if (Number.isNaN(published) || new Date(published).toISOString() !== item.publishedAt)
    problems.push(`publishedAt not ISO: ${item.publishedAt}`);

  if (item.summaryHtml.length > MAX_SUMMARY_HTML_CHARS)
    problems.push(`summary of ${item.summaryHtml.length} chars`);
  if (!Number.isInteger(item.readingMinutes) || item.readingMinutes < 1)
    problems.push(`readingMinutes ${item.readingMinutes}`);
  if (typeof item.hasRustCode !== 'boolean') problems.push('hasRustCode not boolean');
  return problems;
}
