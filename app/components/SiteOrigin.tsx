"use client";
// The address the reader has open, in text the server wrote (CiteThis.tsx): the build does not
// know the host a static copy is served from, unless SITE_URL was set. Until hydration it is the
// one the build knew, or nothing (the text then shows the path alone).
import { useSyncExternalStore } from "react";

const noChange = () => () => {};

export function SiteOrigin({ buildOrigin }: { buildOrigin: string }) {
  return useSyncExternalStore(
    noChange,
    () => buildOrigin || window.location.origin,
    () => buildOrigin,
  );
}
