import type { OpmlImportResult } from '../sources/opml-error';

/**
 * The OPML importer ships as a script of its own (`entrypoints/opml-parser.ts`): its XML
 * parser is half the options page's code and is needed only when the reader imports a file.
 */
export const OPML_PARSER_SCRIPT = '/opml-parser.js';

/** Where the script leaves `parseOpml`: a property of the page's global object. */
export const OPML_PARSER_GLOBAL = 'rustRadarParseOpml';

export type ParseOpml = (text: string) => OpmlImportResult;

/**
 * `parseOpml` from the script, added to `page` on first use (and once only).
 * @param global the page's global object, where the script leaves the function.
 */
export function createOpmlParserLoader(page: Document, global: object) {
  let loading: Promise<ParseOpml> | null = null;
  const loaded = () => (global as Record<string, ParseOpml | undefined>)[OPML_PARSER_GLOBAL];
  return function loadOpmlParser(): Promise<ParseOpml> {
    loading ??= new Promise<ParseOpml>((resolve, reject) => {
      const script = page.createElement('script');
      script.src = OPML_PARSER_SCRIPT;
      script.onload = () => {
        const parse = loaded();
        if (parse) resolve(parse);
        else reject(new Error('The OPML importer did not load.'));
      };
      script.onerror = () => reject(new Error('The OPML importer did not load.'));
      page.head.append(script);
    }).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
