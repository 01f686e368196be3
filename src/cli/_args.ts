/** Private: a small argv parser (`--name value`, `--name=value`, boolean flags). */
import { persianDigitsInProse } from "../internal/chars";

/** A usage error: wrong flags or arguments (exit code 2). */
export class UsageError extends Error {
  /** Persian message. */
  readonly fa: string;
  constructor(fa: string, en: string) {
    super(en);
    this.fa = persianDigitsInProse(fa);
  }
}

/** Parsed arguments. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

/**
 * Parses argv against the known flags: `valued` take a value, `booleans` do not.
 * Throws {@link UsageError} for an unknown flag or a missing value.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, "");
    if (booleans.includes(name)) {
      if (eq >= 0) throw new UsageError(`گزینهٔ --${name} مقدار نمی‌گیرد`, `Option --${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    if (!valued.includes(name)) throw new UsageError(`گزینهٔ ناشناختهٔ «${arg}»`, `Unknown option "${arg}"`);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) {
      throw new UsageError(`گزینهٔ --${name} مقدار لازم دارد`, `Option --${name} needs a value`);
    }
    flags.set(name, value);
  }
  return { positionals, flags };
}
