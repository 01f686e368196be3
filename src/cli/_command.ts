/**
 * Private: the contract every `mahalleh` subcommand fulfils, and the one place where an
 * error becomes a message and an exit code. A command file exports a {@link CliCommand};
 * `run.ts` lists the commands and loads each file on first use.
 */
import { isMahallehError } from "../errors/MahallehError";
import { persianDigitsInProse } from "../internal/chars";
import { UsageError } from "./_args";
import { escapeControls } from "./_table";
import type { CliIO } from "./run";

/**
 * A problem with the user's data or files (exit code 1), with a Persian and an English text,
 * and optionally a stable code printed after the message. The CLI's own codes:
 *
 * - `CLI_UNKNOWN_DIRECTION`: `score` without `--spec` met a column whose direction it does not
 *   know (not a standard indicator); `mahalleh spec FILE > spec.json` writes a starter spec.
 * - `CLI_SPEC_INCOMPLETE`: a spec given with `--spec` still has an indicator without a
 *   direction (1 or -1), as `mahalleh spec` leaves unknown columns.
 */
export class DataError extends Error {
  /** Persian message. */
  readonly fa: string;
  /** A stable code (`CLI_…`), if any. */
  readonly code: string | undefined;
  constructor(fa: string, en: string, code?: string) {
    super(en);
    this.fa = persianDigitsInProse(fa);
    this.code = code;
  }
}

/** The language of the command's messages. */
export type CliLocale = "fa" | "en";

/** Exit codes: 0 success, 1 a data problem, 2 a usage error, 3 an internal error (a bug). */
export type ExitCode = 0 | 1 | 2 | 3;

/** One subcommand of `mahalleh`. */
export interface CliCommand {
  /** The word typed after `mahalleh`. */
  readonly name: string;
  /** One line for the top-level help, in English and Persian. */
  readonly summary: { readonly en: string; readonly fa: string };
  /** Its usage line(s) for the top-level help. */
  readonly usage: string;
  /**
   * The full `--help` text: one text, or one per locale (printed as `--locale` asks;
   * Persian by default, like the messages).
   */
  readonly help: string | { readonly en: string; readonly fa: string };
  /**
   * Runs the command. Throws {@link UsageError}, {@link DataError} or a `MahallehError` for
   * problems the user can fix; {@link runCommand} turns them into messages and exit codes.
   */
  readonly run: (argv: readonly string[], io: CliIO, locale: CliLocale) => Promise<number>;
}

/** The exit code for an error thrown by a command (a pure function of the error's kind). */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof UsageError) return 2;
  if (error instanceof DataError || isMahallehError(error)) return 1;
  return 3;
}

/** The locale asked for in argv (`--locale en`, `--locale=en`), before the flags are parsed. */
export function localeOf(argv: readonly string[]): CliLocale {
  return argv.some((a, i) => a === "--locale=en" || (a === "--locale" && argv[i + 1] === "en")) ? "en" : "fa";
}

/**
 * Runs a command: `--help` prints its help; any error becomes one line on stderr in the
 * user's locale (never a stack trace, unless `MAHALLEH_DEBUG=1`) and its exit code.
 */
export async function runCommand(command: CliCommand, argv: readonly string[], io: CliIO): Promise<number> {
  const locale = localeOf(argv);
  const help = typeof command.help === "string" ? command.help : command.help[locale];
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(help);
    return 0;
  }
  try {
    return await command.run(argv, io, locale);
  } catch (error) {
    const prefix = `mahalleh ${command.name}: `;
    const code = exitCodeOf(error);
    // messages quote the user's data (headers, cells, paths): controls in them must not act
    const safe = (text: string): string => escapeControls(text, true);
    if (error instanceof UsageError) io.stderr(`${prefix}${safe(locale === "fa" ? error.fa : error.message)}\n\n${help}`);
    else if (error instanceof DataError) io.stderr(`${prefix}${safe(locale === "fa" ? error.fa : error.message)}${error.code === undefined ? "" : ` [${error.code}]`}\n`);
    else if (isMahallehError(error)) io.stderr(`${prefix}${safe(error.localized(locale))} [${error.code}]\n`);
    else {
      const debug = typeof process !== "undefined" && process.env["MAHALLEH_DEBUG"] === "1";
      const what = escapeControls(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      io.stderr(
        `${prefix}${locale === "fa" ? "خطای داخلی؛ لطفاً گزارش دهید" : "internal error; please report it"} (${what})` +
          `${debug && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : ""}\n`,
      );
    }
    return code;
  }
}
