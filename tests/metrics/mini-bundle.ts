// A small, made-up data folder with round numbers, so every metric can be checked by hand.
// Factors: crude 7.3 (7.2–7.5) bbl/t and 0.1 toe/bbl, LNG 1.4 (1.3–1.5) bcm/Mt, 0.9 Mtoe/bcm.
// The savings estimate covers 2023-01/09 (273 days) and has its own volumes (1.5 + 0.5 mb/d)
// and bill (54.6 USD bn); the annual rows (2.00 mb/d, 73 Mt seaborne, 70 USD bn) are there to
// be fallen back on when a test removes the January–September ones.
import { TIDY_HEADER as H, type Files } from "../support/data";

export const MINI: Files = {
  "sources.csv": "id,publisher,via,title,date,url,quote\ns,Test source,,,,,A sentence.\n",
  "factors.csv": [
    "id,value,low,high,unit,source_id,note",
    "crude_bbl_per_tonne,7.3,7.2,7.5,bbl/t,s,",
    "crude_toe_per_bbl,0.1,0.1,0.1,toe/bbl,s,",
    "lng_bcm_per_mt,1.4,1.3,1.5,bcm/Mt,s,",
    "gas_mtoe_per_bcm,0.9,0.9,0.9,Mtoe/bcm,s,",
    "",
  ].join("\n"),
  "article.csv": [
    H,
    "2023,crude_exports_russia_to_china,2.00,mb/d,reported,s,",
    "2023,savings_discounted_russian_oil,5.46,USD bn,reported,s,",
    "2023,gas_imports_from_russia,30,bcm,reported,s,",
    "2023,gas_imports_growth,50,%,reported,s,",
    "",
  ].join("\n"),
  "crude_annual.csv": [
    H,
    "2022,russia,80,Mt,reported,s,",
    "2023,russia,100,Mt,reported,s,",
    "2023,russia,2.00,mb/d,reported,s,",
    "2023,china_total,500,Mt,reported,s,",
    "2023,russia_seaborne,73,Mt,reported,s,",
    "2023-01/09,russia_seaborne,1.5,mb/d,reported,s,",
    "2023-01/09,russia_pipeline,0.5,mb/d,reported,s,",
    "",
  ].join("\n"),
  "gas_china.csv": [
    H,
    "2022,power_of_siberia,10,bcm,reported,s,",
    "2022,lng,5,Mt,reported,s,",
    "2023,power_of_siberia,20,bcm,reported,s,",
    "2023,lng,5,Mt,reported,s,",
    "2024,power_of_siberia,30,bcm,reported,s,",
    "2024,power_of_siberia_capacity,40,bcm,capacity,s,",
    "",
  ].join("\n"),
  "gas_europe.csv": [
    H,
    "2018/2019,reuters_pipeline_europe_peak_low,170,bcm,reported,s,",
    "2018/2019,reuters_pipeline_europe_peak_high,180,bcm,reported,s,",
    "2023,reuters_pipeline_europe,25,bcm,reported,s,",
    "",
  ].join("\n"),
  "savings.csv": [
    H,
    "2023-01/09,russian_crude_savings,5.46,USD bn,estimate,s,",
    "2023-01/09,import_bill_russian_crude,54.6,USD bn,reported,s,",
    "2023,import_bill_russian_crude,70,USD bn,reported,s,",
    "",
  ].join("\n"),
};
