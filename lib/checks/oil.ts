// Checks of the article's oil claim: the customs tonnage converted, and "a record".
import { mbdFromMt, rateDays } from "../conversions";
import { roundingHalfWidth, roundsTo } from "../data/rounding";
import { checkOf, num, type CheckFn } from "./context";

export const oilTonnesVsMbd: CheckFn = ({ ctx }) => {
  const claim = ctx.claim("crude_exports_russia_to_china");
  if (!claim) return null;
  const c = claim.input;
  const verdict = checkOf(
    "oil_tonnes_vs_mbd",
    "Customs tonnes converted to mb/d vs the article's figure",
    "crude_exports_russia_to_china",
    "Pass when the tonnage at the central barrels-per-tonne factor rounds to the figure as written; warn when only a factor within the factor's sourced range does; fail otherwise. No threshold comes from the claim: the only use of it is the precision it was written with.",
  );
  const mt = ctx.at("crude_annual", "russia", c.period, "Mt");
  const factor = ctx.factor("crude_bbl_per_tonne");
  if (!mt || !factor)
    return verdict(
      "insufficient",
      `No ${c.period} tonnage or barrels-per-tonne factor to check ${c.valueText} mb/d against.`,
    );
  const days = rateDays(mt.observation.period);
  const at = (bbl: number) => mbdFromMt(mt.input.value, bbl, days) ?? NaN;
  const computed = at(factor.value);
  const [lo, hi] = [at(factor.low), at(factor.high)];
  const sentence = `${mt.input.valueText} Mt × ${factor.value} ÷ ${days} = ${num(computed, 3)} mb/d against the article's ${c.valueText}`;
  if (roundsTo(computed, c.value, c.valueText))
    return verdict("pass", `${sentence}: equal at the precision the figure is written with.`);
  const h = roundingHalfWidth(c.valueText);
  if (c.value >= lo - h && c.value <= hi + h)
    return verdict(
      "warn",
      `${sentence}: not equal, but within what the factor's range gives (${num(lo, 3)}–${num(hi, 3)}).`,
    );
  return verdict(
    "fail",
    `${sentence}: outside what any factor in the range gives (${num(lo, 3)}–${num(hi, 3)}).`,
  );
};

export const oilRecord: CheckFn = ({ ctx }) => {
  const claim = ctx.claim("crude_exports_russia_to_china");
  if (!claim) return null;
  const year = ctx.year;
  const verdict = checkOf(
    "oil_record",
    "“A record”: no earlier year higher",
    "crude_exports_russia_to_china",
    "Pass when every earlier whole year in the data is lower; fail when one is at least as high; insufficient without an earlier year. Partial years are not compared with whole ones.",
  );
  const annual = ctx.rows("crude_annual", "russia").filter((o) => o.period.kind === "year");
  const unit = annual.some((o) => o.unit === "Mt" && o.period.label === String(year))
    ? "Mt"
    : "mb/d";
  const rows = annual.filter((o) => o.unit === unit);
  const current = rows.find((o) => o.period.label === String(year));
  if (!current)
    return verdict(
      "insufficient",
      `No ${year} figure for Russian crude to check the record against.`,
    );
  const earlier = rows.filter((o) => Number(o.period.label) < year);
  if (earlier.length === 0)
    return verdict(
      "insufficient",
      `No year before ${year} in the data: a record cannot be judged from one year.`,
    );
  const higher = earlier.filter((o) => o.value >= current.value);
  if (higher.length > 0)
    return verdict(
      "fail",
      `${higher.map((o) => `${o.period.label} (${o.valueText} ${unit})`).join(", ")} was at least as high as ${year} (${current.valueText} ${unit}).`,
    );
  const previous = earlier.reduce((a, b) => (b.value > a.value ? b : a));
  return verdict(
    "pass",
    `${year}: ${current.valueText} ${unit}, above every earlier year in the data (highest before: ${previous.period.label}, ${previous.valueText} ${unit}; ${earlier.length} earlier years).`,
  );
};
