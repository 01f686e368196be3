/**
 * Private: the one message table of `mahalleh/planning`. Every Persian/English text of the
 * module (errors, rejected ballots, reasons for candidates left out, constraint names) is
 * written here, keyed by code, so the two languages stay side by side.
 */
import { MahallehError } from "../errors/MahallehError";
import type { LocalizedMessage } from "../errors/MahallehError";
import { persianDigits, persianDigitsInProse } from "../internal/chars";
import type { RejectedBallot } from "./Ballot";
import type { PlanningErrorCode } from "./errorCodes";

type Params = Readonly<Record<string, string | number>>;
type Entry = (p: Params) => LocalizedMessage;

const fa = (x: string | number): string => persianDigits(String(x));

/** Texts of thrown errors. */
const ERRORS: Readonly<Record<string, Entry>> = {
  notArray: (p) => ({ fa: `${p["what"]} باید آرایه باشد`, en: `${p["what"]} must be an array` }),
  noId: (p) => ({ fa: `ردیف ${fa(p["row"] as number)}: شناسه ندارد`, en: `Row ${p["row"]}: no id` }),
  duplicateId: (p) => ({ fa: `شناسهٔ «${p["id"]}» (ردیف ${fa(p["row"] as number)}) تکراری است`, en: `Id "${p["id"]}" (row ${p["row"]}) is repeated` }),
  badCost: (p) => ({
    fa: `ردیف ${fa(p["row"] as number)} («${p["id"]}»): هزینه باید مبلغی نامنفی به ریال درست باشد (${p["why"]})`,
    en: `Row ${p["row"]} ("${p["id"]}"): the cost must be a non-negative whole number of rials (${p["why"]})`,
  }),
  noCost: (p) => ({ fa: `ردیف ${fa(p["row"] as number)} («${p["id"]}»): هزینه ندارد`, en: `Row ${p["row"]} ("${p["id"]}"): no cost` }),
  badMoney: (p) => ({ fa: `${p["what"]} باید مبلغی نامنفی به ریال درست باشد`, en: `${p["what"]} must be a non-negative whole number of rials` }),
  badCount: (p) => ({
    fa: `ردیف ${fa(p["row"] as number)} («${p["id"]}»): ${p["what"]} باید عدد صحیح نامنفی باشد`,
    en: `Row ${p["row"]} ("${p["id"]}"): ${p["what"]} must be a non-negative integer`,
  }),
  badBenefit: (p) => ({
    fa: `ردیف ${fa(p["row"] as number)} («${p["id"]}»): منفعت باید عددی متناهی و نامنفی باشد`,
    en: `Row ${p["row"]} ("${p["id"]}"): the benefit must be a finite non-negative number`,
  }),
  unknownId: (p) => ({ fa: `${p["where"]}: شناسهٔ ناشناختهٔ «${p["id"]}»`, en: `${p["where"]}: unknown id "${p["id"]}"` }),
  unscored: (p) => ({
    fa: `ردیف ${fa(p["row"] as number)} («${p["id"]}»): محلهٔ «${p["unit"]}» در نتیجهٔ شاخص امتیاز ندارد`,
    en: `Row ${p["row"]} ("${p["id"]}"): neighbourhood "${p["unit"]}" has no score in the index result`,
  }),
  noNeighbourhood: (p) => ({
    fa: `ردیف ${fa(p["row"] as number)} («${p["id"]}»): برای سنجش نیاز، محله لازم است`,
    en: `Row ${p["row"]} ("${p["id"]}"): a neighbourhood is needed to weigh need`,
  }),
  negativeScore: (p) => ({
    fa: `امتیاز منفی «${p["unit"]}» را نمی‌توان نیاز گرفت؛ needFrom: "level" یا need صریح بدهید`,
    en: `The negative score of "${p["unit"]}" cannot be a need; use needFrom: "level" or an explicit need`,
  }),
  badShare: (p) => ({ fa: `${p["what"]} باید سهمی بین ۰ و ۱ با حداکثر ۶ رقم اعشار باشد`, en: `${p["what"]} must be a share within 0–1 with at most 6 decimals` }),
  badOption: (p) => ({ fa: `گزینهٔ ${p["what"]} نامعتبر است: ${p["fa"] ?? p["why"]}`, en: `Invalid option ${p["what"]}: ${p["why"]}` }),
  bothFundLists: (p) => ({
    fa: `«${p["id"]}» هم در فهرست الزامی و هم در فهرست ممنوع آمده است`,
    en: `"${p["id"]}" is both must-fund and must-not-fund`,
  }),
  badWeights: (p) => ({ fa: `وزن‌های ${p["what"]} نامعتبرند: ${p["fa"]}`, en: `Invalid ${p["what"]} weights: ${p["why"]}` }),
  floorsExceed: () => ({ fa: "جمع کف‌ها از کل بودجه بیشتر است", en: "The floors add up to more than the total" }),
  capsShort: () => ({ fa: "جمع سقف‌ها از کل بودجه کمتر است", en: "The caps add up to less than the total" }),
  floorAboveCap: (p) => ({ fa: `کف «${p["id"]}» از سقف آن بیشتر است`, en: `The floor of "${p["id"]}" is above its cap` }),
  tooLarge: () => ({
    fa: "مبالغ پس از تقسیم بر بزرگ‌ترین مقسوم‌علیه مشترک برای حل دقیق بیش از حد بزرگ‌اند (بیش از ۲^۵۳)",
    en: "After dividing by their greatest common divisor the amounts are too large to solve exactly (over 2^53)",
  }),
  solverLoad: () => ({ fa: "حل‌کنندهٔ HiGHS بارگذاری نشد", en: "The HiGHS solver could not be loaded" }),
  solverError: (p) => ({ fa: `حل‌کنندهٔ HiGHS خطا داد (وضعیت ${p["status"]})`, en: `The HiGHS solver reported an error (status ${p["status"]})` }),
  recheck: (p) => ({
    fa: `جواب حل‌کننده در بازشماری دقیق ریالی قید «${p["label"]}» را نقض کرد؛ لطفاً گزارش دهید`,
    en: `The solver's answer broke constraint "${p["label"]}" in the exact re-count in rials; please report it`,
  }),
};

