// A small, strict argument reader: unknown flags are errors, not ignored.
export type ParsedArgs =
  | { ok: true; flags: Record<string, string>; positional: string[] }
  | { ok: false; message: string };

export function parseArgs(argv: readonly string[], allowedFlags: readonly string[]): ParsedArgs {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowedFlags.includes(name)) return { ok: false, message: `unknown option --${name}` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { ok: false, message: `--${name} needs a value` };
    flags[name] = value;
  }
  return { ok: true, flags, positional };
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T | null {
  if (value === undefined) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Every CLI ends through here: one line on stderr, never a stack trace. */
export function fail(command: string, message: string, code = 2): never {
  process.stderr.write(`${command}: ${message}\n`);
  process.exit(code);
}
