import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig, type EntrypointGroup } from 'wxt';
import { DEFERRED_MODULE_TYPE, LOADS_MODULE_ATTRIBUTE } from './utils/popup/page-module';

/**
 * Hosts a source other than DEV may live on. Asked for only when the user switches a source on
 * or adds a feed (options page, `permissions.request`), one origin at a time; nothing beyond
 * DEV is granted at install. See README "Permissions".
 */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

/**
 * TEST BUILDS ONLY: `RADAR_TEST_HOSTS=https://blog.rust-lang.org/*,…` grants those origins at
 * install, because headless Chromium cannot answer a permission prompt. Never set for a normal
 * build; tests/browser/security.test.ts checks a normal build's manifest.
 */
const TEST_HOSTS = (process.env.RADAR_TEST_HOSTS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

/**
 * In a page whose early script says it loads the page's module (`data-loads-module`: the
 * popup), the module's tag is left inert, so the browser neither fetches nor runs it; the early
 * script loads it after the kept first frame is painted (utils/popup/page-module.ts). Not
 * for `wxt dev` (added for `command: 'build'` only): WXT builds its pages with Vite there too,
 * and their dev-server tags (Vite's client, the reloader) must stay live.
 */
function deferPageModule(): Plugin {
  const loadsModule = new RegExp(`<script\\b[^>]*\\s${LOADS_MODULE_ATTRIBUTE}[\\s>=]`);
  return {
    name: 'radar:defer-page-module',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        loadsModule.test(html)
          ? html.replace(
              /<script type="module"(?=[^>]*\ssrc=)/g,
              `<script type="${DEFERRED_MODULE_TYPE}"`,
            )
          : html,
    },
  };
}

/**
 * The pages' HTML comments are for whoever reads the source: a build leaves them out of what
 * the browser loads at every open (a third of popup.html's bytes).
 */
function stripHtmlComments(): Plugin {
  return {
    name: 'radar:strip-html-comments',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/\s*<!--[\s\S]*?-->/g, ''),
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where `browser` or a helper comes from.
  imports: false,
  // Parallel test or bench runs may each build into a folder of their own.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  zip: {
    // The sources zip is for store reviewers: the code and how to build it, no build output.
    // The real-world test corpus is not in the project at all: tests read ../shared/corpus.
    excludeSources: ['bench/tmp/**', 'docs/**', '.tmp/**'],
  },
  vite: ({ command }) => ({
    plugins: [preact(), ...(command === 'build' ? [deferPageModule(), stripHtmlComments()] : [])],
    build: {
      // Vite's polyfill makes `<link rel="modulepreload">` work in browsers without it. Every
      // browser we support has it (Chromium with MV3, Firefox ≥ 142), and a page built on its
      // own (below) has no such links anyway. 0.2–0.3 kB gz off each page at open.
      modulePreload: { polyfill: false },
    },
  }),
  hooks: {
    // Each page (popup, options) is built on its own, as WXT already builds the worker and the
    // unlisted scripts. Built together, the code they share went into shared chunks: four
    // modules for the popup, each a request of its own to Chromium's extension loader that the
    // first post waited for. Inlining those chunks into each page (rolldown's
    // `experimentalInlineCommonChunks`, used before) gave one module, but needs
    // `strictExecutionOrder`: every module wrapped in a lazy initializer, an export map for
    // the on-demand chunks and a runtime file, 3 kB gz of the popup's 30 kB budget. Alone, a
    // page needs none of that: one plain module, and its on-demand chunks (the preview,
    // DOMPurify, the correction code) import from it. See docs/performance.md.
    'entrypoints:grouped': (_wxt, groups) => {
      const apart = groups.flatMap((group): EntrypointGroup[] =>
        Array.isArray(group) ? group.map((entrypoint) => [entrypoint]) : [group],
      );
      groups.splice(0, groups.length, ...apart);
    },
  },
  manifest: ({ browser }) => ({
    // From public/_locales/<lang>/messages.json, in the browser's language; see docs/translating.md.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // DEV is the only host granted at install; see README "Permissions".
    permissions: ['alarms', 'notifications', 'storage'],
    host_permissions: ['https://dev.to/*', ...TEST_HOSTS],
    // Chromium MV3; WXT drops this key from MV2 builds, so Firefox gets optional_permissions.
    optional_host_permissions: OPTIONAL_ORIGINS,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'",
    },
    action: { default_title: 'Rust Radar' },
    ...(browser === 'firefox'
      ? {
          optional_permissions: OPTIONAL_ORIGINS,
          browser_specific_settings: {
            gecko: {
              id: 'rust-radar@rust-radar.dev',
              strict_min_version: '142.0',
              // Nothing leaves the browser: see README "Privacy & security".
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
