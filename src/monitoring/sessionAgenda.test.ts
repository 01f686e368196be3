import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import type { Resolution, ResolutionId } from "../models/index";
import { sampleDataset } from "../models/index";
import { interventionProgress } from "./interventionProgress";
import { sessionAgenda } from "./sessionAgenda";

const asOf = { year: 1404, month: 1, day: 20 }; /* = 2025-04-09 */

describe("sessionAgenda", () => {
  const md = sessionAgenda(sampleDataset, { asOf });

  it("prepares the agenda of the 74th session in Persian, Persian digits, Jalali dates", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe("# گزارش پیگیری مصوبات برای جلسهٔ ۷۴ قرارگاه اجتماعی");
    expect(lines[2]).toBe("تاریخ گزارش: ۱۴۰۴/۰۱/۲۰ · جلسهٔ بعد: ۱۴۰۴/۰۲/۱۹"); // 30 days later (Farvardin has 31)
    expect(md).toContain("### شهرداری کرج (۱ مصوبه)");
    expect(md).toContain("| alb-sh-68-r2 | تشکیل دفاتر تسهیلگری در محلات هدف کرج و فردیس | ۱۴۰۳/۱۲/۱۵ | ۲۳ |");
    // Due before the next session: 73-r6 (deadline 1404/01/31), not the extended 71-r1 (1404/02/31).
    expect(md).toContain("| alb-sh-73-r6 |");
    expect(md).not.toContain("| alb-sh-71-r1 |");
    expect(md).not.toMatch(/\| [0-9]+ \|/); // no Latin digits in numeric cells
  });

  it("lists exactly the off-track interventions and those spending behind", () => {
    const progress = interventionProgress(sampleDataset.interventions, { asOf, transactions: sampleDataset.transactions });
    const section = (title: string): string => md.split(`## ${title}`)[1]!.split("\n## ")[0]!;
    const off = section("۳. اقدامات خارج از برنامه");
    for (const p of progress) expect(off.includes(`| ${p.id} |`)).toBe(p.state === "off-track");
    const spending = section("۴. هزینه‌کرد عقب‌تر از برنامه");
    for (const p of progress) expect(spending.includes(`| ${p.id} |`)).toBe(p.reasons.some((r) => r.code === "spending-behind"));
  });

  it("groups overdue resolutions by agency, longest delay first; pipes in text are escaped", () => {
    const base = sampleDataset.resolutions.find((r) => r.id === "alb-sh-73-r1")!;
    const rows: Resolution[] = [
      { ...base, id: "a" as ResolutionId, deadline: { year: 1404, month: 1, day: 9 }, text: "الف | ب" },
      { ...base, id: "b" as ResolutionId, deadline: { year: 1404, month: 1, day: 5 } },
    ];
    const en = sessionAgenda({ resolutions: rows, agencies: sampleDataset.agencies }, { asOf, locale: "en", sessionNumber: 74 });
    expect(en.indexOf("| b |")).toBeLessThan(en.indexOf("| a |"));
    expect(en).toContain("| a | الف \\| ب | 1404/01/09 | 8 |");
    expect(en).toContain("## 3. Interventions off track\n\nNone.");
  });

  it("lists old done records without a completion date for the secretariat to complete", () => {
    expect(md).not.toContain("## ۵."); // the sample dates every completion
    const resolutions = sampleDataset.resolutions.map((r) => (r.id === "alb-sh-70-r2" ? { ...r, completedOn: undefined } : r));
    const fa = sessionAgenda({ ...sampleDataset, resolutions }, { asOf });
    // 70-r2 leaves the on-time count (2 → 1) and is counted apart.
    expect(fa).toContain("مصوبات: ۱۶ — انجام‌شده به‌موقع ۱، با تأخیر ۱، بی تاریخ انجام ۱، در جریان ۱۱،");
    const section = fa.split("## ۵. مصوبات انجام‌شده بی تاریخ انجام")[1]!;
    expect(section).toContain("| alb-sh-70-r2 |");
    expect(section.match(/\| alb-sh-/g)).toHaveLength(1);
    const en = sessionAgenda({ ...sampleDataset, resolutions }, { asOf, locale: "en" });
    expect(en).toContain("done on time 1, done late 1, done without a completion date 1, open 11");
  });

  it("refuses a bad locale", () => {
    let error: unknown;
    try {
      sessionAgenda(sampleDataset, { asOf, locale: "de" as "en" });
    } catch (e) {
      error = e;
    }
    expect(isMahallehError(error) && error.code).toBe("MONITORING_INVALID_INPUT");
  });
});
