// Text a reader wrote (a note, a file name, a column name), printed in the page's own tables. The
// upload report names invisible characters in words (lib/intake/invisible.ts); here they are named
// where they stand, so a cell "1 000" with a no-break space or a note with a right-to-left override
// shows what is really in it.
import { Fragment } from "react";
import { cellParts } from "@/lib/intake/invisible";
import { wrapPieces } from "@/lib/intake/wrap";
import styles from "./cell-text.module.css";

/** Plain text with a break opportunity (`<wbr>`) inside each long word (lib/intake/wrap.ts). */
function Wrapped({ text }: { text: string }) {
  const pieces = wrapPieces(text);
  if (pieces.length === 1) return text;
  return pieces.map((piece, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {piece}
    </Fragment>
  ));
}

/**
 * `text` in a `<bdi>` (isolated from the page's direction), each invisible, bidi-control or
 * control character replaced by a visible mark `⟨U+202E RIGHT-TO-LEFT OVERRIDE⟩` (the character
 * itself is not printed), and long unbroken words (a URL) free to wrap. Plain text renders as it is.
 */
export function CellText({ text }: { text: string }) {
  return (
    <bdi className={styles.cell}>
      {cellParts(text).map((part, i) =>
        "text" in part ? (
          <Wrapped key={i} text={part.text} />
        ) : (
          <span key={i} className={styles.mark} data-invisible={part.invisible}>
            ⟨{part.invisible}⟩
          </span>
        ),
      )}
    </bdi>
  );
}
