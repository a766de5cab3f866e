// Words the catalog and the methodology page use to explain the closed lists of the data model.
import type { Basis, Unit } from "../data/types";

export const UNIT_NAMES: Readonly<Record<Unit, string>> = {
  "mb/d": "million barrels per day",
  Mt: "million tonnes",
  bcm: "billion cubic metres",
  "USD bn": "billion US dollars",
  "USD/bbl": "US dollars per barrel",
  "%": "per cent",
};

export const BASIS_MEANINGS: Readonly<Record<Basis, string>> = {
  reported: "A source states the number; sources.csv holds the sentence that states it.",
  derived:
    "Computed in this project from reported numbers (a subtraction, a midpoint, a conversion); the note gives the formula.",
  estimate:
    "A source's own model or estimate, such as Reuters' savings estimate: not a measured flow.",
  capacity: "A limit, not a flow, such as a pipeline's design capacity.",
};
