/**
 * Reading instants in an explicit IANA zone through cached `Intl.DateTimeFormat`s (private).
 * The host zone is never consulted.
 */
import { error } from "./_core";

/** The default zone of every instant conversion. */
export const TEHRAN = "Asia/Tehran";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: unknown): Intl.DateTimeFormat {
  let f = formatters.get(timeZone as string);
  if (f !== undefined) return f;
  try {
    if (typeof timeZone !== "string") throw 0;
    f = new Intl.DateTimeFormat("en-US", {
      // en-US: Gregorian calendar and Latin digits, "3/17/2025, 00:30:00".
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw error("JALALI_INVALID_TIME_ZONE", { timeZone: String(timeZone) });
  }
  formatters.set(timeZone, f);
  return f;
}

/**
 * The wall-clock time at instant `ms` in `timeZone`, as milliseconds of a UTC clock showing
 * the same fields (whole seconds).
 */
export function wallTime(ms: number, timeZone: unknown): number {
  const [month, day, year, hour, minute, second] = formatter(timeZone).format(ms).match(/\d+/g)!.map(Number) as number[];
  return Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
}

/**
 * The first instant of the civil day whose UTC midnight is `midnight`, in `timeZone`: the
 * earliest instant whose wall time is at or after midnight (01:00 on days whose midnight was
 * skipped by a DST change, as in Tehran before 1401).
 */
export function startOfDayIn(midnight: number, timeZone: unknown): number {
  const offsetAt = (ms: number): number => wallTime(ms, timeZone) - Math.floor(ms / 1000) * 1000;
  const before = midnight - offsetAt(midnight - 86_400_000);
  const after = midnight - offsetAt(midnight + 86_400_000);
  // At most one transition within a day: one of the two candidates is midnight, or neither
  // is (midnight skipped) and the day starts at the transition between them.
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  if (wallTime(lo, timeZone) === midnight) return lo;
  if (wallTime(hi, timeZone) === midnight) return hi;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallTime(mid, timeZone) >= midnight) hi = mid;
    else lo = mid;
  }
  return hi;
}
