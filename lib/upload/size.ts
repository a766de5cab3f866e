// The upload size limit, stated before a file is read and checked before a byte of it is.
import { formatNumber } from "../format";

/** 100 MB, counted as a file manager counting in powers of 1024 shows it. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0)} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${formatNumber(mb, Number.isInteger(mb) ? 0 : 1)} MB`;
}

/** Why a file is refused unread, or `null` when it may be read. */
export function sizeRefusal(name: string, bytes: number): string | null {
  if (bytes <= MAX_UPLOAD_BYTES) return null;
  const exact = (n: number) => `${formatBytes(n)} (${formatNumber(n, 0)} bytes)`;
  return `${name} is ${exact(bytes)}, over the limit of ${exact(MAX_UPLOAD_BYTES)}, so it was not read. Split it into smaller files (one dataset each) and upload those.`;
}
