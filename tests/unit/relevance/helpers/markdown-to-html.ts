/**
 * Markdown to HTML the way DEV's feed shows a post, enough for the relevance judge to read the
 * labelled corpus posts as it would read them on DEV: fenced code becomes DEV's
 * `<div class="highlight js-code-highlight"><pre class="highlight rust"><code>` (unmarked fences
 * `plaintext`), headings, lists, quotes and paragraphs their elements, inline code, links
 * (inline and by reference), images and emphasis theirs. Lines that start with `<` are kept
 * as HTML. Written here rather than taken from a package: the judge needs the structure
 * (code blocks and their language, links, text), not faithful typography.
 */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const references = new Map<string, string>();
  const body = lines.filter((line) => {
    const definition = /^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+["'(].*)?$/.exec(line);
    if (definition) references.set(definition[1]!.toLowerCase(), definition[2]!);
    return !definition;
  });
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const inline = (text: string) => inlineHtml(text, references);
  const flush = () => {
    if (paragraph.length > 0) html.push(`<p>${inline(paragraph.join('\n'))}</p>`);
    if (list.length > 0)
      html.push(`<ul>\n${list.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    paragraph = [];
    list = [];
  };
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const fence = /^\s*(`{3,}|~{3,})\s*([\w+#-]*)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < body.length && !body[i]!.trim().startsWith(fence[1]!); i++) code.push(body[i]!);
      html.push(codeBlock(code.join('\n'), fence[2]!.toLowerCase() || 'plaintext'));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      html.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (/^\s*<[A-Za-z!/]/.test(line) && paragraph.length === 0) {
      flush();
      i = htmlBlock(body, i, html);
    } else if (item) {
      if (paragraph.length > 0) flush();
      list.push(item[1]!);
    } else if (/^>\s?/.test(line)) {
      flush();
      html.push(`<blockquote><p>${inline(line.replace(/^>\s?/, ''))}</p></blockquote>`);
    } else if (list.length > 0) list[list.length - 1] += ` ${line.trim()}`;
    else paragraph.push(line);
  }
  flush();
  return html.join('\n\n');
}

/**
 * An HTML block, kept as it is: to its closing tag for `script`, `style` and `pre`, else to
 * the next blank line (CommonMark's rules). Scripts and styles are dropped, as DEV does.
 * Returns the index of the block's last line.
 */
function htmlBlock(lines: readonly string[], start: number, html: string[]): number {
  const raw = /^\s*<(script|style|pre)\b/i.exec(lines[start]!)?.[1]?.toLowerCase();
  const end = raw ? new RegExp(`</${raw}\\s*>`, 'i') : /^\s*$/;
  let last = start;
  while (last + 1 < lines.length && !end.test(lines[raw ? last : last + 1]!)) last++;
  if (raw !== 'script' && raw !== 'style') html.push(lines.slice(start, last + 1).join('\n'));
  return last;
}

function codeBlock(code: string, language: string): string {
  return `<div class="highlight js-code-highlight">\n<pre class="highlight ${language}"><code>${escapeHtml(code)}\n</code></pre>\n</div>`;
}

function inlineHtml(text: string, references: ReadonlyMap<string, string>): string {
  const spans: { html: string; raw: string }[] = [];
  const placeholder = /\uE000(\d+)\uE000/g;
  const html = escapeHtml(text)
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (raw, _ticks, code: string) => {
      spans.push({ html: `<code>${code.trim()}</code>`, raw });
      return `\uE000${spans.length - 1}\uE000`;
    })
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, '<img src="$2" alt="$1">')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, '<a href="$2">$1</a>')
    .replace(/\[([^\]]+)\](?:\[([^\]]*)\])?/g, (whole, label: string, ref?: string) => {
      const key = (ref || label).replace(placeholder, (_, i: string) => spans[Number(i)]!.raw);
      const url = references.get(key.toLowerCase());
      return url ? `<a href="${url}">${label}</a>` : whole;
    })
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '<strong>$1$2</strong>')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*)[*_](?=[\s.,;:!?)]|$)/g, '$1<em>$2</em>');
  return html.replace(placeholder, (_, i: string) => spans[Number(i)]!.html);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
