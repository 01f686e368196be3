/** `mahalleh validate`: checks a CSV/JSON file against a model with the validation module. */
import { persianDigits } from "../internal/chars";
import { MODEL_SCHEMAS, formatReport, safeReadCsv, validateText } from "../validation/index";
import type { FileValidationReport, InvalidRow, ModelName, ValidateFileOptions } from "../validation/index";
import { validateCsvStream } from "../validation/node";
import { UsageError, parseArgs } from "./_args";
import { DataError, type CliCommand, type CliLocale } from "./_command";
import { delimiterFlag, describeDelimiter, describeEncoding, openText, sniffDelimiter, type TextSource } from "./_files";
import { looksLikeJson } from "./_input";
import { escapeControls } from "./_table";
import type { CliIO } from "./run";

export const VALIDATE_HELP = `mahalleh validate <file> [options]

Validates every row of a CSV / JSON / JSON Lines file against a model and reports each
problem (line, row, field, Persian or English message). Exit code 1 when a row is invalid.
A CSV file is read as a stream (constant memory, any size); the report says which encoding
and delimiter were used.

--model M       neighbourhood | indicator | observation (default) | intervention |
                agency | session | resolution
--format F      auto (default) | csv | json | jsonl
--key K         for a JSON object, the property holding the rows; default: the model's
                plural ({"interventions": [...]} for --model intervention)
--encoding E    utf-8 | utf-16le | utf-16be | windows-1256 (default: detected)
--delimiter D   , ; tab | (default: detected)
--max-rows N    invalid rows to print (default 50)
--locale L      fa (default) | en
`;

const VALIDATE_HELP_FA = `mahalleh validate <پرونده> [گزینه‌ها]

همهٔ ردیف‌های یک پروندهٔ CSV / JSON / JSON Lines را با یک مدل می‌سنجد و هر ایراد را گزارش
می‌کند (سطر، ردیف، فیلد، پیام فارسی یا انگلیسی). اگر ردیفی نامعتبر باشد کد خروج ۱ است.
پروندهٔ CSV جریانی خوانده می‌شود (حافظهٔ ثابت، هر اندازه)؛ گزارش می‌گوید کدام رمزگذاری و
جداکننده به کار رفت.

--model M       neighbourhood | indicator | observation (پیش‌فرض) | intervention |
                agency | session | resolution
--format F      auto (پیش‌فرض) | csv | json | jsonl
--key K         برای شیء JSON، کلیدی که ردیف‌ها زیر آن است؛ پیش‌فرض: جمع نام مدل
                ({"interventions": [...]} برای --model intervention)
--encoding E    utf-8 | utf-16le | utf-16be | windows-1256 (پیش‌فرض: تشخیص خودکار)
--delimiter D   , ; tab | (پیش‌فرض: تشخیص خودکار)
--max-rows N    شمار ردیف‌های نامعتبری که چاپ می‌شود (پیش‌فرض ۵۰)
--locale L      fa (پیش‌فرض) | en
`;

const MODELS = ["neighbourhood", "indicator", "observation", "intervention", "agency", "session", "resolution"] as const;

/** Where a dataset-shaped JSON file keeps each model's rows. */
const PLURALS: Readonly<Record<ModelName, string>> = {
  neighbourhood: "neighbourhoods",
  indicator: "indicators",
  observation: "observations",
  intervention: "interventions",
  agency: "agencies",
  session: "sessions",
  resolution: "resolutions",
};

/** The key of a JSON object's rows: `--key`, else the model's plural; a DataError if neither holds an array. */
function jsonKey(text: string, model: ModelName, key: string | undefined): string | undefined {
  if (key !== undefined) return key;
  const first = /\S/.exec(text.replace(/^\uFEFF/, ""))?.[0];
  if (first !== "{") return undefined;
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined; // JSON Lines, or a syntax error the reader reports
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) return undefined;
  const plural = PLURALS[model];
  if (Array.isArray((document as Record<string, unknown>)[plural])) return plural;
  const arrays = Object.keys(document).filter((k) => Array.isArray((document as Record<string, unknown>)[k]));
  const list = arrays.length === 0 ? "—" : arrays.join(", ");
  throw new DataError(
    `پروندهٔ JSON یک شیء است اما زیر «${plural}» آرایه‌ای ندارد؛ کلید ردیف‌ها را با --key بدهید (کلیدهای دارای آرایه: ${list})`,
    `The JSON file is an object without an array under "${plural}"; give the key of its rows with --key (keys holding arrays: ${list})`,
  );
}

