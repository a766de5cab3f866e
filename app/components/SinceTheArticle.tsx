// The article's numbers beside what followed: a table (a reader compares across a row), from the
// published data. A gap is written "no data" with its reason, never a zero; how each derived or
// partial value is made goes to a numbered note under the table, so cells stay short on a phone.
import { formatExact, formatWithUnit } from "@/lib/format";
import type { Later, SinceRow } from "@/lib/since/since";

function Cell({ later, note }: { later: Later; note: number | null }) {
  return (
    <span className="since-cell">
      {later.value === null ? (
        <em>no data</em>
      ) : (
        <strong>{formatWithUnit(later.value, later.unit)}</strong>
      )}
      <small className="muted">
        {" "}
        {later.basis === "none" ? "" : later.basis}
        {note !== null && <sup>{note}</sup>}
      </small>
    </span>
  );
}

export function SinceTheArticle({ rows, latest }: { rows: SinceRow[]; latest: string }) {
  // A year where none of the four has a figure (other datasets reach it) is a column of gaps only.
  const years = [
    ...new Set(rows.flatMap((r) => r.later.filter((l) => l.value !== null).map((l) => l.year))),
  ].sort();
  const notes: string[] = [];
  const noteOf = (l: Later) => {
    if (!l.note) return null;
    const text = `${l.period}: ${l.note}`;
    const i = notes.indexOf(text);
    return i >= 0 ? i + 1 : notes.push(text);
  };
  const body = rows.map((r) => (
    <tr key={r.claim} data-claim={r.claim}>
      <th scope="row">{r.label}</th>
      <td className="num">
        {formatExact(r.article.value, r.article.unit)}{" "}
        <small className="muted">{r.article.period}</small>
      </td>
      {years.map((y) => (
        <td key={y} className="num" data-year={y}>
          {r.later
            .filter((l) => l.year === y)
            .map((l) => (
              <Cell key={l.period} later={l} note={noteOf(l)} />
            ))}
        </td>
      ))}
    </tr>
  ));
  return (
    <section aria-labelledby="since" className="since">
      <h2 id="since">Since the article</h2>
      <p className="muted">
        The article&apos;s four numbers beside the published figures for the years after it. Latest
        period in the data: {latest}.
      </p>
      <div className="table-wrap">
        <table data-testid="since-table">
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">The article</th>
              {years.map((y) => (
                <th scope="col" key={y} className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <ol className="since-notes muted">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
