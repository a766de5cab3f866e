// A file that is not UTF-8 may be Windows-1252, what Excel on a Western-European Windows saves as
// "CSV": read that way only when it is the likely reading, decided on the first 64 KB so that a
// file read whole and one read in slices decide alike.

/** Bytes looked at to decide. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Whether `head` (a file's first bytes, no byte-order mark) should be read as Windows-1252: not
 * valid UTF-8, no NUL byte, and no run of three letters from the upper half (é, ñ, ü come one
 * at a time between ASCII letters; a run is Cyrillic or Greek in a code page of its own, which
 * Windows-1252 would turn into nonsense).
 */
export function isWindows1252(head: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return false;
  } catch {
    // not UTF-8: look further
  }
  let run = 0;
  for (const b of head) {
    if (b === 0) return false;
    run = b >= 0xc0 ? run + 1 : 0;
    if (run >= 3) return false;
  }
  return true;
}

export const WINDOWS_1252_NOTE =
  "The file is not UTF-8: read as Windows-1252 (Western European), as Excel on Windows saves CSV. If accented letters look wrong, save it as CSV UTF-8.";

// Windows-1252's 0x80–0x9F, as the WHATWG Encoding Standard maps them (undefined bytes keep
// their C1 code). Node's TextDecoder, built without full ICU, reads "windows-1252" as Latin-1
// and turns the en dash 0x96 into a control character, so the table is spelt out here.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 bytes as text; each byte is one character, so slices decode on their own. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}
