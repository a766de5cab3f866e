import { formatNumber } from "@/lib/format";

/** "1 row", "1,234 rows": a whole number with the singular or plural noun, for the catalog. */
export const count = (n: number, one: string, many: string): string =>
  `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
