import { describe, expect, it } from "vitest";
import { ResolutionSchema } from "./ResolutionSchema";
import { SessionSchema } from "./SessionSchema";
import { issueCodes } from "./_testing";

describe("SessionSchema", () => {
  it("reads the 73rd session as the IMNA report words it", () => {
    // «هفتاد و سومین جلسه قرارگاه اجتماعی استان البرز … دوشنبه بیست‌وهفتم اسفند … در سالن شهدای دولت استانداری»
    const session = SessionSchema.parse({
      id: "alb-sh-73",
      provinceCode: "استان البرز".replace("استان ", ""),
      headquarters: "قرارگاه اجتماعی",
      number: "۷۳",
      date: "دوشنبه ۲۷ اسفند ۱۴۰۳" /* = 2025-03-17 */,
      venue: "سالن شهداي دولت استانداري",
      chair: "استاندار البرز",
      attendingAgencyIds: ["alb-governorate", "alb-education"],
    });
    expect(session).toMatchObject({
      provinceCode: "IR-30",
      headquarters: "social-headquarters",
      number: 73,
      date: { year: 1403, month: 12, day: 27 },
      venue: "سالن شهدای دولت استانداری",
    });
  });

  it("refuses session number 0, fractional numbers and year-less dates", () => {
    const base = { id: "s", provinceCode: "IR-30", headquarters: "other", venue: "x", chair: "y", attendingAgencyIds: [] };
    expect(issueCodes(SessionSchema.safeParse({ ...base, number: 0, date: "۲۷ اسفند" }))).toEqual([
      "number: MODELS_OUT_OF_RANGE",
      "date: MODELS_INVALID_DATE",
    ]);
    expect(issueCodes(SessionSchema.safeParse({ ...base, number: 7.5, date: "1403/12/27" }))).toEqual(["number: MODELS_NOT_INTEGER"]);
  });
});

describe("ResolutionSchema", () => {
  const row = {
    id: "alb-sh-73-r1",
    sessionId: "alb-sh-73",
    sessionDate: "۱۴۰۳/۱۲/۲۷" /* = 2025-03-17 */,
    number: "۱",
    text: "آموزش هوش مصنوعی در مدارس دبستان و پیش‌دبستان محلات هدف",
    responsibleAgencyId: "alb-education",
    deadline: "۱۴۰۴/۰۶/۳۱" /* = 2025-09-22 */,
    status: "باز",
    followUps: [{ date: "1404/02/10", note: "برنامهٔ درسی آماده شد", progressPercent: "۳۰" }],
  };

  it("parses a resolution with follow-ups", () => {
    expect(ResolutionSchema.parse(row)).toMatchObject({
      number: 1,
      status: "open",
      deadline: { year: 1404, month: 6, day: 31 },
      followUps: [{ date: { year: 1404, month: 2, day: 10 }, progressPercent: 30 }],
    });
  });

  it("requires the deadline strictly after the session", () => {
    expect(issueCodes(ResolutionSchema.safeParse({ ...row, deadline: "۱۴۰۳/۱۲/۲۷" }))).toEqual(["deadline: MODELS_DATE_ORDER"]);
    expect(issueCodes(ResolutionSchema.safeParse({ ...row, deadline: "۱۴۰۳/۱۲/۲۶" }))).toEqual(["deadline: MODELS_DATE_ORDER"]);
    /* the next day, 1403/12/28 = 2025-03-18, is fine */
    expect(ResolutionSchema.safeParse({ ...row, deadline: "۱۴۰۳/۱۲/۲۸" }).success).toBe(true);
  });

  it("refuses follow-ups dated before the session and progress above 100%", () => {
    expect(
      issueCodes(ResolutionSchema.safeParse({ ...row, followUps: [{ date: "1403/12/01", note: "پیش از جلسه", progressPercent: 120 }] })),
    ).toEqual(["followUps.0.progressPercent: MODELS_OUT_OF_RANGE", "followUps.0.date: MODELS_DATE_ORDER"]);
  });

  it("still reports the date order when another field is wrong", () => {
    expect(issueCodes(ResolutionSchema.safeParse({ ...row, number: "-", deadline: "1403/01/01" }))).toEqual([
      "number: MODELS_INVALID_NUMBER",
      "deadline: MODELS_DATE_ORDER",
    ]);
  });
});
