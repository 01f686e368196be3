import { RULE_TEXT, STATUS_LABELS, invalid } from "./_messages";
import type { IndexOverTimeResult } from "./computeIndexOverTime";

/**
 * A unit's place in the programme: `"none"` (خارج از برنامه), `"candidate"` (نامزد),
 * `"target"` (محلهٔ هدف) or `"graduated"` (ارتقایافته).
 *
 * @category Designation
 */
export type DesignationStatus = "none" | "candidate" | "target" | "graduated";

/**
 * The rule that moved (or held) a unit in a period.
 *
 * @category Designation
 */
export type DesignationRule =
  | "entered-candidacy"
  | "designated"
  | "candidacy-lapsed"
  | "graduation-pending"
  | "graduated"
  | "reentry-pending"
  | "redesignated"
  | "no-data";

/**
 * Entry and exit rules, as data. A unit meets the entry condition in a period when its level
 * is at most `enter.level` and/or its score is at least `enter.score` (both when both are
 * given); it meets the graduation condition when its level is at least `graduate.level`
 * and/or its score is below `graduate.score`. The gap between the two conditions is the
 * hysteresis band: a unit inside it neither enters nor graduates, so it does not flip every
 * period. Without `reenter`, a graduated unit stays graduated; with it, a graduated unit that
 * meets the re-entry condition for `reenter.periods` periods in a row becomes a target again
 * (and may graduate again under `graduate`). The re-entry condition must keep the same gap to
 * the graduation condition as the entry condition does.
 *
 * @category Designation
 */
export interface DesignationRules {
  /** Entry: level ≤ `level`, score ≥ `score`, for `periods` in a row (default 2). */
  readonly enter: {
    /** Enter at this level or a more deprived one (level 1 = most deprived). */
    readonly level?: number | undefined;
    /** Enter at this score or above. */
    readonly score?: number | undefined;
    /** Periods in a row. Default 2. */
    readonly periods?: number | undefined;
  };
  /** Graduation: level ≥ `level`, score < `score`, for `periods` in a row (default 2). */
  readonly graduate: {
    /** Graduate at this level or a less deprived one. */
    readonly level?: number | undefined;
    /** Graduate below this score. */
    readonly score?: number | undefined;
    /** Periods in a row. Default 2. */
    readonly periods?: number | undefined;
  };
  /**
   * Re-entry of graduated units: level ≤ `level`, score ≥ `score`, for `periods` in a row
   * (default 2) makes a graduated unit a target again. Default: none (graduation is final).
   */
  readonly reenter?:
    | {
        /** Re-enter at this level or a more deprived one. */
        readonly level?: number | undefined;
        /** Re-enter at this score or above. */
        readonly score?: number | undefined;
        /** Periods in a row. Default 2. */
        readonly periods?: number | undefined;
      }
    | undefined;
  /** Status of units before the first period (e.g. already-designated targets); default `"none"`. */
  readonly initial?: Readonly<Record<string, DesignationStatus>> | undefined;
}

/**
 * One period of a unit's status history.
 *
 * @category Designation
 */
export interface DesignationStep {
  /** The period. */
  readonly period: string;
  /** Status at the end of the period. */
  readonly status: DesignationStatus;
  /** The status in Persian and English. */
  readonly label: {
    /** Persian. */
    readonly fa: string;
    /** English. */
    readonly en: string;
  };
  /** The rule that fired, `null` when nothing happened. */
  readonly rule: DesignationRule | null;
  /** Why, in Persian and English; `null` when no rule fired. */
  readonly reason: {
    /** Persian. */
    readonly fa: string;
    /** English. */
    readonly en: string;
  } | null;
}

/**
 * The result of {@link designation}.
 *
 * @category Designation
 */
