/** Private: the ratio and benchmark normalisations (`fractionOfMax`, `distanceToReference`). */
import { fail } from "../internal/safe";
import type { Norm, PlanIndicator } from "./_plan";

/**
 * Normalises a prepared column in place (NaN stays NaN), oriented so that higher = more
 * deprived:
 * - `fractionOfMax`: direction 1 `x/max`, direction −1 `(max − x)/max`, to [lo, hi];
 * - `distanceToReference`: `(y − y_best)/(y_ref − y_best)` on y = direction·x, to lo + (hi − lo)·d
 *   (capped at hi with `cap`).
 * `min` and `max` are the column's range (NaN left out), as the caller has read it.
 */
export function normalizeMore(ind: PlanIndicator, norm: Norm, col: Float64Array, min: number, max: number): void {
  const n = col.length;
  const { lo, hi } = norm;
  const dir = ind.direction;
  if (norm.method === "fractionOfMax") {
    if (min < 0 || !(max > 0)) {
      const value = min < 0 ? min : max;
      throw fail(
        "INDEX_NONPOSITIVE_VALUE",
        `نرمال‌سازی نسبت به بیشینه مقدار نامنفی و بیشینهٔ مثبت لازم دارد اما شاخص «${ind.id}» مقدار ${value} دارد`,
        `fractionOfMax normalization needs values ≥ 0 and a positive largest value, but indicator "${ind.id}" has ${value}`,
        { indicator: ind.id, value },
      );
    }
    const span = hi - lo;
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v === v) col[i] = lo + span * (dir === 1 ? v / max : (max - v) / max);
    }
    return;
  }
  // distanceToReference, on oriented values y = dir·x: best = the least deprived value
  const ref = norm.reference;
  let yRef: number;
  if (ref === undefined || (ref.kind === "unit" && ref.index < 0)) {
    throw fail(
      "INDEX_BAD_REFERENCE",
      `مرجع نرمال‌سازی شاخص «${ind.id}» به واحدی از جدول بسته نشده است (واحد مرجع در گزینه‌های uncertainty پذیرفته نیست)`,
      `The reference of indicator "${ind.id}" is not bound to a unit of the table (a reference unit cannot be among uncertainty's alternatives)`,
      { indicator: ind.id },
    );
  }
  if (ref.kind === "unit") {
    const v = col[ref.index] as number;
    if (v !== v) {
      throw fail(
        "INDEX_BAD_REFERENCE",
        `واحد مرجع «${ref.id}» برای شاخص «${ind.id}» مقدار ندارد`,
        `The reference unit "${ref.id}" has no value for indicator "${ind.id}"`,
        { indicator: ind.id, unit: ref.id },
      );
    }
    yRef = dir * v;
  } else {
    const present: number[] = [];
    for (let i = 0; i < n; i++) if (col[i] === col[i]) present.push(dir * (col[i] as number));
    if (ref.kind === "mean") {
      let s = 0;
      for (const v of present) s += v;
      yRef = s / present.length;
    } else {
      present.sort((a, b) => a - b);
      const m = present.length;
      yRef = m % 2 === 1 ? (present[(m - 1) >> 1] as number) : ((present[m / 2 - 1] as number) + (present[m / 2] as number)) / 2;
    }
  }
  const best = dir === 1 ? min : -max;
  const span = yRef - best;
  if (!(span > 0)) {
    const unit = ref.kind === "unit" ? ref.id : ref.kind;
    throw fail(
      "INDEX_BAD_REFERENCE",
      `مرجع «${unit}» در شاخص «${ind.id}» کم‌محروم‌ترین مقدار است؛ فاصله‌ای برای مقیاس نیست`,
      `The reference "${unit}" is the least deprived value of indicator "${ind.id}": there is no distance to scale by`,
      { indicator: ind.id, unit },
    );
  }
  const scale = (hi - lo) / span;
  for (let i = 0; i < n; i++) {
    const v = col[i] as number;
    if (v !== v) continue;
    const out = lo + (dir * v - best) * scale;
    col[i] = norm.cap === true && out > hi ? hi : out;
  }
}
