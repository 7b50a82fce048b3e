import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where `browser` or a helper comes from.
  imports: false,
  // Parallel test or bench runs may each build into a folder of their own.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  zip: {
    // The sources zip is for store reviewers: the code and how to build it, no build output.
    excludeSources: ['bench/tmp/**', 'docs/**', '.tmp/**', 'tests/fixtures/corpus/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // From public/_locales/<lang>/messages.json, in the browser's language; see README "Translating".
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The feed is the only host we ever talk to; see README "Permissions".
    permissions: ['alarms', 'notifications', 'storage'],
    host_permissions: ['https://dev.to/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'",
    },
    action: { default_title: 'Rust Radar' },
    ...(browser === 'firefox'
      ? {
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
