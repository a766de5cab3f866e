import type { Headline } from "@/lib/panels/headlines";
import { CheckBadge } from "./CheckBadge";
import { CheckLine } from "./CheckLine";
import { SourceLink } from "./SourceLink";
import { CellText } from "./CellText";

export function Headlines({ headlines }: { headlines: Headline[] }) {
  return (
    <ul className="headlines" aria-label="The article's numbers">
      {headlines.map((h) => (
        <li key={h.id} className="tile" data-claim={h.id}>
          <span className="tile-value">{h.display}</span>
          <span className="tile-label">
            {h.label}, {h.period}
            {h.origin === "reader" && <span className="whose"> (your data)</span>}
          </span>
          <span className="tile-range" data-testid="tile-range">
            {h.fromSources}
          </span>
          {h.othersSaid && (
            <span className="tile-others" data-testid="tile-others">
              What others said: <a href="#ledger">{h.othersSaid}</a>
            </span>
          )}
          {h.checks.map((c) => (
            <p key={c.id} className="tile-check">
              <CheckBadge status={c.status} /> {c.label}
            </p>
          ))}
          <details>
            <summary>Where is this from?</summary>
            {h.origin === "reader" ? (
              <p className="muted">This figure is from your file; no published source states it.</p>
            ) : (
              <>
                <p className="muted">The article says:</p>
                <blockquote>{h.sentence}</blockquote>
              </>
            )}
            {h.evidence.length > 0 && (
              <>
                <p className="muted">It goes back to:</p>
                <ul className="evidence">
                  {h.evidence.map((e) => (
                    <li key={e.text}>
                      {e.text}
                      {e.source && (
                        <>
                          {" "}
                          — <SourceLink source={e.source} />
                          <blockquote>
                            <CellText text={e.source.quote} />
                          </blockquote>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {h.checks.map((c) => (
              <p key={c.id}>
                <CheckLine check={c} />
              </p>
            ))}
          </details>
        </li>
      ))}
    </ul>
  );
}
