/**
 * RSS `<author>` is specified as an e-mail address and commonly written
 * "lee@example.com (Lee Hanxue)"; others write "Lee <lee@example.com>". Both mean "Lee …".
 * A bare address is not a display name (and is often a placeholder such as
 * noreply@blogger.com or test@example.com), so it yields ''.
 */
const EMAIL_THEN_NAME = /^\S+@\S+\s*\((.+)\)$/;
const NAME_THEN_EMAIL = /^(.+?)\s*<\S+@\S+>$/;
const BARE_EMAIL = /^<?[^\s@<>]+@[^\s@<>]+>?$/;

/** The display name in an RSS author field; the text itself when it has no recognised form. */
export function authorName(raw: string): string {
  const text = raw.trim();
  const name = EMAIL_THEN_NAME.exec(text)?.[1] ?? NAME_THEN_EMAIL.exec(text)?.[1] ?? text;
  return BARE_EMAIL.test(name) ? '' : name.trim();
}
