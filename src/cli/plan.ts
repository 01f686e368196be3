/** `mahalleh plan`: the portfolio of interventions to fund under a budget, and why others were left out. */
import { persianDigitsInProse } from "../internal/chars";
import { sampleDataset } from "../models/index";
import type { PlanningCandidate, PortfolioResult } from "../planning/index";
import { prioritizeInterventions } from "../planning/index";
import type { IndexSpec } from "../scoring/index";
import { computeIndex } from "../scoring/index";
import { formatMoney, parseMoney, safeParseMoney } from "../text/index";
import { readCsv } from "../validation/index";
import { UsageError, parseArgs } from "./_args";
import { DataError, type CliCommand, type CliLocale } from "./_command";
import { fromSample } from "./_input";
import { renderTable, truncate } from "./_table";
import type { CliIO } from "./run";

export const PLAN_HELP = `mahalleh plan [candidates.csv] [options]

Chooses the interventions to fund within a budget (an exact 0/1 programme solved by HiGHS)
and says why each other candidate was left out. Need is the composite index of the bundled
synthetic Alborz sample (latest period); each candidate's benefit is
beneficiaries × need × fit, unless the file gives a benefit column.
Without a file, the candidates are the sample's interventions.

candidates.csv  columns: id, title, type, neighbourhoods (space-separated ids), county,
                cost (money with its unit, e.g. «۱۲ میلیارد ریال»), source, beneficiaries,
                targetGroups (space-separated), benefit (optional)
--budget B      the budget, e.g. "۱۲۰ میلیارد ریال" (default: half the candidates' total cost)
--spec FILE     index specification (JSON IndexSpec) for the need; default: the sample's indicators
--time-limit S  stop after S seconds with the best portfolio found
--locale L      fa (default) | en
`;

const COLUMNS: Readonly<Record<string, readonly string[]>> = {
  id: ["id", "شناسه"],
  title: ["title", "titleFa", "عنوان"],
  type: ["type", "نوع"],
  neighbourhoods: ["neighbourhoods", "neighbourhoodIds", "neighbourhoodId", "محله"],
  county: ["county", "countyId", "شهرستان"],
  cost: ["cost", "هزینه"],
  source: ["source", "منبع"],
  beneficiaries: ["beneficiaries", "plannedBeneficiaries", "ذی‌نفعان"],
  targetGroups: ["targetGroups", "گروه هدف"],
  benefit: ["benefit", "منفعت"],
};

async function read(io: CliIO, path: string): Promise<string> {
  try {
    return io.readFile !== undefined ? await io.readFile(path) : await (await import("node:fs/promises")).readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new DataError(`پروندهٔ «${path}» پیدا نشد`, `File "${path}" not found`);
    throw new DataError(`پروندهٔ «${path}» خوانده نشد (${code ?? String(error)})`, `Cannot read "${path}" (${code ?? String(error)})`);
  }
}

/** Candidates from a CSV file. */
function fromCsv(text: string, path: string): (PlanningCandidate & { titleFa?: string })[] {
  const table = readCsv(text);
  const broken = table.problems[0];
  if (broken !== undefined) throw new DataError(`ردیف خراب در ${path} (خط ${table.lines[broken.row] ?? "?"})`, `Broken row in ${path} (line ${table.lines[broken.row] ?? "?"})`);
  const col = (name: string): string | undefined => (COLUMNS[name] ?? []).find((h) => table.fields.includes(h));
  const field = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, col(k)])) as Record<string, string | undefined>;
  if (field["id"] === undefined || field["cost"] === undefined) throw new DataError(`${path} ستون‌های id و cost را ندارد`, `${path} needs the columns id and cost`);
  return table.rows.map((r, i) => {
    const row = r as Readonly<Record<string, string>>;
    const get = (k: string): string => (field[k] === undefined ? "" : (row[field[k] as string] ?? "").trim());
    const list = (k: string): string[] => get(k).split(/\s+/).filter((s) => s !== "");
    const num = (k: string): number | undefined => {
      const t = get(k);
      if (t === "") return undefined;
      const parsed = safeParseMoney(t, { defaultUnit: "rial" });
      if (!parsed.success) throw new DataError(`ردیف ${i + 1} (خط ${table.lines[i]}): «${t}» در ستون ${k} عدد نیست`, `Row ${i + 1} (line ${table.lines[i]}): "${t}" in column ${k} is not a number`);
      return Number(parsed.data.toString());
    };
    const county = get("county");
    const beneficiaries = num("beneficiaries");
    const benefit = num("benefit");
    return {
      id: get("id"),
      titleFa: get("title") || get("id"),
      ...(get("type") === "" ? {} : { type: get("type") }),
      neighbourhoodIds: list("neighbourhoods"),
      ...(county === "" ? {} : { countyId: county }),
      cost: get("cost"),
      ...(get("source") === "" ? {} : { source: get("source") }),
      ...(beneficiaries === undefined ? {} : { beneficiaries }),
      targetGroups: list("targetGroups"),
      ...(benefit === undefined ? {} : { benefit }),
    };
  });
}

