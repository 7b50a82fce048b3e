import { MAX_OPML_CHARS, MAX_SOURCES } from './opml-format';
import type { Source } from './source';

/** Why an OPML file was refused. Each code has one sentence (`describeOpmlError`). */
export type OpmlErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-xml'
  | 'entity-expansion'
  | 'not-opml'
  | 'no-body'
  | 'no-feeds'
  | 'bad-url'
  | 'too-many';

export type OpmlImportResult =
  | { ok: true; sources: Source[] }
  | {
      ok: false;
      /** One plain English sentence saying what is wrong, e.g. "The file is not OPML …". */
      error: string;
      /** For the UI to word in the user's language once the messages file has these. */
      code: OpmlErrorCode;
      /** The specific part: a line and problem, what the file holds (`<rss>`, `JSON`), a URL, a count. */
      detail?: string;
    };

/**
 * The English sentence for a refused file. Kept next to the codes so every code has exactly
 * one sentence and a library's wording never reaches the user on its own.
 */
export function describeOpmlError(code: OpmlErrorCode, detail = ''): string {
  switch (code) {
    case 'empty':
      return 'The file is empty.';
    case 'too-large':
      return `The file is larger than ${MAX_OPML_CHARS / 1_000_000} MB; a list of feeds is far smaller, so it is probably not one.`;
    case 'not-xml':
      return `The file is not valid XML (${detail}).`;
    case 'entity-expansion':
      return `The file declares entities that could expand without limit (${detail}).`;
    case 'not-opml':
      return `The file is not an OPML list of feeds (it holds ${detail}, not <opml>).`;
    case 'no-body':
      return 'The OPML file has no <body>, so it lists no feeds.';
    case 'no-feeds':
      return 'The OPML file lists no feeds: none of its outlines has an xmlUrl.';
    case 'bad-url':
      return `The feed address “${detail}” is not an absolute http or https address without a user name or password.`;
    case 'too-many':
      return `The file lists ${detail} feeds; Rust Radar follows at most ${MAX_SOURCES}.`;
  }
}

/** The failed result for `code`, with its sentence. */
export function opmlFailure(code: OpmlErrorCode, detail?: string): OpmlImportResult {
  const error = describeOpmlError(code, detail);
  return detail === undefined ? { ok: false, error, code } : { ok: false, error, code, detail };
}
