// A file that is mostly rejected repeats the same few wrong cells (a series from another
// dataset, three rows in four): the message for a cell is built once and shared by its rows.

/** `describe` remembered for short cells; bounded, so a file of distinct garbage holds nothing. */
export function memoMessages(describe: (cell: string) => string, limit = 1_000) {
  const messages = new Map<string, string>();
  return (cell: string): string => {
    // A long cell is no repeated label; keeping it would only hold memory.
    if (cell.length > 64) return describe(cell);
    let message = messages.get(cell);
    if (message === undefined) {
      message = describe(cell);
      if (messages.size < limit) messages.set(cell, message);
    }
    return message;
  };
}
