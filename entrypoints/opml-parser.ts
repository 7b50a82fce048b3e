import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OPML_PARSER_GLOBAL } from '@/utils/options/opml-parser-script';
import { parseOpml } from '@/utils/sources/opml-import';

// The OPML importer with its XML parser (fast-xml-parser), half of the options page's code:
// a classic script of its own that the options page adds only when the reader imports a
// file (`utils/options/opml-parser-script.ts`). Built on its own like the worker, so it
// shares no chunk with the pages (a dynamic import did, and the popup then loaded two
// modules instead of one).
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, OPML_PARSER_GLOBAL, { value: parseOpml, configurable: true });
});
