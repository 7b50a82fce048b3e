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
