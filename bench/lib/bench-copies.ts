import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLOOR_PAGE, prepareBenchExtension } from '../../tests/harness/bench-extension';
import {
  extensionUrl,
  launchExtension,
  POPUP_VIEWPORT,
  type LaunchedExtension,
} from '../../tests/harness/extension';

// Several bench copies of the extension in one browser: the popup bench's three stores.

/** Written into each copy by `prepareBenchCopies`: copies loaded side by side tell apart. */
const LABEL_FILE = 'bench-label.txt';

/**
 * One copy of the extension per label (`prepareBenchExtension` each), each with its label in
 * a file, to be loaded into one browser together (`launchBenchCopies`).
 */
export function prepareBenchCopies(name: string, labels: readonly string[]): string[] {
  return labels.map((label) => {
    const dir = prepareBenchExtension(`${name}-${label}`);
    writeFileSync(join(dir, LABEL_FILE), label);
    return dir;
  });
}

/** One copy in a shared browser. */
export interface BenchCopy {
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
}

export interface BenchCopies extends Omit<LaunchedExtension, 'worker' | 'extensionId'> {
  /** By label. */
  copies: Map<string, BenchCopy>;
}

/**
 * One browser with every copy in `dirs` loaded (each its own extension id, worker and
 * IndexedDB): the figures of all copies come from the same browser, and no idle second
 * browser competes for the machine. Same `userDataDir` again restarts it on that profile.
 */
export async function launchBenchCopies(
  dirs: readonly string[],
  feedPort: number,
  userDataDir = mkdtempSync(join(tmpdir(), 'radar-bench-')),
): Promise<BenchCopies> {
  const launched = await launchExtension(feedPort, userDataDir, {
    extensionDir: dirs,
    viewport: POPUP_VIEWPORT,
  });
  const { context } = launched;
  const ids = () => new Set(context.serviceWorkers().map((w) => new URL(w.url()).host));
  const deadline = Date.now() + 30_000;
  while (ids().size < dirs.length) {
    if (Date.now() > deadline) throw new Error('bench: not every extension copy started');
    await context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(() => {});
  }
  const copies = new Map<string, BenchCopy>();
  const page = await context.newPage();
  for (const extensionId of ids()) {
    const url = (path: string) => extensionUrl(extensionId, path);
    await page.goto(url(FLOOR_PAGE));
    const label = await page.evaluate((file) => fetch(file).then((r) => r.text()), LABEL_FILE);
    copies.set(label, { extensionId, url });
  }
  await page.close();
  const { worker: _worker, extensionId: _id, ...browser } = launched;
  return { ...browser, copies };
}
