import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/**
 * Bundles `entry` (a path from the repository root) for a plain page or worker, with the
 * same bundler and minifier as the extension build, in memory.
 * @returns the IIFE's code; it sets `globalThis[name]` to the module's exports.
 */
export async function bundleModule(entry: string, name: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(__dirname, '../..'),
    resolve: { alias: { '@': resolve(__dirname, '../..') } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(__dirname, '../..', entry),
        name,
        formats: ['iife'],
        fileName: () => 'bundle.js',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]?.output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bench: ${entry} bundled to no code`);
  return chunk.code;
}
