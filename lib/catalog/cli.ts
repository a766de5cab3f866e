// The command line as the catalog documents it; lib/cli/*.ts is the implementation.
export interface CliExample {
  command: string;
  description: string;
}

export const CLI_EXAMPLES: readonly CliExample[] = [
  {
    command: "npm run --silent metrics -- --format json",
    description:
      "Prints every derived metric as a JSON array of {id, label, unit, value, low, high, formula}. --data DIR computes them from your own copy of data/; --format is table, csv or json.",
  },
  {
    command: "npm run --silent validate -- data/crude_annual.csv --format json",
    description:
      "Validates a file against its dataset's rules (the dataset comes from the file name, or --dataset NAME) and prints {dataset, rows, valid, rejected, errors}, each error with its spreadsheet row, column, code and message.",
  },
];

export const EXIT_CODES: readonly { code: number; meaning: string }[] = [
  { code: 0, meaning: "Every row is valid." },
  { code: 1, meaning: "Some rows are rejected (or the header is wrong); the errors list them." },
  { code: 2, meaning: "The file cannot be read, or the arguments are wrong." },
];
