// A wide table (one column per period) is read only when the reader asks: this shows the rows it
// would make and asks for what the file cannot say (basis, source), before anything is read.
import { useId, useState } from "react";
import { BASES } from "@/lib/data/types";
import { formatNumber } from "@/lib/format";
import type { WideOffer } from "./protocol";
import styles from "./upload.module.css";

export interface WideStepProps {
  offer: WideOffer;
  /** Source ids a row may cite, offered as suggestions. */
  sourceIds: readonly string[];
  onRead(fill: Record<string, string>): void;
}

export function WideStep({ offer, sourceIds, onRead }: WideStepProps) {
  const id = useId();
  const [fill, setFill] = useState<Record<string, string>>(() =>
    Object.fromEntries(offer.missing.map((c) => [c, ""])),
  );
  const complete = offer.missing.every((c) => fill[c]!.trim() !== "");
  const set = (c: string, value: string) => setFill((f) => ({ ...f, [c]: value }));
  return (
    <div className={styles.wide} data-testid="upload-wide">
      <h3>Read as one row per period?</h3>
      <p>
        This file is a wide table: one column per period ({offer.periods[0]} to{" "}
        {offer.periods.at(-1)}). Read as one row per period it makes{" "}
        <strong>{formatNumber(offer.rows, 0)} rows</strong>; the first are below, with{" "}
        <code>?</code> where the file does not say.
      </p>
      <div className="table-wrap">
        <table data-testid="upload-wide-preview">
          <thead>
            <tr>
              {offer.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {offer.preview.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>
                    <bdi>{cell}</bdi>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (complete) onRead(fill);
        }}
      >
        {offer.missing.map((c) => (
          <p key={c}>
            <label htmlFor={`${id}-${c}`}>{c} for every row: </label>
            {c === "basis" ? (
              <select
                id={`${id}-${c}`}
                value={fill[c]}
                onChange={(e) => set(c, e.currentTarget.value)}
              >
                <option value="" disabled>
                  Choose…
                </option>
                {BASES.map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`${id}-${c}`}
                value={fill[c]}
                list={c === "source_id" ? `${id}-sources` : undefined}
                onChange={(e) => set(c, e.currentTarget.value)}
              />
            )}
          </p>
        ))}
        <datalist id={`${id}-sources`}>
          {sourceIds.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <button type="submit" disabled={!complete} data-testid="upload-wide-read">
          Read as one row per period
        </button>
      </form>
    </div>
  );
}
