/**
 * Hard limits on what one feed download may cost. Each limit turns into a typed error
 * instead of a slow or memory-hungry parse in the service worker.
 */

/** Largest feed body accepted, in bytes (5 MiB). Checked before decoding. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/**
 * True when `body` is larger than `maxBytes` once encoded as UTF-8. Strings are measured
 * without encoding them: a cap check must not allocate a copy of a body it may reject.
 */
export function isLargerThan(body: Uint8Array | string, maxBytes: number): boolean {
  if (typeof body !== 'string') return body.byteLength > maxBytes;
  // Every UTF-16 code unit is 1 to 3 UTF-8 bytes, so most strings are decided at once.
  if (body.length > maxBytes) return true;
  if (body.length * 3 <= maxBytes) return false;
  return utf8Length(body) > maxBytes;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Most items one feed may hold (1,000). Counted before duplicates collapse. */
export const MAX_FEED_ITEMS = 1000;

/**
 * Longest summary HTML kept per post, in UTF-16 code units (4,096), ellipsis included.
 * The full body is only used to derive stats; storage keeps this much.
 */
export const MAX_SUMMARY_HTML_CHARS = 4096;
