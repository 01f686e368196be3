import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";

/**
 * The fields of an observation that {@link tableFromObservations} reads (the `models`
 * observation record has them).
 *
 * @category Composite index
 */
export interface ObservationLike {
  /** The neighbourhood observed. */
  readonly neighbourhoodId: string;
  /** The indicator observed. */
  readonly indicatorId: string;
  /** The period (e.g. the Jalali year `"1403"`). */
  readonly period: string;
  /** The value; `null` = missing. */
  readonly value: number | null;
}

/**
 * Options of {@link tableFromObservations}.
 *
 * @category Composite index
 */
export interface TableFromObservationsOptions {
  /** The period to take (required). */
  readonly period: string;
  /** Units in this order (and only these); default: every neighbourhood observed in the period, in first-seen order. */
  readonly ids?: readonly string[] | undefined;
  /** Neighbourhood id → group (e.g. county id), for group ranks and group-mean imputation. */
  readonly groupOf?: Readonly<Record<string, string>> | ((id: string) => string) | undefined;
  /** Indicators to keep; default: every indicator observed in the period, in first-seen order. */
  readonly indicators?: readonly string[] | undefined;
}

/**
 * Pivots long observations (`neighbourhoodId`, `indicatorId`, `period`, `value`) of one
 * period into a columnar {@link IndicatorTable} (`NaN` where no value was observed or the
 * value is `null`).
 *
 * @param observations - the observations (other periods are ignored)
 * @param options - the period, and optionally the unit order, groups and indicators
 * @returns the indicator table
 * @throws MahallehError `INDEX_PERIOD_NOT_FOUND` when no observation has the period,
 *   `INDEX_INVALID_TABLE` for a malformed observation, a value that is not a number or is
 *   infinite (a missing value is `null` or `NaN`), or two values for the same cell,
 *   `INDEX_INVALID_OPTIONS` for missing options
 * @example
 * ```ts
 * import { tableFromObservations } from "mahalleh/scoring";
 * const t = tableFromObservations([
 *   { neighbourhoodId: "n1", indicatorId: "unemployment", period: "1403", value: 14 },
 *   { neighbourhoodId: "n2", indicatorId: "unemployment", period: "1403", value: null },
 *   { neighbourhoodId: "n1", indicatorId: "unemployment", period: "1402", value: 16 },
 * ], { period: "1403", groupOf: { n1: "karaj", n2: "fardis" } });
 * t.ids; // => ["n1", "n2"]
 * t.groups; // => ["karaj", "fardis"]
 * Array.from(t.columns["unemployment"] ?? []); // => [14, NaN]
 * tableFromObservations([{ neighbourhoodId: "n1", indicatorId: "unemployment", period: "1403", value: Infinity }], { period: "1403" }); // throws INDEX_INVALID_TABLE
 * ```
 *
 * @category Composite index
 */
export function tableFromObservations(observations: readonly ObservationLike[], options: TableFromObservationsOptions): IndicatorTable {
  if (!Array.isArray(observations)) throw fail("INDEX_INVALID_TABLE", "مشاهده‌ها باید آرایه باشند", "observations must be an array");
  if (typeof options !== "object" || options === null || typeof options.period !== "string") {
    throw fail("INDEX_INVALID_OPTIONS", "دورهٔ زمانی (period) لازم است", "A period is required");
  }
  const { period } = options;
  const inPeriod = observations.filter((o) => typeof o === "object" && o !== null && o.period === period);
  if (inPeriod.length === 0) {
    const periods = [...new Set(observations.map((o) => o?.period))].filter((p) => typeof p === "string");
    throw fail("INDEX_PERIOD_NOT_FOUND", `برای دورهٔ «${period}» هیچ مشاهده‌ای نیست (دوره‌های موجود: ${periods.join("، ")})`, `No observation for period "${period}" (available: ${periods.join(", ")})`, {
      period,
      available: periods,
    });
  }
  const ids: string[] = options.ids === undefined ? [] : [...options.ids];
  const row = new Map<string, number>(ids.map((id, i) => [id, i]));
  const names: string[] = options.indicators === undefined ? [] : [...options.indicators];
  const fixedIds = options.ids !== undefined;
  const fixedNames = options.indicators !== undefined;
  for (const o of inPeriod) {
    if (typeof o.neighbourhoodId !== "string" || typeof o.indicatorId !== "string") {
      throw fail("INDEX_INVALID_TABLE", "مشاهده بدون شناسهٔ محله یا شاخص", "An observation lacks its neighbourhoodId or indicatorId");
    }
    if (!fixedIds && !row.has(o.neighbourhoodId)) {
      row.set(o.neighbourhoodId, ids.length);
      ids.push(o.neighbourhoodId);
    }
    if (!fixedNames && !names.includes(o.indicatorId)) names.push(o.indicatorId);
  }
  const n = ids.length;
  const byName = new Map<string, Float64Array>(names.map((name) => [name, new Float64Array(n).fill(Number.NaN)]));
  const seen = new Set<string>();
  for (const o of inPeriod) {
    const i = row.get(o.neighbourhoodId);
    const col = byName.get(o.indicatorId);
    if (i === undefined || col === undefined) continue;
    const key = `${o.neighbourhoodId}\u0000${o.indicatorId}`;
    if (seen.has(key)) {
      throw fail("INDEX_INVALID_TABLE", `برای محلهٔ «${o.neighbourhoodId}» و شاخص «${o.indicatorId}» در دورهٔ ${period} دو مقدار هست`, `Two values for neighbourhood "${o.neighbourhoodId}", indicator "${o.indicatorId}" in period ${period}`, {
        neighbourhoodId: o.neighbourhoodId,
        indicatorId: o.indicatorId,
      });
    }
    seen.add(key);
    const v = o.value;
    if (v !== null && typeof v !== "number") {
      throw fail("INDEX_INVALID_TABLE", `مقدار مشاهدهٔ «${o.neighbourhoodId}»/«${o.indicatorId}» عدد نیست`, `The value of "${o.neighbourhoodId}"/"${o.indicatorId}" is not a number`);
    }
    if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
      throw fail("INDEX_INVALID_TABLE", `مقدار مشاهدهٔ «${o.neighbourhoodId}»/«${o.indicatorId}» در دورهٔ ${period} بی‌نهایت است (${v > 0 ? "+" : "−"}∞)؛ برای مقدار گمشده null بگذارید`, `The value of "${o.neighbourhoodId}"/"${o.indicatorId}" in period ${period} is infinite (${String(v)}); use null for a missing value`, {
        neighbourhoodId: o.neighbourhoodId,
        indicatorId: o.indicatorId,
      });
    }
    // null and NaN are "not observed"
    col[i] = v === null ? Number.NaN : v;
  }
  const columns: Record<string, Float64Array> = {};
  for (const [name, col] of byName) Object.defineProperty(columns, name, { value: col, enumerable: true, writable: true, configurable: true });
  const groupOf = options.groupOf;
  if (groupOf === undefined) return { ids, columns };
  const groups = ids.map((id) => (typeof groupOf === "function" ? groupOf(id) : Object.hasOwn(groupOf, id) ? (groupOf[id] ?? "") : ""));
  return { ids, groups, columns };
}
