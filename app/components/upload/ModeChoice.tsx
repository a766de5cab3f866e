// Replace or extend: how the reader's rows meet the published ones (lib/upload/merge.ts).
import type { MergeMode } from "@/lib/upload/merge";
import styles from "./upload.module.css";

const MODES: { mode: MergeMode; label: string }[] = [
  {
    mode: "extend",
    label:
      "Extend: keep the published rows and add yours; where period, series and unit match, yours replace the published row.",
  },
  { mode: "replace", label: "Replace: for each dataset you uploaded, use only your rows." },
];

export function ModeChoice({ mode, onChange }: { mode: MergeMode; onChange(m: MergeMode): void }) {
  return (
    <fieldset className={styles.mode}>
      <legend>How should your rows meet the published ones?</legend>
      {MODES.map((m) => (
        <label key={m.mode}>
          <input
            type="radio"
            name="upload-mode"
            value={m.mode}
            checked={mode === m.mode}
            onChange={() => onChange(m.mode)}
          />{" "}
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}
