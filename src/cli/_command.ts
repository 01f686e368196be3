/**
 * Private: the contract every `mahalleh` subcommand fulfils, and the one place where an
 * error becomes a message and an exit code. A command file exports a {@link CliCommand};
 * `run.ts` lists the commands and loads each file on first use.
 */
import { isMahallehError } from "../errors/MahallehError";
import { UsageError } from "./_args";
import type { CliIO } from "./run";

/** A problem with the user's data or files (exit code 1), with a Persian and an English text. */
export class DataError extends Error {
  /** Persian message. */
  readonly fa: string;
  constructor(fa: string, en: string) {
    super(en);
    this.fa = fa;
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
  /** The full `--help` text. */
  readonly help: string;
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
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(command.help);
    return 0;
  }
  const locale = localeOf(argv);
  try {
    return await command.run(argv, io, locale);
  } catch (error) {
    const prefix = `mahalleh ${command.name}: `;
    const code = exitCodeOf(error);
    if (error instanceof UsageError) io.stderr(`${prefix}${locale === "fa" ? error.fa : error.message}\n\n${command.help}`);
    else if (error instanceof DataError) io.stderr(`${prefix}${locale === "fa" ? error.fa : error.message}\n`);
    else if (isMahallehError(error)) io.stderr(`${prefix}${error.localized(locale)} [${error.code}]\n`);
    else {
      const debug = typeof process !== "undefined" && process.env["MAHALLEH_DEBUG"] === "1";
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      io.stderr(
        `${prefix}${locale === "fa" ? "خطای داخلی؛ لطفاً گزارش دهید" : "internal error; please report it"} (${what})` +
          `${debug && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : ""}\n`,
      );
    }
    return code;
  }
}
