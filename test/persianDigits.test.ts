/**
 * Issue 11, «Latin and Persian digits mixed in one Persian line»: the Persian text of errors,
 * reasons and command-line output writes its numbers in Persian digits. Latin digits may stay
 * only in what a line quotes («…», "…": the user's cells, ids, file names) and in tokens that
 * contain Latin letters (ids such as alb-krj-001, paths, "UTF-8").
 */
import { describe, expect, it } from "vitest";
import { isMahallehError } from "mahalleh";
import { computeIndexOverTime, designation } from "mahalleh/evaluation";
import { cronbachAlpha, tableFromCsv, tableFromRows } from "mahalleh/scoring";
import { parseNumber } from "mahalleh/text";
import { readJson } from "mahalleh/validation";
import { runCli } from "../src/cli/_testing";
import { strayLatinDigits } from "./persianLines";

function faOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isMahallehError(error)) return error.messages.fa;
    throw error;
  }
  throw new Error("expected a MahallehError");
}

describe("Persian error messages have Persian digits", () => {
  it("the scoring CSV reader: lines and counts («سطر ۳»)", () => {
    const bad = faOf(() => tableFromCsv("id,x\nn1,1\nn2,abc\n"));
    expect(bad).toContain("سطر ۳");
    const columns = faOf(() => tableFromCsv("id,x\nn1,1\nn2,1,2,3\n"));
    const quote = faOf(() => tableFromCsv('id,x\nn1,1\nn2,"12\n'));
    const duplicate = faOf(() => tableFromCsv("id,x\nn1,1\nn1,2\n"));
    for (const message of [bad, columns, quote, duplicate]) expect(strayLatinDigits(message)).toEqual([]);
  });

  it("tableFromRows, cronbachAlpha, parseNumber, readJson", () => {
    const messages = [
      faOf(() => tableFromRows([{ id: "n1", x: 1 }, { id: "n2", x: 2 }, { id: "n3", x: "سه" }], { indicators: ["x"] })),
      faOf(() => tableFromRows([{ id: "n1", x: Number.POSITIVE_INFINITY }])),
      faOf(() => cronbachAlpha({ ids: ["a"], columns: { x: [1], y: [2] } }, ["x", "y"])),
      faOf(() => parseNumber("1".repeat(400))),
      faOf(() => readJson("[1, 2")),
    ];
    expect(messages[0]).toContain("ردیف ۳");
    for (const message of messages) expect(strayLatinDigits(message)).toEqual([]);
  });

  it("keeps the digits of quoted user data", () => {
    const message = faOf(() => tableFromRows([{ id: "n1", x: "12a" }], { indicators: ["x"] }));
    expect(message).toContain("«12a»");
    expect(strayLatinDigits(message)).toEqual([]);
  });
});

describe("Persian reasons have Persian digits", () => {
  it("designation: «۲ دوره پیاپی»", () => {
    const obs = (id: string, period: string, value: number) => ({ neighbourhoodId: id, indicatorId: "u", period, value });
    const r = computeIndexOverTime(
      [30, 28, 10, 8].map((x, s) => obs("a", String(1400 + s), x)).concat([0, 1, 2, 3].map((s) => obs("ref", String(1400 + s), 0))),
      { indicators: [{ id: "u", dimension: "work", direction: 1 }], normalization: "goalposts", levels: { method: "fixed", thresholds: [40, 70] } },
      { periods: ["1400", "1401", "1402", "1403"], goalposts: "pooled" },
    );
    const d = designation(r, { enter: { level: 1, periods: 2 }, graduate: { level: 3, periods: 2 } });
    const reasons = d.units.flatMap((u) => u.history.map((h) => h.reason?.fa ?? ""));
    expect(reasons).toContain("شرط ارتقا ۲ دوره پیاپی برقرار بود: ارتقایافته");
    for (const reason of reasons) expect(strayLatinDigits(reason)).toEqual([]);
  });
});

describe("mahalleh --locale fa writes Persian digits", () => {
  const csv = "شناسه,بیکاری,سواد\nn1,18.5,82\nn2,12,91\nn3,15,70\n";
  const files: Record<string, string> = {
    "s.csv": "id,unemployment-rate,literacy-rate\nn1,12,80\nn2,15,70\nn3,9,90\n",
    "bad.csv": "نام محله,جمعیت,شهرستان\nحصارک,-5,کرج\n,12,x\nکوی یاس,12,13,14\n",
    "broken.csv": "id,unemployment-rate\nn1,12\nn2,abc\n",
    "unknown.csv": csv,
  };
  const runs: readonly (readonly string[])[] = [
    ["score", "s.csv", "--runs", "20"],
    ["score", "broken.csv"],
    ["score", "unknown.csv"],
    ["score", "s.csv", "--top", "x"],
    ["score", "missing.csv"],
    ["spec", "unknown.csv"],
    ["validate", "bad.csv", "--model", "neighbourhood"],
    ["validate", "bad.csv", "--max-rows", "-1"],
    ["followup", "--as-of", "1404/01/20"], /* 1404/01/20 = 2025-04-09 */
    ["followup", "--as-of", "x"],
    ["agenda", "--as-of", "1404/01/20"],
    ["plan"],
    ["evaluate"],
    ["score", "--help"],
    ["spec", "--help"],
  ];
  it.each(runs)("mahalleh %s …", async (...argv) => {
    const { out, err } = await runCli([...argv, "--locale", "fa"], files);
    const stray = `${out}\n${err}`.split("\n").flatMap((line) => strayLatinDigits(line).map((d) => `${d} in: ${line.trim().slice(0, 120)}`));
    expect(stray).toEqual([]);
  });
});
