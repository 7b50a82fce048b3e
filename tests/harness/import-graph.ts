import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
const HTML_LINK = /<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g;
// Static imports and re-exports in minified ES modules: `import{a as b}from"./x.js"`,
// `import"./x.js"`, `export*from"./x.js"`. `import("./x.js")` (lazy) is deliberately not matched.
const JS_STATIC_IMPORT =
  /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const CSS_URL = /(?:@import\s*|url\()\s*["']?(\.{0,2}\/[^"')]+)["']?/g;
const JS_LAZY_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/**
 * Every file an entry of the built extension loads before anything lazy: an HTML page's
 * scripts, stylesheets and modulepreloads, then each module's static imports, transitively.
 * The bench weighs them; tests/browser/bundle-contents.test.ts counts a page's modules.
 * @param entry path inside `root` ("popup.html", "background.js").
 * @returns paths relative to `root`, entry first; `lazy` lists the `import()` targets seen.
 */
export function staticLoadGraph(root: string, entry: string): { files: string[]; lazy: string[] } {
  const files: string[] = [];
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    if (!existsSync(join(root, file)))
      throw new Error(`import graph: ${file} is referenced but not built`);
    files.push(file);
    const text = readFileSync(join(root, file), 'utf8');
    const resolveFrom = (target: string) =>
      target.startsWith('/')
        ? normalize(target.slice(1))
        : relative(root, join(root, dirname(file), target));
    if (file.endsWith('.html')) {
      for (const [, src] of [...text.matchAll(HTML_SCRIPT), ...text.matchAll(HTML_LINK)])
        visit(resolveFrom(src!));
    } else if (file.endsWith('.js')) {
      for (const [, target] of text.matchAll(JS_STATIC_IMPORT)) visit(resolveFrom(target!));
      for (const [, target] of text.matchAll(JS_LAZY_IMPORT)) lazy.add(resolveFrom(target!));
    } else if (file.endsWith('.css')) {
      for (const [, target] of text.matchAll(CSS_URL)) visit(resolveFrom(target!));
    }
  };
  visit(entry);
  return { files, lazy: [...lazy].filter((file) => !files.includes(file)) };
}
