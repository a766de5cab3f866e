import type { Source } from "@/lib/data/types";

/** Publisher (and original outlet) linked to the page that was read. */
export function SourceLink({ source }: { source: Source }) {
  const name = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
  if (!/^https?:\/\//.test(source.url)) return <span>{name}</span>;
  return (
    <a href={source.url} rel="noopener noreferrer">
      {name}
    </a>
  );
}
