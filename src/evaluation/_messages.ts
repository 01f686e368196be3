/**
 * Private: the one message table of `mahalleh/evaluation` (Persian and English), and the
 * helper that turns an entry into a coded `MahallehError`.
 */
import { MahallehError } from "../errors/MahallehError";
import { persianDigits, persianDigitsInProse } from "../internal/chars";
import type { EvaluationErrorCode } from "./errorCodes";

type Params = Readonly<Record<string, string | number>>;

const MESSAGES: Readonly<Record<EvaluationErrorCode, (p: Params) => { fa: string; en: string }>> = {
  EVALUATION_INVALID_INPUT: (p) => ({ fa: `ورودی نادرست: ${p["what"]}`, en: `Invalid input: ${p["whatEn"] ?? p["what"]}` }),
  EVALUATION_PERIOD_ORDER: (p) => ({
    fa: `دوره‌ها باید به ترتیب صعودی و بی‌تکرار باشند و دوره‌های «پیش» پیش از دوره‌های «پس» بیایند (${p["periods"]})`,
    en: `Periods must be ascending without repeats, and every "before" period must precede every "after" period (${p["periods"]})`,
  }),
  EVALUATION_UNKNOWN_PERIOD: (p) => ({ fa: `برای دورهٔ «${p["period"]}» هیچ مشاهده‌ای نیست`, en: `No observation for period "${p["period"]}"` }),
  EVALUATION_UNKNOWN_COLUMN: (p) => ({ fa: `ستون یا شاخص «${p["column"]}» در داده‌ها نیست`, en: `Column or indicator "${p["column"]}" is not in the data` }),
  EVALUATION_EMPTY_GROUP: (p) => ({
    fa: `گروه ${p["group"] === "treated" ? "هدف" : "مقایسه"} پس از کنار گذاشتن واحدهای بی‌داده خالی است`,
    en: `The ${p["group"]} group is empty once units without data are set aside`,
  }),
  EVALUATION_DUPLICATE_UNIT: (p) => ({ fa: `شناسهٔ «${p["id"]}» تکراری است`, en: `Unit id "${p["id"]}" appears twice` }),
  EVALUATION_ZERO_POPULATION: (p) => ({
    fa: `جمعیت (یا وزن) واحد «${p["id"]}» صفر، منفی یا نامعلوم است`,
    en: `The population (or weight) of unit "${p["id"]}" is zero, negative or missing`,
  }),
  EVALUATION_MISSING_GOALPOSTS: (p) => ({
    fa: `شاخص «${p["indicator"]}» در مشخصات شاخص ترکیبی کران ثابت (goalposts) ندارد`,
    en: `Indicator "${p["indicator"]}" has no goalposts in the index specification`,
  }),
};

/** Builds the coded error of the module from the message table. */
export function evaluationError(code: EvaluationErrorCode, params: Params = {}): MahallehError {
  const m = MESSAGES[code](params);
  return new MahallehError(code, { fa: persianDigitsInProse(m.fa), en: m.en }, { details: params });
}

/** Shorthand for `EVALUATION_INVALID_INPUT` with a Persian and an English description. */
export function invalid(fa: string, en: string): MahallehError {
  return evaluationError("EVALUATION_INVALID_INPUT", { what: fa, whatEn: en });
}

/** Persian and English names of the designation statuses (the programme's terms). */
export const STATUS_LABELS: Readonly<Record<"none" | "candidate" | "target" | "graduated", { fa: string; en: string }>> = {
  none: { fa: "خارج از برنامه", en: "not in the programme" },
  candidate: { fa: "نامزد", en: "candidate" },
  target: { fa: "محلهٔ هدف", en: "target neighbourhood" },
  graduated: { fa: "ارتقایافته", en: "graduated" },
};

/** A count in Persian digits (for the Persian texts). */
const n = (x: string | number | undefined): string => persianDigits(String(x));

/** What each designation rule means, in both languages. */
export const RULE_TEXT: Readonly<
  Record<
    "entered-candidacy" | "designated" | "candidacy-lapsed" | "graduation-pending" | "graduated" | "reentry-pending" | "redesignated" | "no-data",
    (p: Params) => { fa: string; en: string }
  >
> = {
  "entered-candidacy": (p) => ({ fa: `شرط ورود برقرار شد (۱ از ${n(p["needed"])} دوره)`, en: `entry condition met (1 of ${p["needed"]} periods)` }),
  designated: (p) => ({ fa: `شرط ورود ${n(p["needed"])} دوره پیاپی برقرار بود: محلهٔ هدف`, en: `entry condition met ${p["needed"]} periods in a row: designated a target` }),
  "candidacy-lapsed": () => ({ fa: "شرط ورود دیگر برقرار نیست؛ نامزدی برداشته شد", en: "entry condition no longer met; candidacy lapsed" }),
  "graduation-pending": (p) => ({ fa: `شرط ارتقا برقرار است (${n(p["count"])} از ${n(p["needed"])} دوره)`, en: `graduation condition met (${p["count"]} of ${p["needed"]} periods)` }),
  graduated: (p) => ({ fa: `شرط ارتقا ${n(p["needed"])} دوره پیاپی برقرار بود: ارتقایافته`, en: `graduation condition met ${p["needed"]} periods in a row: graduated` }),
  "reentry-pending": (p) => ({ fa: `شرط بازگشت برقرار است (${n(p["count"])} از ${n(p["needed"])} دوره)`, en: `re-entry condition met (${p["count"]} of ${p["needed"]} periods)` }),
  redesignated: (p) => ({
    fa: `شرط بازگشت ${n(p["needed"])} دوره پیاپی برقرار بود: دوباره محلهٔ هدف`,
    en: `re-entry condition met ${p["needed"]} periods in a row: a target again`,
  }),
  "no-data": () => ({ fa: "در این دوره امتیازی نیست؛ وضعیت بی‌تغییر ماند", en: "no score this period; status unchanged" }),
};
