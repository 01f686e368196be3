import * as vega from "vega";
import * as vl from "vega-lite";
import { describe, expect, it } from "vitest";
import { scheduleChart } from "./scheduleChart";

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

describe("scheduleChart", () => {
  const item = {
    id: "i1",
    label: "کارگاه مهارت‌آموزی",
    plannedStart: { year: 1403, month: 1, day: 1 }, // 1403/01/01 = 2024-03-20
    plannedEnd: { year: 1403, month: 6, day: 31 }, // 1403/06/31 = 2024-09-21
    actualStart: { year: 1403, month: 2, day: 1 }, // 1403/02/01 = 2024-04-20
    actualEnd: { year: 1403, month: 5, day: 15 }, // 1403/05/15 = 2024-08-05
  };

  it("draws planned and actual bars on day numbers (end day inclusive)", () => {
    const spec = scheduleChart([item], { locale: "en" });
    const rows = (spec["data"] as { values: Record<string, unknown>[] }).values;
    expect(rows).toEqual([
      { id: "i1", label: "کارگاه مهارت‌آموزی", kind: "planned", from: day(2024, 3, 20), to: day(2024, 9, 22), start: "1403/01/01", end: "1403/06/31" },
      { id: "i1", label: "کارگاه مهارت‌آموزی", kind: "actual", from: day(2024, 4, 20), to: day(2024, 8, 6), start: "1403/02/01", end: "1403/05/15" },
    ]);
  });

  it("puts ticks at the first day of each Jalali month, labelled with month and year", async () => {
    const spec = scheduleChart([item]);
    const bar = (spec["layer"] as { encoding: { x: { axis: { values: number[]; labelExpr: string } } } }[])[0]!;
    // Farvardin 1 … Mehr 1, 1403 = 2024-03-20, 04-20, 05-21, 06-21, 07-22, 08-22, 09-22
    expect(bar.encoding.x.axis.values).toEqual([day(2024, 3, 20), day(2024, 4, 20), day(2024, 5, 21), day(2024, 6, 21), day(2024, 7, 22), day(2024, 8, 22), day(2024, 9, 22)]);
    const svg = await new vega.View(vega.parse(vl.compile(spec as unknown as vl.TopLevelSpec).spec), { renderer: "none" }).toSVG();
    expect(svg).toContain("فروردین ۱۴۰۳");
    expect(svg).toContain("شهریور ۱۴۰۳");
    expect(svg).not.toMatch(/>20\d\d</); // no Gregorian year on the axis
  });

  it("describes each bar to screen readers with its Jalali dates, never the day number it is drawn on", async () => {
    const svg = await new vega.View(vega.parse(vl.compile(scheduleChart([item]) as unknown as vl.TopLevelSpec).spec), { renderer: "none" }).toSVG();
    const labels = [...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] as string);
    expect(labels).toContain("کارگاه مهارت‌آموزی: برنامه ۱۴۰۳/۰۱/۰۱ – ۱۴۰۳/۰۶/۳۱");
    expect(labels).toContain("کارگاه مهارت‌آموزی: اجرا ۱۴۰۳/۰۲/۰۱ – ۱۴۰۳/۰۵/۱۵");
    // 1403/01/01 is day 19,802 (2024-03-20): no day number in any label, in either digits
    expect(labels.filter((l) => /۱۹٬?[۷-۹]|19,?[7-9]\d\d/.test(l))).toEqual([]);
  });

  it("marks work still running after its planned end on asOf as late, drawn up to asOf", () => {
    const { actualEnd: _, ...open } = item;
    const spec = scheduleChart([open], { asOf: { year: 1403, month: 12, day: 27 } /* 1403/12/27 = 2025-03-17 */ });
    const rows = (spec["data"] as { values: Record<string, unknown>[] }).values;
    expect(rows[1]).toMatchObject({ kind: "اجرا (دیرکرد)", from: day(2024, 4, 20), to: day(2025, 3, 18), end: "ادامه دارد" });
    expect(spec.description).toContain("۱ مداخله از برنامه عقب است");
    expect((spec["layer"] as unknown[]).length).toBe(2); // the asOf rule
  });

  it("rejects an invalid date and a planned end before the start", () => {
    expect(() => scheduleChart([{ ...item, plannedEnd: { year: 1403, month: 12, day: 31 } }])).toThrow(expect.objectContaining({ code: "CHARTS_INVALID_INPUT" }));
    expect(() => scheduleChart([{ ...item, plannedEnd: { year: 1402, month: 1, day: 1 } }])).toThrow(expect.objectContaining({ code: "CHARTS_INVALID_INPUT" }));
  });

  it("thins the ticks on long schedules (every 6 months over 5 years)", () => {
    const spec = scheduleChart([{ id: "long", plannedStart: { year: 1400, month: 1, day: 1 }, plannedEnd: { year: 1404, month: 12, day: 29 } }], { locale: "en" });
    const bar = (spec["layer"] as { encoding: { x: { axis: { values: number[]; labelExpr: string } } } }[])[0]!;
    expect(bar.encoding.x.axis.values.length).toBe(11); // Farvardin and Mehr 1400…1404, Farvardin 1405
    expect(bar.encoding.x.axis.labelExpr).toContain("Mehr 1400");
  });
});
