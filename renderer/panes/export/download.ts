/** Offer bytes the API sent (base64) as a download, the way a browser saves a file. */
export function offerDownload({ fileName, mime, base64 }: { fileName: string; mime: string; base64: string }): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the bytes go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Browser mode's PDF: the print surface in a window of its own, for the browser's
 * own "Save as PDF". The page has no script (and its own policy forbids any); it is
 * our serializer's output, every word escaped.
 */
export function openPrintView(html: string): boolean {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const view = window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (!view) return false;
  view.addEventListener('load', () => view.print(), { once: true });
  return true;
}