/** Builds a thrown error from the table. */
export function planningError(code: PlanningErrorCode, key: keyof typeof ERRORS & string, params: Params = {}, details?: Readonly<Record<string, unknown>>): MahallehError {
  const entry = ERRORS[key] as Entry;
  const m = entry(params);
  return new MahallehError(code, { fa: persianDigitsInProse(m.fa), en: m.en }, { details: details ?? params });
}

/** Rejected-ballot reasons. */
export type BallotRejection = RejectedBallot["code"];

const BALLOTS: Readonly<Record<BallotRejection, Entry>> = {
  "missing-voter": () => ({ fa: "شناسهٔ رأی‌دهنده ندارد", en: "no voter id" }),
  "duplicate-voter": (p) => ({ fa: `رأی‌دهندهٔ «${p["voter"]}» پیش‌تر رأی داده است`, en: `voter "${p["voter"]}" has already voted` }),
  "unknown-project": (p) => ({ fa: `طرح ناشناختهٔ «${p["project"]}»`, en: `unknown project "${p["project"]}"` }),
  "duplicate-choice": (p) => ({ fa: `طرح «${p["project"]}» دو بار آمده است`, en: `project "${p["project"]}" appears twice` }),
  empty: () => ({ fa: "برگهٔ رأی خالی است", en: "empty ballot" }),
  "wrong-kind": (p) => ({ fa: `برگه برای روش ${p["method"]} نیست (${p["field"]} لازم است)`, en: `not a ${p["method"]} ballot (${p["field"]} is needed)` }),
  "too-many": (p) => ({ fa: `بیش از ${fa(p["max"] as number)} طرح برگزیده است`, en: `more than ${p["max"]} projects chosen` }),
  "bad-points": (p) => ({ fa: `امتیاز «${p["project"]}» عدد صحیح نامنفی نیست`, en: `the points of "${p["project"]}" are not a non-negative integer` }),
  "over-points": (p) => ({ fa: `جمع امتیازها (${fa(p["total"] as number)}) از ${fa(p["max"] as number)} بیشتر است`, en: `the points add up to ${p["total"]}, more than ${p["max"]}` }),
  "under-minimum": (p) => ({
    fa: `برگه کمتر از ${fa(p["percent"] as number)}٪ بودجه را تخصیص داده است`,
    en: `the ballot allocates less than ${p["percent"]}% of the budget`,
  }),
  "over-budget": () => ({ fa: "جمع هزینهٔ طرح‌های برگه از بودجه بیشتر است", en: "the projects on the ballot cost more than the budget" }),
};

