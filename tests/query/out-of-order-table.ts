// A small table written out of order on purpose, for the series index's tests and the period
// sort's: "russia 2023 Mt" twice (the first one, 107.02, is what `find` gives), a month span, a
// year span, and two units.
import { parsePeriod } from "@/lib/data/period";
import type { Observation } from "@/lib/data/types";

export const row = (series: string, label: string, value: number, unit = "Mt") =>
  ({ series, period: parsePeriod(label)!, value, unit }) as Observation;

export const TABLE: Observation[] = [
  row("russia", "2023", 107.02),
  row("saudi", "2022", 87.49),
  row("russia", "2023-01/06", 53.1),
  row("russia", "2022", 86.25),
  row("russia", "2023-01", 2.2, "mb/d"),
  row("russia", "2023", 999),
  row("russia", "2023", 2.14, "mb/d"),
  row("saudi", "2023-03", 1.6, "mb/d"),
  row("russia", "2021/2022", 80.1),
];
