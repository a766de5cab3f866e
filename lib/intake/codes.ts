// Every code a row error can carry: a closed set (RowError.code is this union), so a reader's
// script can switch on it and a typo in lib fails to compile. Each code's phrase says what it
// means; its one message builder (lib/data/messages.ts) words the particulars.

export const ROW_ERROR_CODES = {
  // The file as a whole
  empty_file: "the file has no header and no rows",
  binary_file: "the file is not text",
  bad_encoding: "the file is not UTF-8 (nor, likely, Windows-1252)",
  unreadable_file: "the file could not be read",
  missing_file: "a file the data needs is not there",
  // Its structure
  unterminated_quote: "a quoted cell is never closed",
  malformed_quote: "a quote stands where CSV does not allow one",
  swallowed_lines: "a quoted cell holds lines that look like rows",
  wrong_separator: "the cells are separated by another character",
  wide_table: "one column per period: a wide table",
  unknown_column: "a header name that is not one of the columns",
  duplicate_column: "a header name written twice",
  missing_column: "a column the header lacks",
  too_many_header_errors: "more header problems than are listed",
  header_invalid: "a row not read because the header is not valid",
  ragged_row: "a row with another number of cells than the header",
  unnamed_column: "a value in a column without a name",
  duplicate_key: "a row with the same key as an earlier one",
  // Its cells
  not_a_number: "a value that is not a plain decimal",
  bad_period: "a period that is not a year, month or span",
  bad_date: "a date that is not YYYY-MM-DD or YYYY-MM",
  bad_identifier: "an id with characters ids do not take",
  bad_url: "an address that is not http(s)",
  empty_value: "an empty cell that must hold something",
  unknown_basis: "a basis not in the list",
  bad_basis: "a capacity's basis that is not reported or derived",
  bad_status: "a capacity's status that is not in_force, agreed or memorandum",
  bad_topics: "an event's topics not from the list of panels' topics",
  unknown_unit: "a unit this series is not measured in",
  unknown_series: "a series this dataset does not have",
  unknown_source: "a source not in sources.csv",
  missing_formula: "a derived value without its formula",
  negative_value: "a negative quantity that cannot be",
  below_minimum: "a value below what the quantity can be",
  implausible_value: "a value beyond any plausible figure",
  not_positive: "a factor or capacity that is not above zero",
  range_order: "a range whose low is above its high",
} as const;

export type RowErrorCode = keyof typeof ROW_ERROR_CODES;

export const isRowErrorCode = (code: string): code is RowErrorCode => code in ROW_ERROR_CODES;
