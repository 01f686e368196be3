/**
 * Working-day counts in O(1) per pair: a prefix count of working days per day number, built
 * once per calendar over the span asked for (and widened by a year each side when a later
 * question falls outside), cached per calendar object.
 *
 * `between(a, b)` means exactly what `WorkCalendar.workingDaysBetween` means for day
 * numbers: the working days `d` with `a < d ≤ b`, or minus those with `b ≤ d < a`.
 */
import { createWorkCalendar } from "../jalali/createWorkCalendar";
import type { WorkCalendar } from "../jalali/createWorkCalendar";
import { fromDayNumber } from "../jalali/fromDayNumber";
import { toDayNumber } from "../jalali/toDayNumber";

/** Working-day arithmetic on day numbers. */
export interface WorkdayCounter {
  /** Working days in `(a, b]`, or minus those in `[b, a)` if `b < a`. */
  readonly between: (a: number, b: number) => number;
  /** Whether day number `n` is a working day. */
  readonly isWorking: (n: number) => boolean;
}

const CACHE = new WeakMap<WorkCalendar, WorkdayCounter>();
let defaultCalendar: WorkCalendar | undefined;

/** The default calendar: Friday weekend and the solar holidays, no lunar holidays. */
export function defaultWorkCalendar(): WorkCalendar {
  return (defaultCalendar ??= createWorkCalendar());
}

let bounds: readonly [number, number] | undefined;
function dayBounds(): readonly [number, number] {
  return (bounds ??= [toDayNumber({ year: -61, month: 1, day: 1 }), toDayNumber({ year: 3177, month: 12, day: 29 })]);
}

/** The counter of `calendar` (built on first use, then cached). */
export function workdayCounter(calendar: WorkCalendar): WorkdayCounter {
  const cached = CACHE.get(calendar);
  if (cached !== undefined) return cached;
  let base = 0;
  let end = -1; // days base … end are covered
  // prefix[k] = working days among base … base + k − 1
  let prefix = new Int32Array(1);
  const build = (lo: number, hi: number): void => {
    const [min, max] = dayBounds();
    lo = Math.max(min, Math.min(lo, end >= base ? base : lo) - 366);
    hi = Math.min(max, Math.max(hi, end >= base ? end : hi) + 366);
    const next = new Int32Array(hi - lo + 2);
    for (let n = lo, k = 0; n <= hi; n++, k++) next[k + 1] = next[k]! + (calendar.isWorkingDay(fromDayNumber(n)) ? 1 : 0);
    base = lo;
    end = hi;
    prefix = next;
  };
  const ensure = (a: number, b: number): void => {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (lo < base || hi > end) build(lo, hi);
  };
  const counter: WorkdayCounter = {
    between: (a, b) => {
      ensure(a, b);
      return a <= b ? prefix[b + 1 - base]! - prefix[a + 1 - base]! : -(prefix[a - base]! - prefix[b - base]!);
    },
    isWorking: (n) => {
      ensure(n, n);
      return prefix[n + 1 - base]! - prefix[n - base]! === 1;
    },
  };
  CACHE.set(calendar, counter);
  return counter;
}
