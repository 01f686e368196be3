/** Where the command writes; injected so that tests capture output. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const HELP = `mahalleh — data toolkit for Iran's less-privileged neighbourhoods programme

Usage:
  mahalleh --help       this text
  mahalleh --version    the installed version
`;

/**
 * Runs the command line with the given arguments and returns the exit code.
 *
 * @param argv - arguments after the program name
 * @param io - output sinks
 * @returns process exit code
 */
export async function realMain(argv: readonly string[], io: CliIO): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  io.stderr(`mahalleh: unknown command «${command}»\n\n${HELP}`);
  return 2;
}

declare const __MAHALLEH_VERSION__: string | undefined;
const VERSION: string = typeof __MAHALLEH_VERSION__ === "string" ? __MAHALLEH_VERSION__ : "0.0.0-dev";
