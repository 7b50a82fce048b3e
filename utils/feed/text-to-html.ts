/**
 * Plain text (Atom `type="text"`, JSON Feed `summary`, YouTube's `media:description`) as HTML
 * that displays the same text: markup characters escaped, line breaks kept.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}
