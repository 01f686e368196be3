/**
 * Private: an exact k-nearest-neighbour index (a k-d tree with a bounding box per node) over
 * points in a flat `Float64Array` (point r's coordinates at `r·p … r·p + p − 1`), for
 * {@link matchComparison}.
 *
 * Exactness: a point's squared distance is summed over the coordinates in order 0 … p − 1, and
 * a node's lower bound sums the per-coordinate gaps to its box in the same order. Rounding is
 * monotone, each gap is at most the point's own coordinate difference, so the bound never
 * exceeds the distance of any point inside, in floating point too: pruning a node whose bound
 * is strictly above the current k-th best (or the caliper) never loses a point brute force would
 * keep, ties included. Ties on the distance go to the lower point number.
 *
 * Points can be removed (matching without replacement): each node counts its live points and
 * the search skips empty nodes; boxes are not shrunk, so they stay valid (loose) bounds.
 */

/** The built index. */
export interface KdTree {
  /** Number of coordinates. */
  readonly p: number;
  /** Coordinates reordered so that each node covers a contiguous run `start[node] … end[node] − 1`. */
  readonly coords: Float64Array;
  /** Point number of each reordered slot. */
  readonly point: Int32Array;
  /** Slot of each point number. */
  readonly slot: Int32Array;
  /** Per node: first slot, one past the last slot, children (−1 for a leaf), parent. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly parent: Int32Array;
  /** Per node: split coordinate and value (children: left ≤ value ≤ right). */
  readonly splitDim: Int32Array;
  readonly splitValue: Float64Array;
  /** Per node: box, `lo[node·p + j]`, `hi[node·p + j]`. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Per node: live points below it. */
  readonly live: Int32Array;
  /** Leaf holding each point number. */
  readonly leafOf: Int32Array;
  /** Live flag per slot. */
  readonly alive: Uint8Array;
  /** Search stack (nodes and their lower bounds), reused by every search. */
  readonly stackNode: Int32Array;
  readonly stackBound: Float64Array;
}

const LEAF_SIZE = 24;

/** Builds the index over `n` points of `p` coordinates (the array is copied, not kept). */
export function buildKdTree(points: Float64Array, n: number, p: number): KdTree {
  // a split node holds more than LEAF_SIZE points and halves them, so every leaf holds at least
  // LEAF_SIZE / 2 points (or is the root): at most 2·⌈n / (LEAF_SIZE / 2)⌉ + 1 nodes
  const maxNodes = 2 * Math.ceil(n / (LEAF_SIZE / 2)) + 3;
  const start = new Int32Array(maxNodes);
  const end = new Int32Array(maxNodes);
  const left = new Int32Array(maxNodes).fill(-1);
  const right = new Int32Array(maxNodes).fill(-1);
  const parent = new Int32Array(maxNodes).fill(-1);
  const splitDim = new Int32Array(maxNodes);
  const splitValue = new Float64Array(maxNodes);
  const lo = new Float64Array(maxNodes * p);
  const hi = new Float64Array(maxNodes * p);
  const live = new Int32Array(maxNodes);
  const perm = new Int32Array(n);
  for (let r = 0; r < n; r++) perm[r] = r;
  const leafOf = new Int32Array(n);
  let nodes = 0;
  let depth = 0;
  const coord = (r: number, j: number): number => points[r * p + j] as number;
  // quickselect on perm[a … b) by (coordinate j, point number), so that perm[m] is the m-th
  // smallest and the slots before it hold smaller keys; keys copied to a scratch array
  const key = new Float64Array(n);
  const select = (a: number, b: number, m: number, j: number): void => {
    for (let s = a; s < b; s++) key[s] = points[(perm[s] as number) * p + j] as number;
    let lo2 = a;
    let hi2 = b - 1;
    while (hi2 > lo2) {
      const mid = (lo2 + hi2) >>> 1;
      const pk = key[mid] as number;
      const pr = perm[mid] as number;
      let i = lo2;
      let k = hi2;
      while (i <= k) {
        while ((key[i] as number) < pk || ((key[i] as number) === pk && (perm[i] as number) < pr)) i++;
        while (pk < (key[k] as number) || (pk === (key[k] as number) && pr < (perm[k] as number))) k--;
        if (i <= k) {
          const t = perm[i] as number;
          perm[i] = perm[k] as number;
          perm[k] = t;
          const u = key[i] as number;
          key[i] = key[k] as number;
          key[k] = u;
          i++;
          k--;
        }
      }
      if (m <= k) hi2 = k;
      else if (m >= i) lo2 = i;
      else return;
    }
  };
  const build = (a: number, b: number, up: number, level: number): number => {
    const node = nodes++;
    if (level > depth) depth = level;
    start[node] = a;
    end[node] = b;
    parent[node] = up;
    live[node] = b - a;
    let widest = 0;
    let width = -1;
    for (let j = 0; j < p; j++) {
      let mn = Number.POSITIVE_INFINITY;
      let mx = Number.NEGATIVE_INFINITY;
      for (let s = a; s < b; s++) {
        const v = coord(perm[s] as number, j);
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      lo[node * p + j] = mn;
      hi[node * p + j] = mx;
      if (mx - mn > width) {
        width = mx - mn;
        widest = j;
      }
    }
    if (b - a <= LEAF_SIZE || width <= 0) {
      for (let s = a; s < b; s++) leafOf[perm[s] as number] = node;
      return node;
    }
    const m = (a + b) >>> 1;
    select(a, b, m, widest);
    splitDim[node] = widest;
    splitValue[node] = coord(perm[m] as number, widest);
    left[node] = build(a, m, node, level + 1);
    right[node] = build(m, b, node, level + 1);
    return node;
  };
  if (n > 0) build(0, n, -1, 0);
  const coords = new Float64Array(n * p);
  const slot = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const r = perm[s] as number;
    slot[r] = s;
    for (let j = 0; j < p; j++) coords[s * p + j] = coord(r, j);
  }
  return { p, coords, point: perm, slot, start, end, left, right, parent, splitDim, splitValue, lo, hi, live, leafOf, alive: new Uint8Array(n).fill(1), stackNode: new Int32Array(depth + 2), stackBound: new Float64Array(depth + 2) };
}

