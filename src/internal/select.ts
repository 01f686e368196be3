/**
 * Private (shared by modules): selection in place, for medians and percentiles without a full
 * sort — `uncertainty`'s rank percentiles and the charts' dimension medians.
 */

/** Moves the t-th smallest of a[left…right] to position t, smaller ones before it and larger after (Hoare quickselect, median-of-three pivot). */
export function select(a: Float64Array, left: number, right: number, t: number): void {
  let l = left;
  let r = right;
  while (r > l) {
    if (r - l < 16) {
      for (let p = l + 1; p <= r; p++) {
        const v = a[p] as number;
        let q = p - 1;
        while (q >= l && (a[q] as number) > v) {
          a[q + 1] = a[q] as number;
          q--;
        }
        a[q + 1] = v;
      }
      return;
    }
    const x = a[l] as number;
    const y = a[(l + r) >>> 1] as number;
    const z = a[r] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = l;
    let j = r;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const s = a[i] as number;
        a[i] = a[j] as number;
        a[j] = s;
        i++;
        j--;
      }
    }
    if (t <= j) r = j;
    else if (t >= i) l = i;
    else return;
  }
}
