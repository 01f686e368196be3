/** Where the command writes and reads; injected so that tests capture output. */
export interface CliIO {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Whether standard error is a terminal (progress bars are drawn only then). Default false. */
  stderrIsTTY?: boolean | undefined;
  /** Reads a file as UTF-8 text. Default: `node:fs/promises` `readFile`. */
  readFile?: ((path: string) => Promise<string>) | undefined;
}

const HELP = `mahalleh — data toolkit for Iran's less-privileged neighbourhoods programme
(توانمندسازی محلات کمتر برخوردار)

Usage:
  mahalleh score [file] [--spec spec.json] [--format table|csv|json|md] [--runs N]
                 [--seed N] [--period P] [--top N] [--locale fa|en]
      rank neighbourhoods by the composite deprivation index (no file: the bundled
      synthetic Alborz sample); "mahalleh score --help" for details
  mahalleh validate <file> [--model M] [--format F] [--locale fa|en]
      check a CSV/JSON file against a model and list every problem
  mahalleh --help       this text
  mahalleh --version    the installed version

Exit codes: 0 success, 1 data error (bad file, invalid rows), 2 usage error.
`;

/**
 * Runs the command line with the given arguments and returns the exit code: 0 success, 1 a
 * data error (unreadable or invalid file, a spec the data cannot satisfy), 2 a usage error.
 *
 * @param argv - arguments after the program name
 * @param io - output sinks (and optionally a file reader and whether stderr is a terminal)
 * @returns process exit code
 */
export async function realMain(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === "score") {
    const { SCORE_HELP, scoreCommand } = await import("./score");
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(SCORE_HELP);
      return 0;
    }
    return scoreCommand(rest, io);
  }
  if (command === "validate") {
    const { VALIDATE_HELP, validateCommand } = await import("./validate");
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(VALIDATE_HELP);
      return 0;
    }
    return validateCommand(rest, io);
  }
  io.stderr(`mahalleh: unknown command «${command}» / فرمان ناشناخته\n\n${HELP}`);
  return 2;
}

declare const __MAHALLEH_VERSION__: string | undefined;
const VERSION: string = typeof __MAHALLEH_VERSION__ === "string" ? __MAHALLEH_VERSION__ : "0.0.0-dev";
