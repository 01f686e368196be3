/**
 * Private: whether every id is a non-empty string and no two are equal, for the plan's id
 * check at national size. Each id is hashed (32-bit FNV-1a) into a typed array, the hashes
 * are sorted (LSD radix, 11-bit digits: sequential passes over small histograms), and only
 * the ids whose hash another id shares are compared as strings. At 1,000,000 ids this touches
 * memory in order, where a hash set touches a random slot per id and grows four times over.
 * False says only that the table is not plainly valid: the caller's exact check then finds
 * and names the first bad or repeated id.
 */
export function allUniqueIds(ids: readonly unknown[]): boolean {
  const n = ids.length;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== "string" || id.length === 0) return false;
    let h = 0x811c9dc5 | 0;
    for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 0x01000193);
    hashes[i] = h >>> 0;
  }
  if (n < 2) return true;
  const sorted = radixSort(hashes);
  // the hashes that more than one id has (about n²/2³³ of them: ~116 at a million ids)
  const shared = new Set<number>();
  for (let p = 1; p < n; p++) if (sorted[p] === sorted[p - 1]) shared.add(sorted[p] as number);
  if (shared.size === 0) return true;
  // a bitmap of the shared hashes' top 20 bits spares nearly every id the set lookup
  const bits = new Uint32Array(1 << 15);
  for (const h of shared) bits[h >>> 17]! |= 1 << ((h >>> 12) & 31);
  const seen = new Map<number, Set<string>>();
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    if (((bits[h >>> 17] as number) & (1 << ((h >>> 12) & 31))) === 0 || !shared.has(h)) continue;
    let strings = seen.get(h);
    if (strings === undefined) seen.set(h, (strings = new Set()));
    const id = ids[i] as string;
    if (strings.has(id)) return false;
    strings.add(id);
  }
  return true;
}

/** The values sorted ascending (a new array): three counting passes over 11, 11 and 10 bits. */
function radixSort(values: Uint32Array): Uint32Array {
  const n = values.length;
  const counts = new Uint32Array(3 * 2048);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    counts[v & 2047]!++;
    counts[2048 + ((v >>> 11) & 2047)]!++;
    counts[4096 + (v >>> 22)]!++;
  }
  const a = new Uint32Array(n);
  const b = new Uint32Array(n);
  // values → a → b → a: the input is never written
  scatter(values, a, counts, 0, 0);
  scatter(a, b, counts, 2048, 11);
  scatter(b, a, counts, 4096, 22);
  return a;
}

/** One counting pass on the 11-bit digit at `shift`, its counts at `base`. */
function scatter(src: Uint32Array, dst: Uint32Array, counts: Uint32Array, base: number, shift: number): void {
  let sum = 0;
  for (let d = 0; d < 2048; d++) {
    const c = counts[base + d] as number;
    counts[base + d] = sum;
    sum += c;
  }
  for (let i = 0; i < src.length; i++) {
    const v = src[i] as number;
    dst[counts[base + ((v >>> shift) & 2047)]!++] = v;
  }
}
