/**
 * The `p`-quantile of sorted numbers by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and numpy); `null` for none.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
}
