// Runs inside the extension's worker (worker.evaluate): self-contained.

/** The floor of a poll: the same request with nothing around it, body read whole (ms). */
export async function bareFetch({
  url,
  etag,
}: {
  url: string;
  etag: string | null;
}): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url, {
    cache: 'no-store',
    credentials: 'omit',
    headers: etag ? { 'If-None-Match': etag } : {},
  });
  await response.arrayBuffer();
  return performance.now() - t0;
}
