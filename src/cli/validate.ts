/** `mahalleh validate`: checks a CSV/JSON file against a model with the validation module. */
import { formatReport, validateFile } from "../validation/index";
import type { ValidateFileOptions } from "../validation/index";
import { UsageError, parseArgs } from "./_args";
import { DataError, type CliCommand, type CliLocale } from "./_command";
import type { CliIO } from "./run";

export const VALIDATE_HELP = `mahalleh validate <file> [options]

Validates every row of a CSV / JSON / JSON Lines file against a model and reports each
problem (row, field, Persian or English message). Exit code 1 when a row is invalid.

--model M       neighbourhood | indicator | observation (default) | intervention |
                agency | session | resolution
--format F      auto (default) | csv | json | jsonl
--max-rows N    invalid rows to print (default 50)
--locale L      fa (default) | en
`;

const MODELS = ["neighbourhood", "indicator", "observation", "intervention", "agency", "session", "resolution"] as const;

/** Runs `mahalleh validate`; returns the exit code (errors are reported by `runCommand`). */
async function validateCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ["model", "format", "max-rows", "locale"], []);
  const loc = (flags.get("locale") ?? "fa") as string;
  if (loc !== "fa" && loc !== "en") throw new UsageError(`زبان «${loc}» شناخته نیست (fa، en)`, `Unknown locale "${loc}" (fa, en)`);
  const locale: CliLocale = loc;
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw new UsageError("یک پرونده برای بررسی بدهید", "Give one file to validate");
  const model = (flags.get("model") ?? "observation") as string;
  if (!(MODELS as readonly string[]).includes(model)) {
    throw new UsageError(`مدل «${model}» شناخته نیست (${MODELS.join("، ")})`, `Unknown model "${model}" (${MODELS.join(", ")})`);
  }
  const format = (flags.get("format") ?? "auto") as string;
  if (!["auto", "csv", "json", "jsonl"].includes(format)) throw new UsageError(`قالب «${format}» شناخته نیست`, `Unknown format "${format}"`);
  const maxRowsText = flags.get("max-rows");
  const maxRows = maxRowsText === undefined ? 50 : Number(maxRowsText);
  if (!Number.isInteger(maxRows) || maxRows < 0) throw new UsageError("--max-rows باید عدد صحیح نامنفی باشد", "--max-rows must be a non-negative integer");
  let text: string;
  try {
    text = io.readFile !== undefined ? await io.readFile(file) : await (await import("node:fs/promises")).readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new DataError(`پروندهٔ «${file}» خوانده نشد (${code ?? "?"})`, `Cannot read "${file}" (${code ?? "?"})`);
  }
  const report = validateFile(text, { model: model as NonNullable<ValidateFileOptions["model"]>, format: format as NonNullable<ValidateFileOptions["format"]>, locale });
  io.stdout(formatReport(report, { locale, maxRows }));
  return report.summary.invalid === 0 ? 0 : 1;
}

/** `mahalleh validate`. */
export const validate: CliCommand = {
  name: "validate",
  summary: { en: "check a CSV/JSON file against a model and list every problem", fa: "بررسی پروندهٔ CSV/JSON با یک مدل و فهرست همهٔ ایرادها" },
  usage: "mahalleh validate <file> [--model M] [--format F] [--locale fa|en]",
  help: VALIDATE_HELP,
  run: validateCommand,
};
