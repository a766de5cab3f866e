// "How your file was read": what the intake step skipped or assumed, in plain words, and every
// line of the file counted, shown before anything is applied.
import { formatNumber } from "@/lib/format";
import type { LineCount, IntakeNote } from "@/lib/intake/notes";
import styles from "./upload.module.css";

const n = (value: number) => formatNumber(value, 0);
const part = (count: number, one: string, many: string) =>
  count > 0 ? [`${n(count)} ${count === 1 ? one : many}`] : [];

/** `12 lines: 1 above the header, the header, 9 of rows, 1 blank`: the parts add up to the total. */
function linesSentence(lines: LineCount): string {
  const parts = [
    ...part(lines.above, "line above the header", "lines above the header"),
    ...(lines.header ? ["the header"] : []),
    ...part(lines.rows, "line of rows", "lines of rows"),
    ...part(lines.blank, "blank line", "blank lines"),
    ...part(lines.empty, "line of only delimiters", "lines of only delimiters"),
  ];
  return `${n(lines.total)} ${lines.total === 1 ? "line" : "lines"}: ${parts.join(", ")}.`;
}

export function ReadAs({ notes, lines }: { notes: IntakeNote[]; lines: LineCount }) {
  return (
    <div className={styles.readAs} data-testid="upload-read-as">
      <h3>How your file was read</h3>
      <p>{linesSentence(lines)}</p>
      {notes.length > 0 ? (
        <ul>
          {notes.map((note, i) => (
            <li key={i} data-code={note.code}>
              <bdi>{note.message}</bdi>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          As written: comma-separated, header on the first line, nothing skipped.
        </p>
      )}
    </div>
  );
}
