// What every outlet said: each quantity and period with every statement, its spread, and the
// statements their own page contradicts. A server component: the ledger is published data.
import type { LedgerGroup } from "@/lib/ledger/groups";
import { SourceLink } from "./SourceLink";

export function LedgerSection({ groups }: { groups: LedgerGroup[] }) {
  const multi = groups.filter((g) => g.statements.length > 1);
  const flagged = groups.flatMap((g) => g.statements.filter((s) => s.flag !== null));
  return (
    <section aria-labelledby="ledger" className="ledger">
      <h2 id="ledger">What every outlet said</h2>
      <p className="muted">
        Outlets state the same quantity differently. {multi.length} of the {groups.length} figures
        in the ledger have more than one statement; {flagged.length} statements contradict their own
        page&apos;s arithmetic. Every statement quotes its page (
        <a href="/data/ledger.csv" download>
          ledger.csv
        </a>
        ).
      </p>
      <div className="table-wrap">
        <table data-testid="ledger-table">
          <thead>
            <tr>
              <th scope="col">Quantity</th>
              <th scope="col">Period</th>
              <th scope="col">Spread</th>
              <th scope="col">Statements</th>
            </tr>
          </thead>
          <tbody>
            {multi.map((g) => (
              <tr key={`${g.quantity}|${g.period}`} data-quantity={g.quantity}>
                <th scope="row">{g.label}</th>
                <td>{g.period}</td>
                <td className="num">
                  {g.spread.min === g.spread.max ? g.spread.min : `${g.spread.min}–${g.spread.max}`}{" "}
                  {g.spread.unit}
                  <br />
                  <small className="muted">
                    {g.spread.count} statements, {g.spread.outlets.length} outlets
                  </small>
                </td>
                <td>
                  <ul className="ledger-statements">
                    {g.statements.map((s) => (
                      <li key={s.entry.row} data-flagged={s.flag !== null}>
                        <strong>{s.entry.valueText}</strong> — {s.outlet}
                        {s.source && (
                          <>
                            {" "}
                            (<SourceLink source={s.source} />)
                          </>
                        )}
                        {s.flag && (
                          <span className="status status-fail ledger-flag">
                            contradicts its page: {s.flag}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
