/**
 * Turns feed bytes into text. Order of evidence: byte-order mark, then the Content-Type
 * charset, then the XML declaration, then UTF-8. The BOM wins over the header because it is
 * part of the bytes themselves (WHATWG encoding sniffing and XML 1.0 Appendix F agree).
 * `TextDecoder` does the work, so every WHATWG label (iso-8859-1, windows-1251, koi8-r, …) is
 * understood; unknown labels fall back to UTF-8.
 */

const DECLARATION_SNIFF_BYTES = 512;
const DECLARED_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const HEADER_CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;

/**
 * Decodes a feed body.
 * @param bytes the raw body.
 * @param contentType the Content-Type header, if any; its `charset` parameter is honoured.
 * @returns the text without a leading byte-order mark.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): string {
  const fromBom = bomEncoding(bytes);
  if (fromBom) return decodeWith(fromBom, bytes);

  const label = headerCharset(contentType) ?? declaredEncoding(bytes);
  if (label) return decodeWith(usableEncoding(label, bytes), bytes);

  return decodeUndeclared(bytes);
}

/** The charset parameter of a Content-Type value, or null. */
export function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return HEADER_CHARSET.exec(contentType)?.[1] ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** Reads `encoding="…"` from the XML declaration. Only ASCII matters there, so Latin-1 will do. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, DECLARATION_SNIFF_BYTES);
  let text = '';
  for (const byte of head) text += String.fromCharCode(byte);
  return DECLARED_ENCODING.exec(text)?.[1] ?? null;
}

/**
 * A label that cannot be right is replaced. Real feeds say "utf-16" over UTF-8 bytes (libxml2:
 * "Document labelled UTF-16 but has UTF-8 content"): without a BOM, UTF-16 text would have a
 * zero byte in its first two bytes (`<` is 00 3C or 3C 00), so its absence means UTF-8.
 */
function usableEncoding(label: string, bytes: Uint8Array): string {
  const encoding = supportedEncoding(label);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (bytes[0] === 0 && bytes[1] !== 0) return 'utf-16be';
    if (bytes[1] === 0 && bytes[0] !== 0) return 'utf-16le';
    return 'utf-8';
  }
  return encoding;
}

function supportedEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return 'utf-8';
  }
}

/**
 * Nothing names a charset: try strict UTF-8 and, if the bytes are not UTF-8, read them as
 * windows-1252 (what browsers assume for legacy pages). Undeclared Latin-1 feeds exist, e.g.
 * UOL Notícias, whose charset is only in the HTTP header.
 */
function decodeUndeclared(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWith('windows-1252', bytes);
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}
