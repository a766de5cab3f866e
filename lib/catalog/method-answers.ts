// Where the project's method departs from an obvious reading, or from a fix an audit proposed,
// and why. Rendered on /methodology under "Known gaps and caveats". Words only: every number a
// reader needs is on the metric or check it is about, computed from the data.

export interface MethodAnswer {
  id: string;
  topic: string;
  answer: string;
}

export const METHOD_ANSWERS: readonly MethodAnswer[] = [
  {
    id: "rounding-is-not-a-tolerance",
    topic: "Checks compare a claim at the precision it is written with",
    answer:
      "A figure written with two decimals stands for anything within half a unit of its last decimal. Checks round the evidence the same way before comparing; they take no tolerance, range end or threshold from the claim's value. Every other threshold is a sourced factor range or an assumption listed above.",
  },
  {
    id: "design-capacity-not-utilisation",
    topic: "Power of Siberia: a share of the design capacity, not utilisation",
    answer:
      "The pipeline ramped up under a contract schedule and reached its design capacity only in December 2024. The metric is labelled as a share of the design capacity; for a year before the capacity applied it says so in a fallback flag. The contract level is not used as a capacity: it is an obligation, not a limit.",
  },
  {
    id: "savings-seaborne-reading",
    topic: "Which barrels the savings estimate covers",
    answer:
      "The estimate's own report gives vessel-tracked seaborne volumes, so the seaborne reading is the more likely one; the all-crude reading is kept as a lower bound, and the tile shows both ends.",
  },
  {
    id: "crude-energy-barrels",
    topic: "Crude in Mtoe through physical barrels",
    answer:
      "Crude converts at toe per physical barrel (SPE), not through BP's gas-derived barrel of oil equivalent, which would overstate crude's energy by about 7.5%.",
  },
  {
    id: "seaborne-growth-in-source",
    topic: "A source's own arithmetic that does not hold",
    answer:
      "The NEA page that gives 2023's pipeline and seaborne tonnes also says seaborne rose 5%; with the pipeline flat, customs imply a much larger rise. The tonnes are kept, single-sourced; the percentage is not used.",
  },
  {
    id: "leap-years",
    topic: "365 days in a leap year",
    answer:
      "Annual mb/d figures divide by 365 even in 2024, as the sources do; dividing by 366 would not reproduce the published rates.",
  },
];
