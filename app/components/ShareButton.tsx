"use client";
// "Share this view": the button is on the page; the dialog's code (ShareDialog.tsx) is fetched on
// the first press, so a reader who only reads the page does not download it (the script budget
// counts a whole read: BENCHMARKS.md). Each press mounts the dialog afresh, which opens it.
import { useState } from "react";
import { LoadFailed } from "./LoadFailed";
import { useLazyModule } from "./use-lazy-module";

const loadDialog = () => import("./ShareDialog");

export function ShareButton() {
  const [presses, setPresses] = useState(0);
  const dialog = useLazyModule(loadDialog, presses > 0);
  const Dialog = dialog.module?.ShareDialog;
  return (
    <>
      <button type="button" className="share-button" onClick={() => setPresses((n) => n + 1)}>
        Share this view
      </button>
      {Dialog ? (
        <Dialog key={presses} />
      ) : (
        dialog.error && (
          <LoadFailed what="The share dialog" error={dialog.error} retry={dialog.retry} alert />
        )
      )}
    </>
  );
}
