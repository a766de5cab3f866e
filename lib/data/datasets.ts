// Length: every dataset's declaration in one list, so a dataset is added in one place.
// The tidy datasets: one file each, one declaration each. Everything that reads, validates,
// documents or downloads a dataset takes its columns, units and series from here.
import type { Unit } from "./types";

export const TIDY_COLUMNS = [
  "period",
  "series",
  "value",
  "unit",
  "basis",
  "source_id",
  "note",
] as const;

export interface DatasetSpec {
  name: string;
  title: string;
  description: string;
  units: readonly Unit[];
  /** Series ids with a human label. */
  series: Readonly<Record<string, string>>;
  caveats: readonly string[];
  /**
   * The day (YYYY-MM-DD) the dataset's figures were last re-checked against the sources in
   * the reference research the data was compiled from (kept outside this repository): what /data and the downloads show as its vintage.
   */
  lastChecked: string;
  /** Tighter limits than the unit's for some series: a share lies between 0 and 100%. */
  bounds?: Readonly<Record<string, { min: number; max: number; what: string }>>;
}

export const DATASETS = [
  {
    name: "article",
    title: "The article's claims",
    description:
      "The four numbers the seed article (May 2024) states for “last year”, each quoting its sentence. Claims, not evidence: the checks compare them with the other datasets.",
    units: ["mb/d", "USD bn", "bcm", "%"],
    series: {
      crude_exports_russia_to_china: "Russian crude exports to China",
      savings_discounted_russian_oil: "China's savings on discounted Russian oil",
      gas_imports_from_russia: "Chinese gas imports from Russia",
      gas_imports_growth: "Growth of Chinese gas imports from Russia",
    },
    caveats: [
      "The article dates its savings figure to “last year”; the Reuters estimate behind it covers only January–September of that year.",
      "“Nearly 40%” is a hedge: the row holds 40 as the stated bound.",
    ],
    lastChecked: "2026-11-30",
  },
  {
    name: "crude_annual",
    title: "China's crude imports, annual",
    description:
      "China's crude oil imports from Russia and Saudi Arabia, 2014–2024, and in total, 2019–2025, in the units the sources state (Mt per year and/or mb/d), Russia's share of the total, and the pipeline/seaborne split where a source states it (2023, and January–September 2023 in mb/d).",
    units: ["Mt", "mb/d", "%"],
    series: {
      russia: "From Russia",
      saudi_arabia: "From Saudi Arabia",
      china_total: "China total",
      russia_share: "Russia's share of China's crude imports",
      russia_pipeline: "From Russia by pipeline",
      russia_seaborne: "From Russia by sea",
    },
    bounds: { russia_share: { min: 0, max: 100, what: "a share" } },
    caveats: [
      "No tonnage for 2015–2016; no Saudi volumes for 2015 and 2017: gaps stay gaps.",
      "mb/d figures converted by the sources from tonnes at about 7.3 barrels per tonne.",
      "The January–September 2023 pipeline/seaborne rates (0.8 and 1.3 mb/d) are the volumes behind Reuters' savings estimate, not customs figures.",
      "No source states Russia's full-year 2025 crude to China: the latest published span is January–October 2025 (crude_monthly, russia_ytd). No row fills the gap.",
      "No Saudi figure for 2025 was found.",
    ],
    lastChecked: "2026-11-30",
  },
  {
    name: "crude_monthly",
    title: "Crude to China by month and year to date, 2023–2026",
    description:
      "China's crude imports from Russia by month and as year-to-date totals, 2023 to October 2025 (the months and spans China's customs published), China's total imports for the months published, and the pipeline/seaborne rates where a source states them. Months published together stay together (2023-01/02).",
    units: ["Mt", "mb/d", "%"],
    series: {
      russia: "From Russia",
      russia_ytd: "From Russia, year to date (cumulative)",
      russia_share: "Russia's share of China's crude imports",
      russia_pipeline: "From Russia by pipeline (a stated rate)",
      russia_seaborne: "From Russia by sea (a stated rate)",
      china_total: "China total",
      china_total_ytd: "China total, year to date (cumulative)",
    },
    bounds: { russia_share: { min: 0, max: 100, what: "a share" } },
    caveats: [
      "July–August and November–December 2023 are derived by subtraction from published totals.",
      "Year-to-date totals (e.g. January–June 2023) are a series of their own: never add them to the months.",
      "Russia 2025: customs figures run to January–October (83.15 Mt, 2 mb/d); November and December 2025 were not found.",
      "mb/d marked derived are Mt × 7.3 bbl/t ÷ the calendar days of the period.",
      "The October 2025 pipeline/seaborne rates are a snapshot (Reuters), and January 2026 seaborne is ship-tracking: not customs months.",
    ],
    lastChecked: "2026-11-30",
  },
  {
    name: "gas_china",
    title: "Russian gas to China",
    description:
      "Power of Siberia pipeline deliveries (bcm) and Russian LNG to China (Mt) by year, 2019–2025, LNG for the months published in 2024–2025, Russian gas to China in total where stated, and the pipeline's design capacity and 2023 contract level (capacities.csv holds capacities and agreements as dated facts).",
    units: ["bcm", "Mt"],
    series: {
      power_of_siberia: "Power of Siberia pipeline",
      power_of_siberia_capacity: "Power of Siberia design capacity",
      power_of_siberia_contract: "Power of Siberia contract level",
      lng: "Russian LNG to China",
      lng_monthly: "Russian LNG to China, single months",
      russia_gas_total: "Russian gas to China, pipeline and LNG",
    },
    caveats: [
      "LNG for 2021 is derived from the stated 2022 growth rate; 2019 is not published in what was read.",
      "LNG is in tonnes; the dashboard converts it to bcm at BP's 1.36 bcm/Mt (range 1.31–1.36, see factors.csv).",
      "The design capacity was first reached on 1 December 2024; the 2023 contract level is derived from Gazprom's statement (capacities.csv holds both, dated).",
      "The 2025 total of pipeline and LNG (52.1 bcm) is derived; no source states it.",
    ],
    lastChecked: "2026-11-30",
  },
  {
    name: "gas_europe",
    title: "Russian gas to Europe",
    description:
      "Reuters' series of Russian pipeline gas to Europe (2018–2025), TASS's ENTSOG-based totals and TurkStream flows (2024–January 2026), and Gazprom's own export totals (2015–2022), whose scope changes (Turkey included; China from 2019). Different series: never one line.",
    units: ["bcm"],
    series: {
      reuters_pipeline_europe: "Pipeline gas to Europe (Reuters)",
      reuters_pipeline_europe_peak_low: "Peak pipeline gas to Europe, low end (Reuters)",
      reuters_pipeline_europe_peak_high: "Peak pipeline gas to Europe, high end (Reuters)",
      gazprom_europe_turkey: "Gazprom exports to Europe and Turkey",
      gazprom_europe: "Gazprom exports to Europe",
      gazprom_far_abroad_incl_china: "Gazprom exports outside the former USSR, incl. China",
      tass_pipeline_europe: "Pipeline gas to Europe (TASS, ENTSOG data)",
      turkstream_europe: "TurkStream to Europe (TASS or Reuters, ENTSOG data)",
    },
    caveats: [
      "The 2018–2019 peak is stated as a range: two rows, its low and high ends.",
      "Ukrainian transit ended on 1 January 2025: from 2025 TurkStream is the only pipeline route to Europe.",
    ],
    lastChecked: "2026-11-30",
  },
  {
    name: "savings",
    title: "Savings and the import bill",
    description:
      "Reuters' estimate of what China saved by buying discounted Russian crude (January–September 2023), the wider sanctioned-oil estimate, Rosneft's cumulative 2022–2025 claim, and the value of China's crude imports from Russia for the years and year-to-date spans published, 2022 to October 2025.",
    units: ["USD bn"],
    series: {
      russian_crude_savings: "Savings on Russian crude (Reuters estimate)",
      sanctioned_crude_savings:
        "Savings on Russian, Iranian and Venezuelan crude (Reuters estimate)",
      import_bill_russian_crude: "Value of crude imports from Russia",
      rosneft_benefit_estimate: "China's benefit from Russian oil since 2022 (Rosneft's claim)",
    },
    caveats: [
      "The savings cover January–September 2023; the import bill is given for whole years (2022, 2023) and for the year-to-date spans published (2023–2025).",
      "No full-year 2024 or 2025 bill, and no 2024 or 2025 savings estimate comparable with Reuters', was found.",
      "Rosneft's $20 bn is an interested party's cumulative claim against Middle Eastern oil, with no method: not on the same axis as Reuters' estimate.",
    ],
    lastChecked: "2026-11-30",
  },
  {
    name: "prices",
    title: "Urals prices and discounts, ESPO differentials, 2023–2026",
    description:
      "Urals prices (Finance Ministry; Ministry of Economic Development where it differs) and Urals discounts to Brent, Dated Brent, and ESPO Blend's differential to ICE Brent for cargoes to China, 2023 to March 2026.",
    units: ["USD/bbl", "%"],
    series: {
      urals_price: "Urals price",
      urals_discount_to_dated_brent: "Urals discount to Dated Brent",
      dated_brent: "Dated Brent",
      espo_vs_ice_brent: "ESPO Blend vs ICE Brent (negative = discount)",
      espo_vs_ice_brent_low: "ESPO Blend vs ICE Brent, low end of a stated range",
      espo_vs_ice_brent_high: "ESPO Blend vs ICE Brent, high end of a stated range",
      espo_vs_ice_brent_spot: "ESPO spot offers vs ICE Brent",
      urals_price_minecon: "Urals price (Ministry of Economic Development)",
      urals_discount_argus: "Urals discount to Dated Brent at export hubs (Argus)",
      urals_discount_ft: "Urals discount to Brent (FT from Argus data)",
      urals_discount_pct: "Urals discount to Brent, per cent (Bank of Russia)",
    },
    caveats: [
      "No full-year 2023 Urals average was published in what was read.",
      "ESPO differentials stated as ranges keep both ends (low and high rows); the midpoint row is derived.",
      "September 2023 Urals: the Finance Ministry's $83.08; Reuters printed $83.80 and $83.30 (see the row's note).",
      "Bases differ: Urals discounts are FOB at Russian ports against Dated Brent; ESPO differentials are delivered to China against ICE Brent. Not one series.",
      "No 2024 Urals average is stated; the 2024 row is derived from 2025's “15% lower”.",
    ],
    lastChecked: "2026-11-30",
  },
] as const satisfies readonly DatasetSpec[];

export type DatasetName = (typeof DATASETS)[number]["name"];

/**
 * `crude_annual` → `crude_annual.csv`: a data file's name from its dataset's or support file's
 * name. Here, in a module without the reader and validator, because the dashboard's first load
 * names files too.
 */
export const datasetFile = (name: string) => `${name}.csv`;

export function findDataset(name: string): DatasetSpec | undefined {
  return DATASETS.find((d) => d.name === name);
}

/** A series' human label, or its id when the dataset does not declare it. */
export function seriesLabel(dataset: string, series: string): string {
  const labels: Readonly<Record<string, string>> | undefined = findDataset(dataset)?.series;
  return labels && Object.hasOwn(labels, series) ? labels[series]! : series;
}
