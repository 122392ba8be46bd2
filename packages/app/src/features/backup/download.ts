/**
 * A neutral name: it says when, not what. The `.stdy` extension is Steady's own and
 * says nothing about its owner's situation to someone reading a downloads list.
 */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.stdy`;
}

/**
 * Hands the bytes to the browser as a download from a Blob URL (no request leaves the
 * page), then revokes the URL so the file does not stay reachable from this page.
 */
export function offerDownload(bytes: Uint8Array<ArrayBuffer>, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Give the browser a moment to start reading the blob before it goes away.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
