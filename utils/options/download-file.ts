/**
 * Saves `text` as a file through the page's own download: a Blob URL on an `<a download>`,
 * which needs no `downloads` permission. The document and URL API come in as parameters
 * because utils/ does not reach for page globals.
 */
export function downloadTextFile(
  doc: Document,
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>,
  file: { name: string; text: string; type?: string },
): void {
  const href = url.createObjectURL(
    new Blob([file.text], { type: file.type ?? 'application/json' }),
  );
  const link = doc.createElement('a');
  link.href = href;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => url.revokeObjectURL(href), 60_000);
}