function render(result: PortfolioResult, titles: ReadonlyMap<string, string>, locale: CliLocale, title: string): string {
  const money = (v: Parameters<typeof formatMoney>[0]): string => formatMoney(v, { compact: true, ...(locale === "en" ? { digits: "latin" as const } : {}) });
  const fa = locale === "fa";
  const lines: string[] = [];
  // Persian lines in Persian digits (ids such as alb-int-001 and the title's file name keep theirs)
  const done = (): string => `${title}\n\n${fa ? persianDigitsInProse(lines.join("\n")) : lines.join("\n")}\n`;
  if (result.status === "infeasible") {
    lines.push(fa ? `ناممکن: ${result.conflict?.message.fa}` : `Infeasible: ${result.conflict?.message.en}`);
    return done();
  }
  const chosen = result.candidates.filter((c) => c.chosen);
  lines.push(fa ? `سبد برگزیده (${chosen.length} اقدام):` : `Chosen portfolio (${chosen.length} interventions):`);
  lines.push(
    renderTable(
      fa ? ["شناسه", "عنوان", "هزینه", "منفعت"] : ["id", "title", "cost", "benefit"],
      chosen.map((c) => [c.id, truncate(titles.get(c.id) ?? c.id, 40), money(c.cost), c.benefit.toFixed(1)]),
      ["left", "left", "right", "right"],
    ),
  );
  const gap = result.gap === null ? "—" : result.gap.toExponential(1);
  lines.push(
    fa
      ? `بودجه ${money(result.budget)}؛ هزینه ${money(result.spent)}؛ باقی ${money(result.unspent)}؛ هدف ${result.objective?.toFixed(1)}؛ وضعیت ${result.status} (شکاف ${gap})`
      : `Budget ${money(result.budget)}; spent ${money(result.spent)}; left ${money(result.unspent)}; objective ${result.objective?.toFixed(1)}; status ${result.status} (gap ${gap})`,
  );
  const g = result.greedy;
  if (g !== null) {
    const better = g.improvement === null ? "—" : `${(100 * g.improvement).toFixed(1)}%`;
    lines.push(fa ? `انتخاب حریصانه (منفعت به ازای ریال): هدف ${g.objective.toFixed(1)}؛ بهینه ${better} بهتر است` : `Greedy benefit-per-rial choice: objective ${g.objective.toFixed(1)}; the optimum is ${better} better`);
  }
  const counties = Object.entries(result.spendByCounty);
  if (counties.length > 0) lines.push(`${fa ? "هزینه به تفکیک شهرستان" : "Spend by county"}: ${counties.map(([k, v]) => `${k} ${money(v)}`).join(fa ? "، " : ", ")}`);
  const left = result.candidates.filter((c) => !c.chosen);
  if (left.length > 0) {
    lines.push("", fa ? "چرا این‌ها برگزیده نشدند:" : "Why these were not chosen:");
    for (const c of left) lines.push(`  ${c.id} (${truncate(titles.get(c.id) ?? c.id, 40)}): ${c.reason?.message[locale] ?? ""}`);
  }
  return done();
}

