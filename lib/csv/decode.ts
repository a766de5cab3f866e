// Bytes to text, before any CSV parsing: the one place that decides what a "text file" is.
import { problem } from "../data/messages";
import { decodeWindows1252, isWindows1252, SNIFF_BYTES } from "./legacy";
export type Decoded =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" }
  | { ok: false; code: "binary_file" | "bad_encoding"; message: string };

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  // A UTF-16 file announces itself with a byte-order mark; spreadsheet programs write them.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      ok: true,
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      ok: true,
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
    };
  }
  if (bytes.includes(0)) {
    return { ok: false, ...problem("binary_file") };
  }
  if (isWindows1252(bytes.subarray(0, SNIFF_BYTES)))
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      encoding: "windows-1252",
    };
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
    };
  } catch {
    return { ok: false, ...problem("bad_encoding") };
  }
}
