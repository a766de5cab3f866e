"use client";
// Saving a file the page made (a CSV, a PNG): its own module, so that what saves a file does not
// bring the code that drew it (png.ts) into the chunk of whoever saves.

/** Saves `blob` as `filename` through a temporary link; the object URL is revoked a second later. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