/** The text of a rejected ballot's reason. */
export function ballotMessage(code: BallotRejection, params: Params = {}): LocalizedMessage {
  return BALLOTS[code](params);
}

/** Texts of the reasons a candidate was not chosen, and of constraint names. */
const REASONS: Readonly<Record<string, Entry>> = {
  "over-budget": (p) => ({
    fa: `هزینه‌اش (${fa(p["cost"] as string)} ریال) از باقی‌ماندهٔ بودجه (${fa(p["left"] as string)} ریال) بیشتر است و منفعت هر میلیارد ریالش (${fa(p["perBillion"] as string)}) در رتبهٔ ${fa(p["rank"] as number)} از ${fa(p["of"] as number)} است`,
    en: `its cost (${p["cost"]} rials) is more than the budget left (${p["left"]} rials), and its benefit per billion rials (${p["perBillion"]}) ranks ${p["rank"]} of ${p["of"]}`,
  }),
  constraint: (p) => ({ fa: `قید مانع است: ${p["fa"]}`, en: `blocked by: ${p["en"]}` }),
  "must-not-fund": () => ({ fa: "در فهرست ممنوع است", en: "on the must-not-fund list" }),
  "no-benefit": () => ({ fa: "منفعتی در هدف ندارد", en: "it adds nothing to the objective" }),
  "not-reached": () => ({
    fa: "حل‌کننده پیش از اثبات بهینگی به سقف زمان رسید و آن را برنگزید",
    en: "the solver reached its time limit before proving optimality and did not pick it",
  }),
  infeasible: () => ({ fa: "قیدها با هم ناسازگارند؛ هیچ سبدی ممکن نیست", en: "the constraints conflict; no portfolio is possible" }),
};

/** The text of a reason a candidate was left out. */
export function reasonMessage(code: string, params: Params = {}): LocalizedMessage {
  return (REASONS[code] as Entry)(params);
}

const KINDS: Readonly<Record<string, (key: string) => LocalizedMessage>> = {
  budget: () => ({ fa: "کل بودجه", en: "total budget" }),
  source: (k) => ({ fa: `سقف منبع «${k}»`, en: `limit of source "${k}"` }),
  "county-min": (k) => ({ fa: `کمینهٔ سهم شهرستان «${k}»`, en: `minimum share of county "${k}"` }),
  "county-max": (k) => ({ fa: `بیشینهٔ سهم شهرستان «${k}»`, en: `maximum share of county "${k}"` }),
  "type-count": (k) => ({ fa: `سقف شمار نوع «${k}»`, en: `cap on the number of "${k}"` }),
  "type-spend": (k) => ({ fa: `سقف هزینهٔ نوع «${k}»`, en: `cap on the spend on "${k}"` }),
  "target-group": (k) => ({ fa: `کمینهٔ سهم ذی‌نفعان «${k}»`, en: `minimum share of beneficiaries who are "${k}"` }),
  "must-fund": (k) => ({ fa: `الزام «${k}»`, en: `must fund "${k}"` }),
  "must-not-fund": (k) => ({ fa: `منع «${k}»`, en: `must not fund "${k}"` }),
  exclusive: (k) => ({ fa: `ناسازگاری ${k.replace("|", " و ")}`, en: `${k.replace("|", " and ")} are mutually exclusive` }),
  prerequisite: (k) => ({ fa: `پیش‌نیاز ${k.replace(">", " ← ")}`, en: `prerequisite ${k.replace(">", " needs ")}` }),
};

/** The name of a constraint label (`kind:key`) in both languages. */
export function constraintName(label: string): LocalizedMessage {
  const colon = label.indexOf(":");
  const kind = colon < 0 ? label : label.slice(0, colon);
  const key = colon < 0 ? "" : label.slice(colon + 1);
  const entry = KINDS[kind];
  return entry === undefined ? { fa: label, en: label } : entry(key);
}

/** Names of several constraints joined. */
export function constraintNames(labels: readonly string[]): LocalizedMessage {
  const names = labels.map(constraintName);
  return { fa: names.map((n) => n.fa).join("، "), en: names.map((n) => n.en).join(", ") };
}

/** Infeasibility summary. */
export function conflictMessage(labels: readonly string[]): LocalizedMessage {
  const names = constraintNames(labels);
  return { fa: `این قیدها با هم ناسازگارند: ${names.fa}`, en: `These constraints cannot all hold: ${names.en}` };
}
