import type { Translator } from '../i18n/translator';
import type { AddSourceProblem } from '../sources/add-source';
import { hostKey } from '../schedule/next-poll';
import type { OpmlImportResult } from '../sources/opml-error';
import type { Source } from '../sources/source';

/** What the user typed wrong when adding a source, in the page's language. */
export function describeAddSourceProblem(
  code: AddSourceProblem,
  t: Translator,
  existing?: Source,
): string {
  switch (code) {
    case 'dev-tag-empty':
      return t('sourceProblemDevTagEmpty');
    case 'dev-tag-too-long':
      return t('sourceProblemDevTagTooLong');
    case 'dev-tag-invalid':
      return t('sourceProblemDevTagInvalid');
    case 'url-empty':
      return t('sourceProblemUrlEmpty');
    case 'url-invalid':
      return t('sourceProblemUrlInvalid');
    case 'url-scheme':
      return t('sourceProblemUrlScheme');
    case 'url-credentials':
      return t('sourceProblemUrlCredentials');
    case 'url-too-long':
      return t('sourceProblemUrlTooLong');
    case 'duplicate':
      return t('sourceProblemDuplicate', { title: existing?.title ?? '' });
  }
}

/** Why an OPML file was refused, in the page's language (`describeOpmlError` is English). */
export function describeOpmlProblem(
  failure: Extract<OpmlImportResult, { ok: false }>,
  t: Translator,
): string {
  const detail = failure.detail ?? '';
  switch (failure.code) {
    case 'empty':
      return t('opmlEmpty');
    case 'too-large':
      return t('opmlTooLarge');
    case 'not-xml':
      return t('opmlNotXml', { detail });
    case 'entity-expansion':
      return t('opmlEntityExpansion', { detail });
    case 'not-opml':
      return t('opmlNotOpml', { detail });
    case 'no-body':
      return t('opmlNoBody');
    case 'no-feeds':
      return t('opmlNoFeeds');
    case 'bad-url':
      return t('opmlBadUrl', { detail });
    case 'too-many':
      return t('opmlTooMany', { detail });
  }
}

/** The site a source lives on, as shown next to its name (`www.reddit.com`). */
export function sourceHost(source: Pick<Source, 'feedUrl'>): string {
  return hostKey(source.feedUrl) ?? source.feedUrl;
}

/** What the options page knows of a source's last poll (from its stored feed state). */
export interface SourceStatusInput {
  lastError: { message: string } | null;
  lastAttemptAt: number | null;
  needsPermission?: boolean;
}

/**
 * One line of status for an enabled source: its last failure as the worker worded it ("r/rust
 * did not answer (HTTP 503)"), missing site access, or "not polled yet"; null when all is well.
 */
export function sourceStatus(
  source: Source,
  state: SourceStatusInput | undefined,
  t: Translator,
): string | null {
  if (!source.enabled) return null;
  if (state?.needsPermission) return t('sourceNeedsPermission', { host: sourceHost(source) });
  if (state?.lastError) return state.lastError.message;
  if (!state || state.lastAttemptAt === null) return t('sourceNeverPolled');
  return null;
}
