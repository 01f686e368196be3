import { realMain } from "./run";

// A reader that stops early (`mahalleh score big.csv --format csv | head`) closes the pipe, and
// the rest of the output has nowhere to go: stop quietly, as Unix tools do, instead of dying of
// an unhandled EPIPE error with a stack trace. Any other output error is one line (exit 3).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`mahalleh: ${error.message}\n`);
  process.exit(3);
});

process.exitCode = await realMain(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
  rows: process.stdout.isTTY === true ? process.stdout.rows : undefined,
});
