import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of every file under `dir`. */
function directorySize(dir: string): number {
  let size = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    size += entry.isDirectory() ? directorySize(path) : statSync(path).size;
  }
  return size;
}

/**
 * Bytes the extension's IndexedDB folders take on disk in a Chromium profile
 * (`…/IndexedDB/chrome-extension_<id>_0.indexeddb.leveldb` and `.blob`, wherever the profile
 * keeps them).
 */
export function indexedDbBytesOnDisk(userDataDir: string, extensionId: string): number {
  let size = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (entry.name.includes(extensionId) && entry.name.includes('.indexeddb.'))
        size += directorySize(path);
      else walk(path);
    }
  };
  walk(userDataDir);
  return size;
}
