/** The shape of a `_locales/<lang>/messages.json` file. */
export type MessagesFile = Record<
  string,
  {
    message: string;
    description?: string;
    placeholders?: Record<string, { content: string; example?: string }>;
  }
>;

/**
 * `getMessage` over one messages file, resolved the way Chrome and Firefox do: names are
 * case-insensitive, `$NAME$` becomes its placeholder's content, then `$1`…`$9` the
 * substitutions and `$$` a dollar sign; an unknown name gives ''. Lets tests (and the English
 * default of the poll pipeline) read the real file without a browser.
 */
export function messagesFileSource(
  file: MessagesFile,
): (key: string, substitutions?: readonly string[]) => string {
  const byName = new Map(Object.entries(file).map(([name, entry]) => [name.toLowerCase(), entry]));
  return (key, substitutions = []) => {
    const entry = byName.get(key.toLowerCase());
    if (!entry) return '';
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (match, name: string) =>
        placeholders.has(name.toLowerCase()) ? placeholders.get(name.toLowerCase())! : match,
      )
      .replace(/\$(\$|[1-9])/g, (_match, which: string) =>
        which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
      );
  };
}
