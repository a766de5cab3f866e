// What each file under /data/ holds and what its columns mean. The column lists themselves come
// from the files (export/files.ts csvColumns); a test checks every column has a meaning here.
import type { Check } from "../checks/types";
import { TIDY_COLUMNS } from "../data/datasets";
import {
  CAPACITY_COLUMNS,
  EVENT_COLUMNS,
  FACTOR_COLUMNS,
  LEDGER_COLUMNS,
  SOURCE_COLUMNS,
} from "../data/schemas";
import { METRIC_CSV_COLUMNS } from "../export/tables";

type Meanings<C extends string> = Readonly<Record<C, string>>;

export const TIDY_COLUMN_MEANINGS: Meanings<(typeof TIDY_COLUMNS)[number]> = {
  period:
    "A year (2023), a month (2023-06), months of one year (2023-01/09: January–September 2023) or years (2018/2019).",
  series: "What is measured: one of the dataset's series ids.",
  value: "A plain decimal: no thousands separators, no units, no scientific notation.",
  unit: "One of the dataset's units.",
  basis: "reported, derived, estimate or capacity (see Data model).",
  source_id: "The row of sources.csv that states the value.",
  note: "Free text: hedges such as “approximately”, the formula of a derived value, the scope. May hold commas, quotes and line breaks.",
};

export interface SupportFileDoc {
  file: string;
  title: string;
  description: string;
  columns: Readonly<Record<string, string>>;
}

const SOURCE_MEANINGS: Meanings<(typeof SOURCE_COLUMNS)[number]> = {
  id: "The identifier every source_id cell refers to.",
  publisher: "Who published the page that was read.",
  via: "The original outlet when the page republishes another's report; empty otherwise.",
  title: "The page's title.",
  date: "Publication date, YYYY-MM-DD or YYYY-MM; empty when unknown.",
  url: "The page that was read; empty for the article itself, a project path for reference notes.",
  quote: "The exact sentence that states the value.",
};

const FACTOR_MEANINGS: Meanings<(typeof FACTOR_COLUMNS)[number]> = {
  id: "The identifier metrics refer to (factor <id>).",
  value: "The central value every metric uses.",
  low: "Low end of the range the metrics' low–high ranges come from.",
  high: "High end of that range.",
  unit: "Unit of the factor, e.g. bbl/t (barrels per tonne).",
  source_id: "The row of sources.csv behind the central value.",
  note: "Where the value and the range come from.",
};

const EVENT_MEANINGS: Meanings<(typeof EVENT_COLUMNS)[number]> = {
  date: "YYYY-MM-DD, or YYYY-MM when only the month is known.",
  label: "The short label drawn on the charts' time axes.",
  detail: "One sentence on what happened.",
  source_id: "The row of sources.csv that reports it.",
  topics:
    "What the event concerns, separated by semicolons: oil, gas, europe, prices. Each panel shows the events of its topic.",
};

const CAPACITY_MEANINGS: Meanings<(typeof CAPACITY_COLUMNS)[number]> = {
  route: "The pipeline or route: power_of_siberia, power_of_siberia_2, far_eastern_route.",
  valid_from:
    "YYYY-MM-DD, YYYY-MM or YYYY: when the value applies (in force), or when it was agreed or signed (agreed, memorandum) unless a start is stated.",
  value: "The capacity or contract level, as the source writes it.",
  unit: "bcm/yr: billion cubic metres a year.",
  status: "in_force, agreed or memorandum: how firm the figure is.",
  basis: "reported (a source states it) or derived (computed; the note gives the formula).",
  source_id: "The row of sources.csv that states it.",
  note: "The scope, the formula of a derived value, what the source does not say.",
};

const LEDGER_MEANINGS: Meanings<(typeof LEDGER_COLUMNS)[number]> = {
  quantity:
    "What is measured, as a short id (russia_crude_to_china_mbd, china_total_crude_mt, …): rows with the same quantity and period are the same figure as different outlets state it.",
  period: "The period the figure is for, in the datasets' period forms.",
  value:
    "The figure exactly as the page writes it: its decimals are the rounding the comparisons allow.",
  unit: "One of the datasets' units.",
  source_id:
    "The row of sources.csv whose quote states this value: the outlet (via, else publisher) and the page.",
  note: "Why the figure differs from the others, or why it contradicts its own page.",
};

const METRIC_MEANINGS: Meanings<(typeof METRIC_CSV_COLUMNS)[number]> = {
  id: "Stable identifier; /methodology#metric-<id> explains it.",
  label: "What the metric measures.",
  unit: "Unit of value, low and high.",
  value: "The central value; empty when an input is missing.",
  low: "Low end of the range the factor ranges and the article's hedges allow.",
  high: "High end of that range.",
  range_from:
    "Where the range comes from: the rounding of a stated figure, a sourced factor range, or a hedge word read by the project's stated assumption.",
  flags:
    "Caveats of the computation, such as an input of another period used as a fallback; empty when none.",
  basis: "Always derived: computed here.",
  formula: "The formula in words.",
  inputs: "Each input as label = value unit (row or factor), separated by semicolons.",
  source_ids: "The sources.csv ids of the inputs, separated by spaces.",
  note: "The metric's assumption or caveat, if any.",
};

const CHECK_MEANINGS: Meanings<keyof Check> = {
  id: "Stable identifier; /methodology#check-<id> explains it.",
  label: "What is compared.",
  status: "pass, warn, fail, or insufficient (too little data to judge).",
  rule: "What passes, warns and fails, and where each threshold comes from.",
  reason: "The numbers compared, in a sentence that can be checked by hand.",
  claim: "The article.csv series the check is about; empty when none.",
};

export const SUPPORT_FILE_DOCS: readonly SupportFileDoc[] = [
  {
    file: "sources.csv",
    title: "Sources",
    description:
      "Every source a row cites: publisher, address and the exact sentence that states the value. The article is a source too; its quotes are its sentences.",
    columns: SOURCE_MEANINGS,
  },
  {
    file: "factors.csv",
    title: "Conversion factors",
    description:
      "Barrels per tonne of crude, bcm of gas per tonne of LNG and energy equivalents, each with a low–high range the metrics carry through.",
    columns: FACTOR_MEANINGS,
  },
  {
    file: "events.csv",
    title: "Events",
    description: "Dated events drawn as annotations on the charts' time axes.",
    columns: EVENT_MEANINGS,
  },
  {
    file: "capacities.csv",
    title: "Capacities and agreements",
    description:
      "Pipeline capacities, contract levels and agreements as dated facts, each with how firm it is (in force, agreed, memorandum): a chart draws each only from the date it applies.",
    columns: CAPACITY_MEANINGS,
  },
  {
    file: "ledger.csv",
    title: "Claims ledger",
    description:
      "Every stated figure, one row per outlet's statement: where outlets state the same quantity differently, all their figures are here, and so are the statements their own page's arithmetic contradicts.",
    columns: LEDGER_MEANINGS,
  },
  {
    file: "metrics.csv",
    title: "Derived metrics",
    description:
      "Every metric computed from the datasets, with its formula, inputs and range: the same registry the dashboard, the methodology page and the command line use.",
    columns: METRIC_MEANINGS,
  },
  {
    file: "checks.csv",
    title: "Consistency checks",
    description:
      "Each comparison of numbers that should agree, with its status and the reason in figures.",
    columns: CHECK_MEANINGS,
  },
];
