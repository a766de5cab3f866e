// The IndexedDB database the reader's applied data is kept in: named on its own so the dashboard
// can ask whether the browser holds it without loading the storage code (app/components/
// reader-stored.ts; the script budget, BENCHMARKS.md).

/** The database's name; reader-db.ts keeps the data in its object store "reader". */
export const READER_DB = "russia-china-energy";
