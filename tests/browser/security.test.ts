import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../harness/extension';

// Checks on the built extension (`.output/chrome-mv3`), which `npm run test:browser` builds
// first. Each one guards a promise in the README: what the extension may touch, and that it
// runs no code it did not ship.

/** The README's "Permissions" table. Growing it is a decision: update both. */
const DOCUMENTED_PERMISSIONS = ['alarms', 'notifications', 'storage'];
const DOCUMENTED_HOSTS = ['https://dev.to/*'];
/**
 * Optional hosts (README "Permissions"): nothing is granted at install; the options page asks
 * for one origin when the user switches on a source or adds a feed on another site.
 */
const DOCUMENTED_OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];
const CSP = "script-src 'self'; object-src 'none'";

/**
 * Code that compiles strings at run time. Matched as calls, not words: libraries say "eval"
 * and "Function" harmlessly (`instanceof Function`, `page.evaluate`, comments).
 */
const DYNAMIC_CODE: [string, RegExp][] = [
  ['eval(…)', /(?<![\w$.])eval\s*\(/],
  ['indirect eval', /[(,]\s*eval\s*\)\s*\(/],
  ['global eval', /\b(?:window|self|globalThis)\s*(?:\.\s*eval|\[\s*["'`]eval["'`]\s*\])\s*\(/],
  ['new Function(…)', /\bnew\s+Function\s*\(/],
  ['Function("…")', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['setTimeout("…")', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];

/**
 * Matches that were reviewed and are harmless, as [file name pattern, excerpt]. Empty today:
 * the bundle holds no dynamic code at all. Add an entry only with the reason beside it.
 */
const ALLOWED: [RegExp, string][] = [];

/** Ways to load code from elsewhere. */
const REMOTE_CODE: [string, RegExp][] = [
  ['importScripts', /\bimportScripts\s*\(/],
  ['import() of a URL', /\bimport\s*\(\s*["'`](?:[a-z][\w+.-]*:)?\/\//i],
  ['static import of a URL', /\bfrom\s*["'`](?:[a-z][\w+.-]*:)?\/\//i],
];

let manifest: Record<string, unknown>;
let files: string[];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

beforeAll(() => {
  // The browser test script builds first; a lone run of this file builds if nothing is there.
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: resolve(EXTENSION_DIR, '../..'),
      stdio: 'ignore',
    });
  }
  manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  files = walk(EXTENSION_DIR);
}, 120_000);

describe('the built manifest', () => {
  it('states the CSP for extension pages explicitly', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  it('asks for exactly the documented permissions', () => {
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual(DOCUMENTED_PERMISSIONS);
  });

  it('asks for exactly the documented host', () => {
    expect(manifest.host_permissions).toEqual(DOCUMENTED_HOSTS);
  });

  it('asks for other sites only as optional hosts, granted one at a time on request', () => {
    expect(manifest.optional_host_permissions).toEqual(DOCUMENTED_OPTIONAL_HOSTS);
  });

  it('asks for no optional API permission and grants no page access by other routes', () => {
    for (const key of [
      'optional_permissions',
      // Content scripts and these open the extension to web pages or other extensions.
      'content_scripts',
      'externally_connectable',
      'web_accessible_resources',
      'sandbox',
    ]) {
      expect(manifest, key).not.toHaveProperty(key);
    }
  });

  it('runs a packaged service worker', () => {
    const background = manifest.background as { service_worker?: string };
    expect(background.service_worker).toMatch(/^[\w./-]+\.js$/);
    expect(existsSync(join(EXTENSION_DIR, background.service_worker!))).toBe(true);
  });
});

describe('the bundled code', () => {
  const scripts = () => files.filter((file) => file.endsWith('.js'));

  it('has scripts to check', () => {
    expect(scripts().length).toBeGreaterThan(2);
  });

  it('compiles no code from strings (no eval, no new Function)', () => {
    const found: string[] = [];
    for (const file of scripts()) {
      const code = readFileSync(file, 'utf8');
      for (const [name, pattern] of DYNAMIC_CODE) {
        for (const match of code.matchAll(new RegExp(pattern, 'g'))) {
          const excerpt = code.slice(Math.max(0, match.index - 40), match.index + 40);
          const where = relative(EXTENSION_DIR, file);
          if (ALLOWED.some(([path, text]) => path.test(where) && excerpt.includes(text))) continue;
          found.push(`${where}: ${name}: …${excerpt}…`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('loads no code from elsewhere', () => {
    const found: string[] = [];
    for (const file of scripts()) {
      const code = readFileSync(file, 'utf8');
      for (const [name, pattern] of REMOTE_CODE) {
        if (pattern.test(code)) found.push(`${relative(EXTENSION_DIR, file)}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has pages that load only their own scripts and styles, none inline', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const where = relative(EXTENSION_DIR, file);
      for (const [, tag, attribute, url] of html.matchAll(
        /<(script|link)\b[^>]*?\b(src|href)\s*=\s*["']?([^"'\s>]+)/gi,
      )) {
        if (/^(?:[a-z][\w+.-]*:|\/\/)/i.test(url!))
          found.push(`${where}: <${tag} ${attribute}=${url}>`);
      }
      for (const [script] of html.matchAll(
        /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi,
      )) {
        if (script.replace(/<[^>]*>/g, '').trim()) found.push(`${where}: inline script`);
      }
      if (/\son[a-z]+\s*=/i.test(html)) found.push(`${where}: inline event handler`);
    }
    expect(found).toEqual([]);
  });
});
