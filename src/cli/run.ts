import { runCommand, type CliCommand } from "./_command";

/** Where the command writes and reads; injected so that tests capture output. */
export interface CliIO {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /**
   * Writes UTF-8 bytes to standard output (long outputs: `score --format csv`); the chunk is
   * the writer's to keep. Default: the bytes decoded and passed to `stdout`.
   */
  stdoutBytes?: ((bytes: Uint8Array) => void) | undefined;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Whether standard error is a terminal (progress bars are drawn only then). Default false. */
  stderrIsTTY?: boolean | undefined;
  /**
   * Reads a file as UTF-8 text (kept for tests written before `readBytes`; used when
   * `readBytes` is absent). Default: none.
   */
  readFile?: ((path: string) => Promise<string>) | undefined;
  /**
   * Reads a file as bytes, so that its encoding can be detected (UTF-8, UTF-16, Windows-1256).
   * Default: `node:fs` `createReadStream`, streamed.
   */
  readBytes?: ((path: string) => Promise<Uint8Array>) | undefined;
  /** Width of the terminal in columns, for tables. Default: unlimited (no wrapping). */
  columns?: number | undefined;
  /** Height of the terminal in rows when standard output is one, so a table shows what fits. Default: unknown. */
  rows?: number | undefined;
}

/**
 * The subcommands, each in its own file and loaded on first use. To add a command, write
 * `src/cli/<name>.ts` exporting a `CliCommand` and add one line here.
 */
const COMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  report: async () => (await import("./report")).report,
  score: async () => (await import("./score")).score,
  validate: async () => (await import("./validate")).validate,
  spec: async () => (await import("./spec")).spec,
  plan: async () => (await import("./plan")).plan,
  evaluate: async () => (await import("./evaluate")).evaluate,
  followup: async () => (await import("./followup")).followup,
  agenda: async () => (await import("./agenda")).agenda,
};

async function help(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const lines = commands.map((c) => `  ${c.usage}\n      ${c.summary.en}\n      ${c.summary.fa}`);
  return `mahalleh — data toolkit for Iran's less-privileged neighbourhoods programme
(توانمندسازی محلات کمتر برخوردار)

Usage:
${lines.join("\n")}
  mahalleh <command> --help   details of one command
  mahalleh --help             this text
  mahalleh --version          the installed version

Exit codes: 0 success, 1 data problem (bad file, invalid rows), 2 usage error, 3 internal error.
`;
}

/**
 * Runs the command line with the given arguments and returns the exit code: 0 success, 1 a
 * data problem (unreadable or invalid file, a spec the data cannot satisfy), 2 a usage error,
 * 3 an internal error.
 *
 * @param argv - arguments after the program name
 * @param io - output sinks (and optionally a file reader and whether stderr is a terminal)
 * @returns process exit code
 */
export async function realMain(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(await help());
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load === undefined) {
    io.stderr(`mahalleh: unknown command «${command}» / فرمان ناشناخته\n\n${await help()}`);
    return 2;
  }
  return runCommand(await load(), rest, io);
}

declare const __MAHALLEH_VERSION__: string | undefined;
const VERSION: string = typeof __MAHALLEH_VERSION__ === "string" ? __MAHALLEH_VERSION__ : "0.0.0-dev";
