// OPML import and export of the source list. Callers import both from here; each half lives
// in its own file (`opml-export.ts`, `opml-import.ts`) so neither grows past one concern.
export { sourcesToOpml, type OpmlExportOptions } from './opml-export';
export { parseOpml } from './opml-import';
export { describeOpmlError, type OpmlErrorCode, type OpmlImportResult } from './opml-error';
export { MAX_OPML_CHARS, MAX_SOURCES, RUST_RADAR_OPML_NAMESPACE } from './opml-format';
