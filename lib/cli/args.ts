// Argument reading for the commands, on node:util's parseArgs: unknown flags are errors, not
// ignored, and every command answers --help.
import { writeSync } from "node:fs";
import { parseArgs as parseNodeArgs } from "node:util";

export type ParsedArgs =
  | { ok: true; flags: Record<string, string>; positional: string[]; help: boolean }
  | { ok: false; message: string };

/** Reads `argv` with string flags `allowedFlags` (as `--name value` or `--name=value`) and `--help`/`-h`. */
export function parseArgs(argv: readonly string[], allowedFlags: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(
    allowedFlags.map((name) => [name, { type: "string" as const }]),
  );
  try {
    const { values, positionals } = parseNodeArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    const { help, ...rest } = values;
    const flags: Record<string, string> = {};
    for (const [name, value] of Object.entries(rest))
      if (typeof value === "string") flags[name] = value;
    return { ok: true, flags, positional: positionals, help: help === true };
  } catch (e) {
    const err = e as Error & { code?: string };
    // node's messages are long and name internals; say what the reader typed.
    const flag = /'(-[^ ']+)/.exec(err.message)?.[1] ?? "";
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      return { ok: false, message: `unknown option ${flag}` };
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      return { ok: false, message: `${flag} needs a value` };
    return { ok: false, message: err.message };
  }
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T | null {
  if (value === undefined) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Every CLI ends through here on an error: one line on stderr, never a stack trace. */
export function fail(command: string, message: string, code = 2): never {
  // Written synchronously: process.exit would drop an asynchronous write to a pipe.
  writeSync(2, `${command}: ${message}\n`);
  process.exit(code);
}

/**
 * Writes `text` to stdout and resolves once it is handed to the system: a report larger than a
 * pipe's buffer (64 KiB) arrives whole, since nothing exits before it is flushed.
 */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

// A reader who pipes into `head` closes the pipe early: that is no error of the command.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