export interface DesignationResult {
  /** The periods. */
  readonly periods: readonly string[];
  /** Each unit's history, in the order of the index result. */
  readonly units: readonly {
    /** Unit id. */
    readonly id: string;
    /** One step per period. */
    readonly history: readonly DesignationStep[];
    /** Status after the last period. */
    readonly status: DesignationStatus;
  }[];
  /** Number of units in each status, per period. */
  readonly counts: readonly Readonly<Record<DesignationStatus, number>>[];
}

const checkPeriods = (p: number | undefined): number => {
  const v = p ?? 2;
  if (!Number.isInteger(v) || v < 1) throw invalid("شمار دوره‌های پیاپی باید عدد صحیح مثبت باشد", "periods must be a positive integer");
  return v;
};

/**
 * Applies entry and graduation rules over the periods of {@link computeIndexOverTime}: a
 * unit meeting the entry condition becomes a candidate (نامزد), a target (محلهٔ هدف) after
 * `enter.periods` periods in a row, and graduates (ارتقایافته) after `graduate.periods`
 * periods in a row meeting the graduation condition; a candidate that stops meeting the
 * entry condition goes back to none; a graduated unit stays graduated unless `rules.reenter`
 * is given, in which case it becomes a target again after `reenter.periods` periods in a row
 * meeting the re-entry condition. Each step records the
 * rule that fired with its reason in both languages. A period without a score changes
 * nothing (rule `"no-data"`).
 *
 * @param results - a {@link computeIndexOverTime} result
 * @param rules - see {@link DesignationRules}
 * @returns each unit's status history and the counts per period
 * @throws MahallehError `EVALUATION_INVALID_INPUT` for rules without a condition, or whose
 *   entry (or re-entry) and graduation conditions overlap (no hysteresis: a graduation level
 *   not above the entry level, or a graduation score above the entry score)
 * @example
 * ```ts
 * import { computeIndexOverTime, designation } from "mahalleh/evaluation";
 * const obs = (id: string, period: string, value: number) => ({ neighbourhoodId: id, indicatorId: "u", period, value });
 * const series = { a: [30, 28, 10, 8], b: [22, 12, 22, 12] }; // unemployment; "ref" is a unit at 0
 * const r = computeIndexOverTime(
 *   Object.entries(series).flatMap(([id, v]) => v.map((x, s) => obs(id, String(1400 + s), x))).concat([0, 1, 2, 3].map((s) => obs("ref", String(1400 + s), 0))),
 *   { indicators: [{ id: "u", dimension: "work", direction: 1 }], normalization: "goalposts", levels: { method: "fixed", thresholds: [40, 70] } },
 *   { periods: ["1400", "1401", "1402", "1403"], goalposts: "pooled" },
 * );
 * const d = designation(r, { enter: { level: 1, periods: 2 }, graduate: { level: 3, periods: 2 } });
 * d.units[0]?.history.map((h) => h.status); // => ["candidate", "target", "target", "graduated"]
 * d.units[0]?.history.map((h) => h.label.fa); // => ["نامزد", "محلهٔ هدف", "محلهٔ هدف", "ارتقایافته"]
 * // b swings between levels 1 and 2: it never stays long enough to be designated
 * d.units[1]?.history.map((h) => h.status); // => ["candidate", "none", "candidate", "none"]
 * d.units[0]?.history[3]?.reason?.en; // => "graduation condition met 2 periods in a row: graduated"
 * ```
 *
 * @category Designation
 */