/** The CSV header's field → column as written, read from the first line. */
function csvColumns(head: string, model: ModelName, delimiter: string): Record<string, string> {
  const end = head.indexOf("\n");
  const table = safeReadCsv(end < 0 ? head : head.slice(0, end + 1), { model, delimiter });
  const columns: Record<string, string> = {};
  if (!table.success) return columns;
  table.data.fields.forEach((field, i) => {
    const header = table.data.header[i];
    if (header !== undefined && header !== "" && field !== "__proto__") columns[field] = header;
  });
  return columns;
}

/**
 * Validates a CSV file as a stream: rows are validated as they are read and only the first
 * `keep` invalid rows are held, so memory stays flat whatever the file's size.
 */
async function validateCsv(
  source: TextSource,
  model: ModelName,
  delimiter: string,
  locale: CliLocale,
  keep: number,
): Promise<{ report: FileValidationReport; invalidCount: number }> {
  const invalid: InvalidRow[] = [];
  let total = 0;
  let invalidCount = 0;
  for await (const outcome of validateCsvStream(MODEL_SCHEMAS[model], source.chunks, { model, delimiter, locale })) {
    total++;
    if (outcome.ok) continue;
    invalidCount++;
    if (invalid.length < keep) {
      const { ok: _ok, ...row } = outcome;
      invalid.push(row);
    }
  }
  const report: FileValidationReport = {
    valid: [],
    invalid,
    summary: { total, valid: total - invalidCount, invalid: invalidCount },
    format: "csv",
    model,
    columns: csvColumns(source.head, model, delimiter),
  };
  return { report, invalidCount };
}

/** Runs `mahalleh validate`; returns the exit code (errors are reported by `runCommand`). */
async function validateCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ["model", "format", "max-rows", "locale", "key", "encoding", "delimiter"], []);
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
  const keyFlag = flags.get("key");
  const encodingFlag = flags.get("encoding");
  const delimiterText = flags.get("delimiter");
  const delimiterGiven = typeof delimiterText === "string" ? delimiterFlag(delimiterText) : undefined;
  const source = await openText(io, file, typeof encodingFlag === "string" ? encodingFlag : undefined);
  const modelName = model as ModelName;
  const csv = format === "csv" || (format === "auto" && !looksLikeJson(source.head, file));
  const sep = locale === "fa" ? "، " : ", ";
  const what = [describeEncoding(source.encoding, locale)];
  let report: FileValidationReport;
  let invalidCount: number;
  if (csv) {
    const delimiter = delimiterGiven ?? sniffDelimiter(source.head);
    what.unshift("CSV");
    what.push(describeDelimiter(delimiter, locale));
    ({ report, invalidCount } = await validateCsv(source, modelName, delimiter, locale, maxRows));
  } else {
    const parts: string[] = [];
    for await (const chunk of source.chunks) parts.push(chunk);
    const text = parts.join("");
    const key = jsonKey(text, modelName, typeof keyFlag === "string" ? keyFlag : undefined);
    const options: ValidateFileOptions = {
      model: modelName,
      format: format as NonNullable<ValidateFileOptions["format"]>,
      locale,
      ...(key === undefined ? {} : { key }),
    };
    report = validateText(text, options);
    invalidCount = report.summary.invalid;
    what.unshift(report.format === "jsonl" ? "JSON Lines" : key === undefined ? "JSON" : locale === "fa" ? `JSON (کلید «${key}»)` : `JSON (key "${key}")`);
  }
  const heading = locale === "fa" ? `پرونده ${file}: ${what.join(sep)}` : `file ${file}: ${what.join(sep)}`;
  let text = formatReport(report, { locale, maxRows });
  const more = invalidCount - Math.min(maxRows, report.invalid.length);
  if (csv && more > 0) text += locale === "fa" ? `… و ${persianDigits(String(more))} ردیف نامعتبر دیگر.\n` : `… and ${more} more invalid rows.\n`;
  io.stdout(`${escapeControls(heading)}\n${escapeControls(text, true)}`);
  return report.summary.invalid === 0 ? 0 : 1;
}

/** `mahalleh validate`. */
export const validate: CliCommand = {
  name: "validate",
  summary: { en: "check a CSV/JSON file against a model and list every problem", fa: "بررسی پروندهٔ CSV/JSON با یک مدل و فهرست همهٔ ایرادها" },
  usage: "mahalleh validate <file> [--model M] [--format F] [--key K] [--encoding E] [--delimiter D] [--locale fa|en]",
  help: { en: VALIDATE_HELP, fa: VALIDATE_HELP_FA },
  run: validateCommand,
};
