// Messages quote the reader's cells; these keep them readable and safe to print on one line, and
// name the characters a reader cannot see (a no-break space, a right-to-left override).
import { visible } from "../intake/invisible-words";

/** Control characters shown as escapes: a cell holding ESC or a line break cannot clear a terminal or split a line. */
const showControls = (text: string) =>
  text.replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );

/** Keeps a message readable when a cell is really a whole garbled line (or five megabytes). */
export const clip = (text: string, max = 40) =>
  visible(showControls(text.length > max ? `${text.slice(0, max)}…` : text));
