import { describe, expect, it } from "vitest";
import { followUpResolutions, sessionAgenda } from "../monitoring/index";
import { sampleDataset } from "../models/index";
import { runCli } from "./_testing";

const run = runCli;

// A CSV export of resolutions as a secretariat keeps it: Persian headers, Persian digits.
const CSV = [
  "شناسه,شناسه جلسه,تاریخ جلسه,شماره مصوبه,متن مصوبه,دستگاه مسئول,مهلت,وضعیت,تاریخ انجام",
  "alb-sh-73-r1,alb-sh-73,۱۴۰۳/۱۲/۲۷,۱,آموزش هوش مصنوعی در مدارس محلات هدف,alb-education,۱۴۰۴/۰۱/۱۰,باز,",
  "alb-sh-73-r2,alb-sh-73,۱۴۰۳/۱۲/۲۷,۲,راه‌اندازی استارتاپ‌های دانش‌آموزی,alb-education,۱۴۰۴/۰۱/۳۱,انجام‌شده,۱۴۰۴/۰۱/۱۸",
].join("\n");

describe("mahalleh followup", () => {
  it("follows up the bundled sample on the day given, and says which day it used", async () => {
    const { code, out, err } = await run(["followup", "--as-of", "1404/01/20", "--format", "json"]);
    expect(code).toBe(0);
    expect(err).toContain("تاریخ پیگیری ۱۴۰۴/۰۱/۲۰");
    const parsed = JSON.parse(out) as { asOf: string; followUps: { id: string; state: string; workingDaysOverdue: number }[] };
    const expected = followUpResolutions(sampleDataset.resolutions, { asOf: { year: 1404, month: 1, day: 20 } });
    expect(parsed.asOf).toBe("1404/01/20");
    expect(parsed.followUps.map((f) => [f.id, f.state, f.workingDaysOverdue])).toEqual(expected.map((f) => [f.id, f.state, f.workingDaysOverdue]));
  });

  it("uses today when --as-of is not given, and says so", async () => {
    const { code, err } = await run(["followup", "--format", "csv", "--locale", "en"]);
    expect(code).toBe(0);
    expect(err).toMatch(/as of \d{4}\/\d{2}\/\d{2} \(today in Asia\/Tehran/);
  });

  it("reads a CSV export with Persian headers and digits; prints table, csv and md", async () => {
    const csv = await run(["followup", "r.csv", "--as-of", "۱۴۰۴/۰۱/۲۰", "--format", "csv"], { "r.csv": CSV });
    expect(csv.code).toBe(0);
    const lines = csv.out.trim().split("\n");
    // 1404/01/10 → 01/20: working days 01/11, 01/14, 01/16–01/20 = 7; calendar 10.
    expect(lines[1]).toBe("alb-sh-73-r1,alb-sh-73,alb-education,overdue,1404/01/10,1404/01/10,,7,10,0,0,,,,false");
    expect(lines[2]).toBe("alb-sh-73-r2,alb-sh-73,alb-education,done,1404/01/31,1404/01/31,1404/01/18,0,0,0,0,,,100,false");
    const table = await run(["followup", "r.csv", "--as-of", "1404/01/20"], { "r.csv": CSV });
    expect(table.out).toContain("معوق");
    expect(table.out).toContain("۷");
    const md = await run(["followup", "r.csv", "--as-of", "1404/01/20", "--format", "md", "--locale", "en"], { "r.csv": CSV });
    expect(md.out.split("\n")[2]).toBe("| alb-sh-73-r1 | alb-education | overdue | 1404/01/10 | 7 | 0 | — |");
  });

  it("refuses bad flags (exit 2) and bad files (exit 1) with a message, no stack", async () => {
    expect((await run(["followup", "--format", "xml"])).code).toBe(2);
    expect((await run(["followup", "--as-of", "1403/07/31"])).code).toBe(2);
    const missing = await run(["followup", "nope.csv", "--as-of", "1404/01/20"]);
    expect([missing.code, missing.err]).toEqual([1, "mahalleh followup: پروندهٔ «nope.csv» پیدا نشد\n"]);
    const badRow = CSV.replace("۱۴۰۴/۰۱/۱۰", "۱۴۰۴/۱۲/۳۰");
    const bad = await run(["followup", "r.csv", "--as-of", "1404/01/20", "--locale", "en"], { "r.csv": badRow });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("1 invalid row(s)");
    // A completion before the session: the record is named by index and id, and the field.
    const json = JSON.stringify({ resolutions: [{ ...sampleDataset.resolutions[0], completedOn: "1403/01/10" }] });
    const done = await run(["followup", "d.json", "--as-of", "1404/01/20", "--locale", "en"], { "d.json": json });
    expect(done.code).toBe(1);
    expect(done.err).toContain("resolutions[0] «alb-sh-68-r1».completedOn: The completion date is before the session");
  });

  it("follows up an old CSV export whose done rows have no completion date", async () => {
    const old = CSV.replace("۱۴۰۴/۰۱/۱۸", "");
    const csv = await run(["followup", "r.csv", "--as-of", "1404/01/20", "--format", "csv"], { "r.csv": old });
    expect(csv.code).toBe(0);
    expect(csv.out.trim().split("\n")[2]).toBe("alb-sh-73-r2,alb-sh-73,alb-education,done,1404/01/31,1404/01/31,,0,0,0,0,,,100,true");
    const table = await run(["followup", "r.csv", "--as-of", "1404/01/20"], { "r.csv": old });
    expect(table.out).toContain("انجام‌شده (بی تاریخ)");
    const agenda = await run(["agenda", "r.csv", "--as-of", "1404/01/20"], { "r.csv": old });
    expect(agenda.code).toBe(0);
    expect(agenda.out).toContain("## ۵. مصوبات انجام‌شده بی تاریخ انجام");
  });

  it("lists every problem across records of a CSV export (a repeated id), not only the first", async () => {
    const twice = `${CSV}\n${CSV.split("\n")[1]}\n${CSV.split("\n")[2]}`;
    const bad = await run(["followup", "r.csv", "--as-of", "1404/01/20", "--locale", "en"], { "r.csv": twice });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('  • resolutions[2] «alb-sh-73-r1».id: Duplicate id "alb-sh-73-r1" [MODELS_DUPLICATE]');
    expect(bad.err).toContain('  • resolutions[3] «alb-sh-73-r2».id: Duplicate id "alb-sh-73-r2" [MODELS_DUPLICATE]');
    expect(bad.err).toContain("2 problem(s) in the dataset");
  });
});

describe("mahalleh agenda", () => {
  it("prints the agenda of session 74 from the sample", async () => {
    const { code, out, err } = await run(["agenda", "--as-of", "1404/01/20"]);
    expect(code).toBe(0);
    expect(err).toContain("تاریخ پیگیری ۱۴۰۴/۰۱/۲۰");
    expect(out).toBe(`${sessionAgenda(sampleDataset, { asOf: { year: 1404, month: 1, day: 20 } })}\n`);
  });

  it("reads a JSON dataset and checks it across records", async () => {
    const dataset = { resolutions: sampleDataset.resolutions, sessions: sampleDataset.sessions, agencies: sampleDataset.agencies };
    const ok = await run(["agenda", "d.json", "--as-of", "1404/01/20", "--session", "74", "--locale", "en"], { "d.json": JSON.stringify(dataset) });
    expect(ok.code).toBe(0);
    expect(ok.out.split("\n")[0]).toBe("# Follow-up of resolutions for session 74 of the Social Headquarters");
    const broken = { ...dataset, interventions: sampleDataset.interventions, transactions: [{ ...JSON.parse(JSON.stringify(sampleDataset.transactions[0])), interventionId: "alb-int-999" }] };
    const bad = await run(["agenda", "d.json", "--as-of", "1404/01/20", "--locale", "en"], { "d.json": JSON.stringify(broken) });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`transactions[0] «${sampleDataset.transactions[0]!.id}».interventionId: Unknown intervention "alb-int-999" [MODELS_UNKNOWN_VALUE]`);
  });
});
