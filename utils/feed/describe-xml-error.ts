/*
 * Not in feed-failure.ts, though it words a failure: the OPML import uses it in the options
 * page, which would otherwise load the English messages that `feedFailure` needs.
 */

/** What fast-xml-parser's XMLValidator reports for a document that is not well-formed. */
export interface XmlValidationError {
  code: string;
  msg: string;
  line: number;
  col?: number;
}

const MAX_PROBLEM_CHARS = 160;

/**
 * A short, readable account of a validation error, e.g. "line 3: Expected closing tag 'item'
 * (opened in line 2, col 5) instead of closing tag 'channel'". A document that stops with tags
 * still open — usually a download cut short — is said so in words, instead of the validator's
 * JSON dump of the open tags.
 */
export function describeXmlError(error: XmlValidationError): string {
  const problem = error.msg.startsWith("Invalid '[")
    ? 'the document ends before all its elements are closed; it may have been cut off'
    : error.msg.replace(/\s+/g, ' ').replace(/\.$/, '');
  const bounded =
    problem.length > MAX_PROBLEM_CHARS ? `${problem.slice(0, MAX_PROBLEM_CHARS - 1)}…` : problem;
  return `line ${error.line}: ${bounded}`;
}