/** Removes a point (by point number) from later searches. */
export function removePoint(tree: KdTree, r: number): void {
  const s = tree.slot[r] as number;
  if (tree.alive[s] === 0) return;
  tree.alive[s] = 0;
  for (let node = tree.leafOf[r] as number; node >= 0; node = tree.parent[node] as number) tree.live[node] = (tree.live[node] as number) - 1;
}

/**
 * The k nearest live points to `q` with squared distance ≤ `limit`, ordered by (distance,
 * point number), written to `bestD` (squared distances) and `bestI` (point numbers); returns
 * how many were found (≤ k).
 */
export function kNearest(tree: KdTree, q: Float64Array, k: number, limit: number, bestD: Float64Array, bestI: Int32Array): number {
  const { p, coords, point, start, end, left, right, lo, hi, live, alive } = tree;
  if (point.length === 0) return 0;
  let found = 0;
  let worst = limit;
  // depth-first with an explicit stack of (node, lower bound); the nearer child is pushed last
  // so it is searched first. A node's bound sums its box gaps in coordinate order (see above).
  const stackNode = tree.stackNode;
  const stackBound = tree.stackBound;
  let top = 0;
  stackNode[0] = 0;
  stackBound[0] = 0;
  top = 1;
  while (top > 0) {
    top--;
    const node = stackNode[top] as number;
    if ((stackBound[top] as number) > worst || (live[node] as number) === 0) continue;
    const l = left[node] as number;
    if (l < 0) {
      const e = end[node] as number;
      for (let s = start[node] as number; s < e; s++) {
        if (alive[s] === 0) continue;
        const base = s * p;
        let d = 0;
        let j = 0;
        for (; j < p; j++) {
          const diff = (coords[base + j] as number) - (q[j] as number);
          d += diff * diff;
          if (d > worst) break;
        }
        if (j < p) continue;
        const r = point[s] as number;
        if (found === k && d === worst && r > (bestI[k - 1] as number)) continue;
        let pos = found < k ? found : k - 1;
        while (pos > 0 && ((bestD[pos - 1] as number) > d || (bestD[pos - 1] === d && (bestI[pos - 1] as number) > r))) {
          bestD[pos] = bestD[pos - 1] as number;
          bestI[pos] = bestI[pos - 1] as number;
          pos--;
        }
        bestD[pos] = d;
        bestI[pos] = r;
        if (found < k) found++;
        if (found === k) worst = bestD[k - 1] as number;
      }
      continue;
    }
    const r2 = right[node] as number;
    // bounds of both children
    let dl = 0;
    let dr = 0;
    const bl = l * p;
    const br = r2 * p;
    for (let j = 0; j < p; j++) {
      const v = q[j] as number;
      const a = lo[bl + j] as number;
      const b = hi[bl + j] as number;
      const gl = v < a ? a - v : v > b ? v - b : 0;
      dl += gl * gl;
      const c = lo[br + j] as number;
      const e = hi[br + j] as number;
      const gr = v < c ? c - v : v > e ? v - e : 0;
      dr += gr * gr;
    }
    const leftFirst = dl <= dr;
    const farNode = leftFirst ? r2 : l;
    const farBound = leftFirst ? dr : dl;
    const nearBound = leftFirst ? dl : dr;
    if (farBound <= worst) {
      stackNode[top] = farNode;
      stackBound[top] = farBound;
      top++;
    }
    if (nearBound <= worst) {
      stackNode[top] = leftFirst ? l : r2;
      stackBound[top] = nearBound;
      top++;
    }
  }
  return found;
}

/** Whether any point, live or removed, lies within squared distance `limit` of `q`. */
export function kNearestAny(tree: KdTree, q: Float64Array, limit: number): boolean {
  const { p, coords, start, end, left, right, lo, hi, point } = tree;
  const within = (node: number): boolean => {
    let d = 0;
    const base = node * p;
    for (let j = 0; j < p; j++) {
      const v = q[j] as number;
      const a = lo[base + j] as number;
      const b = hi[base + j] as number;
      const gap = v < a ? a - v : v > b ? v - b : 0;
      d += gap * gap;
      if (d > limit) return false;
    }
    return true;
  };
  const visit = (node: number): boolean => {
    if (!within(node)) return false;
    const l = left[node] as number;
    if (l >= 0) return visit(l) || visit(right[node] as number);
    for (let s = start[node] as number; s < (end[node] as number); s++) {
      let d = 0;
      for (let j = 0; j < p; j++) {
        const diff = (coords[s * p + j] as number) - (q[j] as number);
        d += diff * diff;
      }
      if (d <= limit) return true;
    }
    return false;
  };
  return point.length > 0 && visit(0);
}
