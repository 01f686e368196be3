/** `mahalleh spec`: a starter index specification for a file, to edit and pass to `score --spec`. */
import { persianDigits } from "../internal/chars";
import { standardIndicators } from "../models/index";
import { UsageError, parseArgs } from "./_args";
import { SKIP_NAMES, classifyColumns, listHeaders, starterSpec, type ColumnRole } from "./_columns";
import type { CliCommand, CliLocale } from "./_command";
import { describeNote, loadFile } from "./_input";
import { escapeControls } from "./_table";
import type { CliIO } from "./run";

const HELP_EN = `mahalleh spec [file] [options] > spec.json

Prints a starter index specification (JSON) for a file: each column that is a standard
indicator (matched by its Persian or English name) with its known direction and dimension;
each column it does not know with "direction": null for you to fill in (1 = a higher value
is more deprived, -1 = a higher value is better off). Row numbers, population, households,
area, codes, places and periods are left out. Without a file: the 14 standard indicators.
Edit the file, then run: mahalleh score file --spec spec.json

file              CSV or JSON, as for mahalleh score
--encoding E      utf-8 | utf-16le | utf-16be | windows-1256 (default: detected)
--delimiter D     , ; tab | (default: detected)
--locale L        fa (default) | en
`;

const HELP_FA = `mahalleh spec [پرونده] [گزینه‌ها] > spec.json

یک مشخصات آغازین شاخص (JSON) برای پرونده چاپ می‌کند: هر ستونی که یکی از شاخص‌های استاندارد
است (با نام فارسی یا انگلیسی) با جهت و بُعد شناخته‌شده‌اش؛ و هر ستون ناشناخته با "direction": null
تا شما پر کنید («1» = مقدار بیشتر یعنی محروم‌تر، «-1» = مقدار بیشتر یعنی برخوردارتر). ستون‌های
ردیف، جمعیت، خانوار، مساحت، کد، نام مکان و دوره کنار گذاشته می‌شوند. بی پرونده: ۱۴ شاخص استاندارد.
پرونده را ویرایش و سپس اجرا کنید: mahalleh score file --spec spec.json

پرونده            CSV یا JSON، مانند mahalleh score
--encoding E      utf-8 | utf-16le | utf-16be | windows-1256 (پیش‌فرض: تشخیص خودکار)
--delimiter D     , ; tab | (پیش‌فرض: تشخیص خودکار)
--locale L        fa (پیش‌فرض) | en
`;

function summary(roles: readonly ColumnRole[], locale: CliLocale): string {
  const fa = locale === "fa";
  const n = (x: number): string => (fa ? persianDigits(String(x)) : String(x));
  const matched = roles.filter((r) => r.kind === "indicator");
  const skipped = roles.filter((r) => r.kind === "skip");
  const unknown = roles.filter((r) => r.kind === "unknown").map((r) => r.header);
  const lines: string[] = [];
  lines.push(
    fa
      ? `${n(matched.length)} ستون با شاخص‌های استاندارد جور شد: ${matched.map((r) => `«${r.header}» ← ${r.indicator.id} (جهت ${n(r.indicator.direction)})`).join("، ") || "هیچ"}`
      : `${matched.length} columns matched standard indicators: ${matched.map((r) => `"${r.header}" → ${r.indicator.id} (direction ${r.indicator.direction})`).join(", ") || "none"}`,
  );
  if (skipped.length > 0) {
    lines.push(
      fa
        ? `کنار گذاشته (شاخص نیست): ${skipped.map((r) => `«${r.header}» (${SKIP_NAMES[r.reason].fa})`).join("، ")}`
        : `left out (not indicators): ${skipped.map((r) => `"${r.header}" (${SKIP_NAMES[r.reason].en})`).join(", ")}`,
    );
  }
  if (unknown.length > 0) {
    lines.push(
      fa
        ? `جهت این ستون‌ها را بنویسید («direction»: «1» یا «-1») و بُعدشان را (dimension): ${listHeaders(unknown, "fa")}`
        : `fill in the direction (1 or -1) and dimension of: ${listHeaders(unknown, "en")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Runs `mahalleh spec`; returns the exit code. */
async function specCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ["encoding", "delimiter", "locale"], []);
  const loc = (flags.get("locale") ?? "fa") as string;
  if (loc !== "fa" && loc !== "en") throw new UsageError(`زبان «${loc}» شناخته نیست (fa، en)`, `Unknown locale "${loc}" (fa, en)`);
  const locale: CliLocale = loc;
  if (positionals.length > 1) throw new UsageError(`تنها یک پرونده را می‌توان داد (${persianDigits(String(positionals.length))} داده شد)`, `Only one file can be given (${positionals.length} given)`);
  const file = positionals[0];
  let roles: readonly ColumnRole[];
  if (file === undefined) roles = classifyColumns(standardIndicators.map((i) => i.id));
  else {
    const encoding = flags.get("encoding");
    const delimiter = flags.get("delimiter");
    const { input } = await loadFile(
      io,
      file,
      { encoding: typeof encoding === "string" ? encoding : undefined, delimiter: typeof delimiter === "string" ? delimiter : undefined },
      (note) => io.stderr(`mahalleh spec: ${escapeControls(describeNote(file, note, locale))}\n`),
    );
    if (input.spec !== undefined) {
      // a dataset with its indicators: its spec is already complete
      io.stdout(`${JSON.stringify(input.spec, null, 2)}\n`);
      return 0;
    }
    roles = input.roles ?? [];
  }
  io.stdout(`${JSON.stringify(starterSpec(roles), null, 2)}\n`);
  io.stderr(escapeControls(summary(roles, locale), true));
  return 0;
}

/** `mahalleh spec`. */
export const spec: CliCommand = {
  name: "spec",
  summary: {
    en: "print a starter index spec for a file (known directions filled in, unknown ones for you to fill)",
    fa: "چاپ مشخصات آغازین شاخص برای یک پرونده (جهت‌های شناخته پر، ناشناخته‌ها برای شما)",
  },
  usage: "mahalleh spec [file] [--encoding E] [--delimiter D] [--locale fa|en] > spec.json",
  help: { en: HELP_EN, fa: HELP_FA },
  run: specCommand,
};
