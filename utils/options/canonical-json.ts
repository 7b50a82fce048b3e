/**
 * JSON with object keys sorted at every level, so two equal values give equal strings
 * whatever order their keys were written in. Needed because Chrome stores objects with
 * sorted keys: the value that comes back is not key-for-key the one that was written.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    typeof entry === 'object' && entry !== null && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : entry,
  );
}
