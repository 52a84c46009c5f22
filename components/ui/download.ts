// Saves a file the app made (an export) through the browser's download, with a file name.
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser may still be reading the URL when click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
