import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as jalaali from "jalaali-js";
import { AgencySchema } from "./AgencySchema";
import { IndicatorSchema } from "./IndicatorSchema";
import { InterventionSchema } from "./InterventionSchema";
import { NeighbourhoodSchema } from "./NeighbourhoodSchema";
import { ObservationSchema } from "./ObservationSchema";
import { ResolutionSchema } from "./ResolutionSchema";
import { SessionSchema } from "./SessionSchema";
import { sampleDataset } from "./sampleDataset";

const session = sampleDataset.sessions[0]!;
const toPersian = (text: string): string => text.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);

describe("Jalali date fields", () => {
  it("accept exactly the dates jalaali-js (a second implementation) calls valid", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1300, max: 1500 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = toPersian(`${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}`);
        const result = SessionSchema.safeParse({ ...session, date: text });
        expect(result.success).toBe(jalaali.isValidJalaaliDate(y, m, d));
        if (result.success) expect(result.data.date).toEqual({ year: y, month: m, day: d });
      }),
      { numRuns: 500 },
    );
  });
});

describe("money fields", () => {
  it("read any rial amount written with CLDR fa grouping (Intl as the writer), exactly", () => {
    const fa = new Intl.NumberFormat("fa-IR", { useGrouping: true });
    const base = sampleDataset.interventions[0]!;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (amount) => {
        const result = InterventionSchema.parse({ ...base, budget: [{ source: "national", amountRials: `${fa.format(amount)} ریال` }] });
        expect(result.budget[0]!.amountRials.toFixed()).toBe(amount.toString());
      }),
    );
  });

  it("convert tomans and magnitude words to rials", () => {
    const base = sampleDataset.interventions[0]!;
    const read = (text: string): string =>
      InterventionSchema.parse({ ...base, budget: [{ source: "national", amountRials: text }] }).budget[0]!.amountRials.toFixed();
    expect(read("۱۲٬۵۰۰ میلیارد ریال")).toBe("12500000000000");
    expect(read("۳ میلیون تومان")).toBe("30000000");
    expect(read("۲٫۵ همت")).toBe("25000000000000"); // 2.5 × هزار میلیارد تومان
  });
});

describe("schemas never throw", () => {
  it.each([
    ["neighbourhood", NeighbourhoodSchema],
    ["observation", ObservationSchema],
    ["intervention", InterventionSchema],
    ["resolution", ResolutionSchema],
  ] as const)("%s.safeParse returns a result for any input", (_name, schema) => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), (input) => {
        const result = schema.safeParse(input);
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["neighbourhood", NeighbourhoodSchema, sampleDataset.neighbourhoods[0]],
    ["observation", ObservationSchema, sampleDataset.observations[0]],
    ["intervention", InterventionSchema, sampleDataset.interventions[1]],
    ["session", SessionSchema, sampleDataset.sessions[0]],
    ["resolution", ResolutionSchema, sampleDataset.resolutions[0]],
    ["agency", AgencySchema, sampleDataset.agencies[0]],
    ["indicator", IndicatorSchema, sampleDataset.indicators[0]],
  ] as const)("%s: a field replaced by anything gives only our coded issues", (_name, schema, sample) => {
    const record = sample as unknown as Record<string, unknown>;
    const keys = Object.keys(record);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything({ withBigInt: true, withDate: true }), (key, value) => {
        const result = schema.safeParse({ ...record, [key]: value });
        if (!result.success) {
          for (const issue of result.error.issues) {
            const params = (issue as { params?: { code?: string; fa?: string; en?: string } }).params;
            expect(params?.code, JSON.stringify(issue)).toMatch(/^MODELS_/);
            expect(params?.fa?.length).toBeGreaterThan(0);
            expect(issue.message).toBe(params?.en);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
