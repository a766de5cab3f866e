// What a part of the page fetched on demand shows when the fetch failed or timed out
// (use-lazy-module.ts): what could not be loaded, why, and a way to try again.

export interface LoadFailedProps {
  /** What failed, as the sentence's subject: "The chart", "The table". */
  what: string;
  error: Error;
  retry(): void;
  /** Said after the reason, e.g. where the same numbers can be read meanwhile. */
  meanwhile?: string;
  /**
   * Announced at once (`role="alert"`): for a part the reader just asked for (a press, an
   * opening), not for parts that load as the page is read.
   */
  alert?: boolean;
}

export function LoadFailed({ what, error, retry, meanwhile = "", alert }: LoadFailedProps) {
  return (
    <p className="problem" role={alert ? "alert" : undefined}>
      {what} could not be loaded ({error.message}){meanwhile}.{" "}
      <button type="button" onClick={retry}>
        Try again
      </button>
    </p>
  );
}
