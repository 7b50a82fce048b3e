const FNV64_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits: the `<hash>` of a custom
 * source's id (`custom:<hash>`). 64 bits rather than the 32 of `fnv1a32` (post ids): two of a
 * user's feeds must never share an id, and at a few hundred URLs 32 bits leave a real chance.
 */
export function fnv1a64(text: string): string {
  let hash = FNV64_OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV64_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
