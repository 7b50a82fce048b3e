import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/** Global name the bundle assigns the parser module to. */
export const PARSER_GLOBAL = 'RadarParser';

/**
 * Bundles utils/feed/parse-feed.ts (with fast-xml-parser) for a plain page, with the same
 * bundler and minifier as the extension build, in memory.
 * @returns the IIFE's code; it sets `globalThis.RadarParser = { parseFeed, … }`.
 */
export async function bundleParser(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(__dirname, '../..'),
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(__dirname, '../../utils/feed/parse-feed.ts'),
        name: PARSER_GLOBAL,
        formats: ['iife'],
        fileName: () => 'parser.js',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]?.output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('bench: the parser bundle has no code');
  return chunk.code;
}
