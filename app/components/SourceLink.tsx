import type { Source } from "@/lib/data/types";
import { CellText } from "./CellText";

/** Publisher (and original outlet) linked to the page that was read. */
export function SourceLink({ source }: { source: Source }) {
  const name = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
  // A reader's sources.csv may name a publisher with invisible or bidi-control characters.
  if (!/^https?:\/\//.test(source.url)) return <CellText text={name} />;
  return (
    <a href={source.url} rel="noopener noreferrer">
      <CellText text={name} />
    </a>
  );
}
