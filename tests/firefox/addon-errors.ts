import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Collects, from now on, the lines of Firefox's output (stdout and stderr) that report an error
 * of the add-on (`isAddonError`). Firefox prints its add-ons' console there with the
 * `devtools.console.stdout.*` prefs; Puppeteer's console events never see extension pages.
 */
export function collectAddonErrors(
  firefox: ChildProcess | null,
  uuid: string,
  geckoId: string,
): string[] {
  const errors: string[] = [];
  for (const stream of [firefox?.stdout, firefox?.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      if (isAddonError(line, uuid, geckoId)) errors.push(line);
    });
  }
  return errors;
}

/**
 * Whether a line of Firefox's output is an error of the add-on. Firefox prints much unrelated
 * noise (its own modules failing to reach Mozilla, BiDi internals), so only lines that name the
 * add-on count: `JavaScript error: moz-extension://<uuid>/…`, and `console.error` lines that
 * carry its URL (an Error logged from its pages) or its own "Rust Radar:" prefix.
 */
export function isAddonError(line: string, uuid: string, geckoId: string): boolean {
  const origin = `moz-extension://${uuid}/`;
  return (
    line.startsWith(`JavaScript error: ${origin}`) ||
    (line.startsWith('console.error: ') &&
      (line.includes(origin) ||
        line.includes(geckoId) ||
        line.startsWith('console.error: "Rust Radar')))
  );
}
