/** Keeps a message readable when a cell is really a whole garbled line (or five megabytes). */
export const clip = (text: string, max = 40) =>
  text.length > max ? `${text.slice(0, max)}…` : text;
