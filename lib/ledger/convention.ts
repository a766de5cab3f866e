// The constants the ledger's arithmetic uses, each with where it comes from.

/**
 * Barrels per tonne of crude: the convention behind the published mb/d figures. Reuters' own
 * pair states it (asiafinancial.com, Reuters, January 2024: "107.02 million metric tons … equivalent
 * to 2.14 million barrels per day": 107.02 × 7.3 / 365 = 2.140), and Russia's Finance Ministry uses
 * it ($57.49 per barrel = $419.7 per ton, TASS 1551171). data/factors.csv `crude_bbl_per_tonne`
 * carries the same central value with its range; the ledger uses the convention only, because a
 * page that states both tonnes and a rate computed one from the other this way.
 */
export const BBL_PER_TONNE = 7.3;

/**
 * Days of a calendar year as outlets count them: Reuters divides by 365 even in a leap year
 * (108.5 Mt in 2024 → 2.17 mb/d, which 366 days would make 2.16), so both are allowed for a year.
 */
export const YEAR_DAYS = [365, 366] as const;