export function designation(results: IndexOverTimeResult, rules: DesignationRules): DesignationResult {
  if (typeof results !== "object" || results === null || !Array.isArray(results.byPeriod) || !Array.isArray(results.ids)) {
    throw invalid("ورودی باید نتیجهٔ computeIndexOverTime باشد", "results must come from computeIndexOverTime");
  }
  if (typeof rules !== "object" || rules === null || typeof rules.enter !== "object" || typeof rules.graduate !== "object") {
    throw invalid("قواعد ورود و ارتقا لازم‌اند", "rules.enter and rules.graduate are required");
  }
  const { enter, graduate } = rules;
  if (enter.level === undefined && enter.score === undefined) throw invalid("شرط ورود تهی است", "the entry rule needs a level or a score");
  if (graduate.level === undefined && graduate.score === undefined) throw invalid("شرط ارتقا تهی است", "the graduation rule needs a level or a score");
  const reenter = rules.reenter;
  if (reenter !== undefined && (typeof reenter !== "object" || reenter === null || (reenter.level === undefined && reenter.score === undefined))) {
    throw invalid("شرط بازگشت تهی است", "the re-entry rule needs a level or a score");
  }
  for (const [rule, fa, en] of [
    [enter, "ورود", "entry"],
    [reenter, "بازگشت", "re-entry"],
  ] as const) {
    if (rule === undefined) continue;
    if (rule.level !== undefined && graduate.level !== undefined && !(graduate.level > rule.level)) {
      throw invalid(`سطح ارتقا باید بالاتر از سطح ${fa} باشد`, `the graduation level must be above the ${en} level (hysteresis)`);
    }
    if (rule.score !== undefined && graduate.score !== undefined && !(graduate.score <= rule.score)) {
      throw invalid(`امتیاز ارتقا باید کمتر از امتیاز ${fa} باشد`, `the graduation score must not exceed the ${en} score (hysteresis)`);
    }
  }
  const needEnter = checkPeriods(enter.periods);
  const needGraduate = checkPeriods(graduate.periods);
  const needReenter = reenter === undefined ? 0 : checkPeriods(reenter.periods);
  const entryMet = (score: number, level: number): boolean =>
    (enter.level === undefined || level <= enter.level) && (enter.score === undefined || score >= enter.score);
  const reentryMet = (score: number, level: number): boolean =>
    reenter !== undefined && (reenter.level === undefined || level <= reenter.level) && (reenter.score === undefined || score >= reenter.score);
  const graduationMet = (score: number, level: number): boolean =>
    (graduate.level === undefined || level >= graduate.level) && (graduate.score === undefined || score < graduate.score);
  const counts = results.byPeriod.map(() => ({ none: 0, candidate: 0, target: 0, graduated: 0 }));
  const units = results.ids.map((id, i) => {
    let status: DesignationStatus = rules.initial !== undefined && Object.hasOwn(rules.initial, id) ? (rules.initial[id] as DesignationStatus) : "none";
    let entered = 0;
    let graduating = 0;
    let returning = 0;
    const history: DesignationStep[] = results.byPeriod.map((p, s) => {
      const score = p.scores[i] as number;
      const level = p.levels[i] as number;
      let rule: DesignationRule | null = null;
      let params: Record<string, number> = {};
      if (score !== score) rule = "no-data";
      else if (status === "none" || status === "candidate") {
        if (entryMet(score, level)) {
          entered++;
          params = { needed: needEnter };
          if (entered >= needEnter) {
            status = "target";
            rule = "designated";
            graduating = 0;
          } else if (status === "none") {
            status = "candidate";
            rule = "entered-candidacy";
          }
        } else {
          if (status === "candidate") rule = "candidacy-lapsed";
          status = "none";
          entered = 0;
        }
      } else if (status === "target") {
        if (graduationMet(score, level)) {
          graduating++;
          params = { count: graduating, needed: needGraduate };
          if (graduating >= needGraduate) {
            status = "graduated";
            rule = "graduated";
          } else rule = "graduation-pending";
        } else graduating = 0;
      } else if (status === "graduated" && reenter !== undefined) {
        if (reentryMet(score, level)) {
          returning++;
          params = { count: returning, needed: needReenter };
          if (returning >= needReenter) {
            status = "target";
            rule = "redesignated";
            returning = 0;
            graduating = 0;
          } else rule = "reentry-pending";
        } else returning = 0;
      }
      counts[s]![status]++;
      return { period: p.period, status, label: STATUS_LABELS[status], rule, reason: rule === null ? null : RULE_TEXT[rule](params) };
    });
    return { id, history, status };
  });
  return { periods: [...results.periods], units, counts };
}
