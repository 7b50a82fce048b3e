import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens Chromium with the extension loaded. Debian's Chromium by default;
// set CHROMIUM_PATH to use another Chromium-based browser.
export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  // Chromium refuses to start its sandbox as root (containers, CI boxes).
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
