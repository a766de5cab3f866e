// /data/gas_europe.csv, prerendered at build; app/data/csv-route.ts says why each file has its own route.
import { csvRoute } from "../csv-route";

export const dynamic = "force-static";
export const GET = csvRoute("gas_europe.csv");