async function planCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ["budget", "spec", "locale", "time-limit"], []);
  if (positionals.length > 1) throw new UsageError(`تنها یک پرونده را می‌توان داد (${positionals.length} داده شد)`, `Only one file can be given (${positionals.length} given)`);
  const locale = (flags.get("locale") ?? "fa") as string;
  if (locale !== "fa" && locale !== "en") throw new UsageError(`زبان «${locale}» شناخته نیست (fa، en)`, `Unknown locale "${locale}" (fa, en)`);
  const limitText = flags.get("time-limit");
  const timeLimit = typeof limitText === "string" ? Number(limitText) : undefined;
  if (timeLimit !== undefined && !(timeLimit > 0)) throw new UsageError("--time-limit باید عددی مثبت (ثانیه) باشد", "--time-limit must be a positive number of seconds");
  const file = positionals[0];
  const candidates = file === undefined ? sampleDataset.interventions.map((i) => ({ ...i, titleFa: i.titleFa })) : fromCsv(await read(io, file), file);
  const sample = await fromSample(undefined);
  let spec: IndexSpec = sample.spec as IndexSpec;
  const specPath = flags.get("spec");
  if (typeof specPath === "string") {
    try {
      spec = JSON.parse(await read(io, specPath)) as IndexSpec;
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError(`مشخصات ${specPath} JSON معتبر نیست`, `${specPath} is not valid JSON`);
    }
  }
  const index = computeIndex(sample.table, spec);
  const budgetText = flags.get("budget");
  let budget: string | bigint;
  if (typeof budgetText === "string") {
    const parsed = safeParseMoney(budgetText, { defaultUnit: "rial" });
    if (!parsed.success) throw new UsageError(`بودجهٔ «${budgetText}» خوانده نشد`, `Cannot read the budget "${budgetText}"`);
    budget = budgetText;
  } else {
    let total = 0n;
    for (const c of candidates) {
      const lines = "budget" in c && Array.isArray(c.budget) ? c.budget.map((l) => l.amountRials) : ["cost" in c ? (c.cost ?? 0) : 0];
      for (const a of lines) total += BigInt(parseMoney(a as string, { defaultUnit: "rial" }).toFixed(0));
    }
    budget = total / 2n;
  }
  const countyOf = Object.fromEntries(sampleDataset.neighbourhoods.map((n) => [n.id, n.countyId]));
  const result = await prioritizeInterventions(candidates, { budget, index, countyOf, ...(timeLimit === undefined ? {} : { timeLimit }) });
  const titles = new Map(candidates.map((c) => [c.id, (c as { titleFa?: string }).titleFa ?? c.id]));
  const title =
    file === undefined
      ? locale === "fa"
        ? `اقدام‌های نمونهٔ مصنوعی البرز (${persianDigitsInProse(String(candidates.length))} نامزد؛ نیاز از شاخص ترکیبی)`
        : `Synthetic Alborz sample interventions (${candidates.length} candidates; need from the composite index)`
      : locale === "fa"
        ? `نامزدهای «${file}» (${persianDigitsInProse(String(candidates.length))})`
        : `Candidates in ${file} (${candidates.length})`;
  io.stdout(render(result, titles, locale, title));
  return 0;
}

/** `mahalleh plan`. */
export const plan: CliCommand = {
  name: "plan",
  summary: {
    en: "choose the interventions to fund within a budget, and why the others were left out (no file: the sample)",
    fa: "گزینش اقدام‌ها در سقف بودجه و دلیل کنار ماندن بقیه (بی پرونده: نمونهٔ البرز)",
  },
  usage: 'mahalleh plan [candidates.csv] [--budget "۱۲۰ میلیارد ریال"] [--spec spec.json]\n                 [--time-limit S] [--locale fa|en]',
  help: PLAN_HELP,
  run: planCommand,
};
