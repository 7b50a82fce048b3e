/** Prefix given to `on*` attribute names, which DOMPurify then drops as unknown. */
const DEFUSED = 'blocked-';

/**
 * Renames every `on…` attribute in the summary's start tags (`onerror` → `blocked-onerror`)
 * before DOMPurify parses it.
 *
 * Why, when DOMPurify removes handlers anyway: Chromium checks the page's CSP the moment it
 * parses an inline handler attribute, even into DOMPurify's inert document where nothing can
 * run, and logs "Executing inline event handler violates … Content Security Policy" for each.
 * Those reports would bury real ones. This is not the security boundary — DOMPurify is — so
 * it only approximates the HTML tokenizer: anything it misreads is still removed later and at
 * worst logs one such report.
 *
 * Linear: one pass over the string, no backtracking.
 */
export function defuseEventHandlers(html: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1 || lt + 1 >= n) break;
    i = lt + 1;
    if (!isAsciiLetter(html.charCodeAt(i))) continue;
    // Tag name.
    while (i < n && !isNameEnd(html[i]!)) i++;
    // Attributes, until the tag ends.
    for (;;) {
      while (i < n && (isSpace(html[i]!) || html[i] === '/')) i++;
      if (i >= n || html[i] === '>') break;
      const nameStart = i;
      i++; // a name may start with '=' (the tokenizer's rule), so the first character is taken as is
      while (i < n && !isNameEnd(html[i]!) && html[i] !== '=') i++;
      if (/^on/i.test(html.slice(nameStart, nameStart + 2))) {
        out += html.slice(copied, nameStart) + DEFUSED;
        copied = nameStart;
      }
      let j = i;
      while (j < n && isSpace(html[j]!)) j++;
      if (html[j] !== '=') continue;
      j++;
      while (j < n && isSpace(html[j]!)) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        i = close === -1 ? n : close + 1;
      } else {
        while (j < n && !isSpace(html[j]!) && html[j] !== '>') j++;
        i = j;
      }
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** HTML whitespace: tab, LF, FF, CR, space. */
function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
}

function isNameEnd(char: string): boolean {
  return isSpace(char) || char === '/' || char === '>';
}
