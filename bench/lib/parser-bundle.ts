import { bundleModule } from './module-bundle';

/** Global name the bundle assigns the parser module to. */
export const PARSER_GLOBAL = 'RadarParser';

/**
 * Bundles utils/feed/parse-feed.ts (with fast-xml-parser) for a plain page.
 * @returns the IIFE's code; it sets `globalThis.RadarParser = { parseFeed, … }`.
 */
export function bundleParser(): Promise<string> {
  return bundleModule('utils/feed/parse-feed.ts', PARSER_GLOBAL);
}
