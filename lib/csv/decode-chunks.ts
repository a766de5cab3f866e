// decodeCsvBytes for a file read a slice at a time: the same answer (text, or why the bytes are
// not a text file) without holding the whole file twice. tests/csv/stream.test.ts checks the two
// agree, messages included.
import { problem } from "../data/messages";
import type { Decoded } from "./decode";
import { decodeWindows1252, isWindows1252, SNIFF_BYTES } from "./legacy";

export type Undecodable = Extract<Decoded, { ok: false }>;

const BINARY: Undecodable = { ok: false, ...problem("binary_file") };
const BAD_UTF8: Undecodable = { ok: false, ...problem("bad_encoding") };

/** Called with each piece of text and the bytes read so far; returns false to stop reading. */
export type OnText = (text: string, bytesRead: number) => boolean;

function pickDecoder(first: Uint8Array): { decoder: TextDecoder; skip: number; utf16: boolean } {
  // A UTF-16 file announces itself with a byte-order mark; spreadsheet programs write them.
  if (first[0] === 0xff && first[1] === 0xfe)
    return { decoder: new TextDecoder("utf-16le"), skip: 2, utf16: true };
  if (first[0] === 0xfe && first[1] === 0xff)
    return { decoder: new TextDecoder("utf-16be"), skip: 2, utf16: true };
  return { decoder: new TextDecoder("utf-8", { fatal: true }), skip: 0, utf16: false };
}

async function containsNul(blob: Blob, from: number, sliceBytes: number): Promise<boolean> {
  for (let at = from; at < blob.size; at += sliceBytes) {
    const bytes = new Uint8Array(await blob.slice(at, at + sliceBytes).arrayBuffer());
    if (bytes.includes(0)) return true;
  }
  return false;
}

/**
 * Reads `blob` in slices of `sliceBytes`, decoding as decodeCsvBytes does: UTF-16 after its
 * byte-order mark, otherwise strict UTF-8, and no NUL byte anywhere. A character split between
 * two slices is decoded whole (papaparse's own file reader decodes each slice on its own and
 * turns such a character into two U+FFFD: mholt/PapaParse#751, #1132).
 * Resolves `null` when the whole file was read (or `onText` stopped it), else why it cannot be.
 */
export async function decodeBlobInSlices(
  blob: Blob,
  sliceBytes: number,
  onText: OnText,
  onEncoding?: (encoding: "windows-1252") => void,
): Promise<Undecodable | null> {
  if (blob.size === 0) return null;
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  const picked = pickDecoder(head);
  const { skip, utf16 } = picked;
  let { decoder } = picked;
  if (!utf16 && isWindows1252(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()))) {
    // Windows-1252 maps every byte, NUL aside, which isWindows1252 has ruled out in its sample.
    decoder = { decode: (bytes: Uint8Array) => decodeWindows1252(bytes) } as TextDecoder;
    onEncoding?.("windows-1252");
  }
  const read = (at: number) => {
    const bytes = blob.slice(at, Math.min(at + sliceBytes, blob.size)).arrayBuffer();
    // A slice left unread (the reading stopped, or failed before it) must not report its own
    // failure as unhandled.
    bytes.catch(() => {});
    return bytes;
  };
  let next: Promise<ArrayBuffer> | null = skip < blob.size ? read(skip) : null;
  for (let at = skip; next !== null; at += sliceBytes) {
    const end = Math.min(at + sliceBytes, blob.size);
    const bytes = new Uint8Array(await next);
    // The next slice is read while this one is decoded and parsed: the browser reads a File on
    // another thread, and waiting for each slice in turn left the worker idle about a tenth of
    // the time (BENCHMARKS.md, "Session 7").
    next = end < blob.size ? read(end) : null;
    // A UTF-16 file is full of NUL bytes (the high half of every ASCII character).
    if (!utf16 && bytes.includes(0)) return BINARY;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: end < blob.size });
    } catch {
      // decodeCsvBytes looks for NUL bytes before it decodes: a binary file says so, wherever
      // its first NUL is.
      return (await containsNul(blob, end, sliceBytes)) ? BINARY : BAD_UTF8;
    }
    if (!onText(text, end)) return null;
  }
  return null;
}
