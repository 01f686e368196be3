/**
 * Private: hierarchies deeper than indicator → dimension → index.
 *
 * A dimension may name a `parent` dimension. The dimensions that are somebody's parent are
 * the *upper* nodes; the others are the *leaf* dimensions, which hold the indicators (they are
 * `plan.dims`, so the two-level engine is unchanged). Levels are numbered as in COINr's
 * `iMeta`: 1 = indicators, 2 = leaf dimensions, 3 = their parents, …, and the index above the
 * top. Every leaf must sit at the same depth (COINr: each element's parent is one level up).
 */
import { fail } from "../internal/safe";
import type { AggregationMethod, IndexDimensionSpec, IndexIndicatorSpec, IndexSpec } from "./IndexSpec";
import type { Agg, Plan } from "./_plan";
import { aggregateInto, normalizeWeights, type AggBuffers } from "./_engine";

/**
 * The resolved levels above the leaf dimensions. Nodes are numbered leaves first
 * (0 … L − 1, the order of `plan.dims`), then the upper nodes (L + k for `ids[k]`).
 */
export interface Hierarchy {
  /** Number of dimension levels (≥ 2; a flat spec has no Hierarchy). */
  readonly depth: number;
  /** Upper nodes, ordered by level (bottom up), then as declared. */
  readonly ids: readonly string[];
  /** Raw (manual) weight of each upper node within its parent. */
  readonly weights: readonly number[];
  /** Level of each upper node (3 = parents of the leaf dimensions). */
  readonly level: readonly number[];
  /** Parent node of every node (leaves, then upper nodes); −1 = the index. */
  readonly parent: Int32Array;
  /** Child nodes of each upper node. */
  readonly children: readonly (readonly number[])[];
  /** Nodes aggregated into the index. */
  readonly roots: readonly number[];
  /** Aggregation per dimension level, bottom up: [0] leaves → parents, …, [depth − 1] top → index. */
  readonly aggs: readonly Agg[];
}

/** A declared dimension, as read by `makePlan`. */
export interface DeclaredDimension {
  readonly id: string;
  readonly weight: number;
  readonly parent: string | undefined;
}

const mismatch = (fa: string, en: string, details: Record<string, unknown>): Error => fail("INDEX_HIERARCHY_MISMATCH", fa, en, details);

/** Whether the declared dimensions form a hierarchy (some dimension names a parent). */
export function isHierarchical(dimensions: readonly DeclaredDimension[]): boolean {
  return dimensions.some((d) => d.parent !== undefined);
}

/** Whether a spec's dimensions form a hierarchy. */
export function specIsHierarchical(spec: IndexSpec): boolean {
  return Array.isArray(spec.dimensions) && spec.dimensions.some((d) => typeof d === "object" && d !== null && d.parent !== undefined);
}

/** Reads and checks a dimension's `parent` field. */
export function readParent(d: { readonly id: string; readonly parent?: unknown }): string | undefined {
  const p = d.parent;
  if (p === undefined) return undefined;
  if (typeof p !== "string" || p.length === 0) {
    throw fail("INDEX_INVALID_SPEC", `والد بعد «${d.id}» باید شناسهٔ یک بعد باشد`, `The parent of dimension "${d.id}" must be a dimension id`, { dimension: d.id });
  }
  return p;
}

/**
 * Splits declared dimensions into leaves (returned in declared order) and upper nodes, and
 * checks the tree: every parent declared, no cycle, every leaf at the same depth.
 * Aggregations are filled in later by {@link withAggregations}.
 */
export function buildHierarchy(declared: readonly DeclaredDimension[]): { leaves: DeclaredDimension[]; shape: Omit<Hierarchy, "aggs"> } {
  const byId = new Map(declared.map((d) => [d.id, d]));
  for (const d of declared) {
    if (d.parent !== undefined && !byId.has(d.parent)) {
      throw fail("INDEX_UNKNOWN_DIMENSION", `والد «${d.parent}» بعد «${d.id}» تعریف نشده است`, `Parent "${d.parent}" of dimension "${d.id}" is not declared`, {
        dimension: d.id,
        parent: d.parent,
      });
    }
  }
  // cycles: walk up from every node; a node met twice on one walk closes a cycle
  for (const d of declared) {
    const path: string[] = [d.id];
    let p = d.parent;
    while (p !== undefined) {
      const at = path.indexOf(p);
      if (at >= 0) {
        const cycle = [...path.slice(at), p];
        throw fail("INDEX_HIERARCHY_CYCLE", `بعدها چرخه دارند: ${cycle.join(" ← ")}`, `The dimensions form a cycle: ${cycle.join(" → ")}`, { dimension: p, cycle });
      }
      path.push(p);
      p = byId.get(p)?.parent;
    }
  }
  const parents = new Set(declared.flatMap((d) => (d.parent === undefined ? [] : [d.parent])));
  const leaves = declared.filter((d) => !parents.has(d.id));
  const depthOf = (d: DeclaredDimension): number => {
    let depth = 1;
    for (let p = d.parent; p !== undefined; p = byId.get(p)?.parent) depth++;
    return depth;
  };
  const first = leaves[0] as DeclaredDimension;
  const depth = depthOf(first);
  for (const leaf of leaves) {
    const dl = depthOf(leaf);
    if (dl !== depth) {
      throw mismatch(`بعد «${leaf.id}» ${dl} سطح زیر شاخص کل است و «${first.id}» ${depth} سطح`, `Dimension "${leaf.id}" is ${dl} levels below the index, "${first.id}" ${depth}`, {
        dimension: leaf.id,
        depth: dl,
        expected: depth,
      });
    }
  }
  // upper nodes by level (3 = parents of leaves), then in declared order
  const levelOf = new Map<string, number>();
  for (const leaf of leaves) {
    let level = 3;
    for (let p = leaf.parent; p !== undefined; p = byId.get(p)?.parent) levelOf.set(p, level++);
  }
  const upper = declared.filter((d) => parents.has(d.id)).sort((a, b) => (levelOf.get(a.id) as number) - (levelOf.get(b.id) as number));
  const L = leaves.length;
  const index = new Map(upper.map((d, k) => [d.id, L + k]));
  const parent = Int32Array.from([...leaves, ...upper], (d) => (d.parent === undefined ? -1 : (index.get(d.parent) as number)));
  const children: number[][] = upper.map(() => []);
  const roots: number[] = [];
  parent.forEach((p, node) => (p < 0 ? roots : (children[p - L] as number[])).push(node));
  return {
    leaves,
    shape: { depth, ids: upper.map((d) => d.id), weights: upper.map((d) => d.weight), level: upper.map((d) => levelOf.get(d.id) as number), parent, children, roots },
  };
}

/** The refusal of an indicator attached to an upper (non-leaf) dimension. */
export function indicatorOnUpper(indicator: string, dimension: string): Error {
  return mismatch(`شاخص «${indicator}» به «${dimension}» بسته شده که زیربعد دارد`, `Indicator "${indicator}" is attached to "${dimension}", a dimension with child dimensions`, { indicator, dimension });
}

/**
 * The aggregation of each dimension level, bottom up. `perLevel` (COINr's `f_ag` vector) has
 * one method per aggregation step including indicators → leaf dimensions; otherwise `dims`
 * applies to every level above the indicators.
 */
export function levelAggregations(
  depth: number,
  dims: Agg,
  perLevel: readonly AggregationMethod[] | undefined,
  resolve: (m: AggregationMethod | undefined) => Agg,
): { indicators: Agg | undefined; levels: Agg[] } {
  if (perLevel === undefined) return { indicators: undefined, levels: Array.from({ length: depth }, () => dims) };
  if (!Array.isArray(perLevel) || perLevel.length !== depth + 1) {
    throw mismatch(`aggregation.perLevel باید ${depth + 1} روش داشته باشد`, `aggregation.perLevel must have ${depth + 1} methods`, {
      expected: depth + 1,
      got: Array.isArray(perLevel) ? perLevel.length : null,
    });
  }
  const all = perLevel.map(resolve);
  return { indicators: all[0] as Agg, levels: all.slice(1) };
}

/** Adds the per-level aggregations to a hierarchy shape. */
export function withAggregations(shape: Omit<Hierarchy, "aggs">, aggs: readonly Agg[]): Hierarchy {
  return { ...shape, aggs };
}

/**
 * Weights normalised among siblings: each leaf dimension within its parent, each upper node
 * within its parent (or among the roots). `upperRaw` replaces the declared weights of the
 * upper nodes (AHP priorities).
 */
export function hierarchyWeights(h: Hierarchy, leafRaw: ArrayLike<number>, upperRaw: readonly number[] = h.weights): { leaf: Float64Array; upper: Float64Array } {
  const L = leafRaw.length;
  const raw = [...Array.from(leafRaw), ...upperRaw];
  const all = new Float64Array(raw.length);
  const share = (kids: readonly number[], fa: string, en: string): void => {
    const w = normalizeWeights(
      kids.map((c) => raw[c] as number),
      { fa, en },
    );
    kids.forEach((c, q) => (all[c] = w[q] as number));
  };
  h.children.forEach((kids, k) => share(kids, `زیربعدهای «${h.ids[k]}»`, `the children of "${h.ids[k]}"`));
  share(h.roots, "ابعاد", "the dimensions");
  return { leaf: all.slice(0, L), upper: all.slice(L) };
}

/**
 * Aggregates the leaf dimension scores level by level into `scores`; returns the scores of
 * the upper nodes (in `h.ids` order). Missing values are reweighted at every level, as in
 * the two-level index.
 */
export function aggregateHierarchy(plan: Plan, h: Hierarchy, leafScores: readonly Float64Array[], weights: { dimension: Float64Array; upper: Float64Array }, buf: AggBuffers, scores: Float64Array): Float64Array[] {
  const n = plan.n;
  const upper = h.ids.map(() => new Float64Array(n));
  const cols = [...leafScores, ...upper];
  const w = [...weights.dimension, ...weights.upper];
  const names = [...plan.dims, ...h.ids];
  const step = (kids: readonly number[], agg: Agg, out: Float64Array): void =>
    aggregateInto(
      n,
      kids.length,
      (q) => cols[kids[q] as number] as Float64Array,
      kids.map((c) => w[c] as number),
      agg,
      plan.normalization,
      out,
      buf,
      (q) => names[kids[q] as number] as string,
    );
  // ids are ordered by level, so children are always done before their parent
  h.children.forEach((kids, k) => step(kids, h.aggs[(h.level[k] as number) - 3] as Agg, upper[k] as Float64Array));
  step(h.roots, h.aggs[h.depth - 1] as Agg, scores);
  return upper;
}

/**
 * Each leaf dimension's share of unit i's score along its path, with the weights
 * renormalised over the nodes the unit has a value for at every level (0 where it has none).
 */
export function leafShares(h: Hierarchy, leafScores: readonly Float64Array[], upperScores: readonly Float64Array[], weights: { dimension: Float64Array; upper: Float64Array }, i: number, out: Float64Array): void {
  const L = leafScores.length;
  const cols = [...leafScores, ...upperScores];
  const w = [...weights.dimension, ...weights.upper];
  const share = new Float64Array(cols.length);
  const split = (kids: readonly number[], of: number): void => {
    const present = (c: number): boolean => (cols[c] as Float64Array)[i] === (cols[c] as Float64Array)[i];
    let sum = 0;
    for (const c of kids) if (present(c)) sum += w[c] as number;
    for (const c of kids) share[c] = present(c) ? (of * (w[c] as number)) / sum : 0;
  };
  split(h.roots, 1);
  // top down: ids are ordered bottom up
  for (let k = h.ids.length - 1; k >= 0; k--) split(h.children[k] as readonly number[], share[L + k] as number);
  out.set(share.subarray(0, L));
}

/** One step of a dimension's path up to the index. */
export interface PathStep {
  readonly id: string;
  readonly weight: number;
}

/** The path of leaf dimension d up to the index, with each node's weight within its parent. */
export function pathOf(plan: Plan, weights: { dimension: Float64Array; upper: Float64Array | null }, d: number): PathStep[] {
  const path: PathStep[] = [{ id: plan.dims[d] as string, weight: weights.dimension[d] as number }];
  const h = plan.hierarchy;
  if (h === null || weights.upper === null) return path;
  const L = plan.dims.length;
  for (let p = h.parent[d] as number; p >= 0; p = h.parent[p] as number) path.push({ id: h.ids[p - L] as string, weight: weights.upper[p - L] as number });
  return path;
}

/**
 * The dimensions a spec still needs once only `indicators` remain: the leaf dimensions that
 * keep an indicator and their ancestors (an emptied branch is dropped whole).
 */
export function pruneDimensions(dimensions: readonly IndexDimensionSpec[], indicators: readonly IndexIndicatorSpec[]): IndexDimensionSpec[] {
  const byId = new Map(dimensions.map((d) => [d.id, d]));
  const keep = new Set<string>();
  for (const ind of indicators) {
    for (let id: string | undefined = ind.dimension; id !== undefined && !keep.has(id); id = byId.get(id)?.parent) keep.add(id);
  }
  return dimensions.filter((d) => keep.has(d.id));
}

/** Ids of a dimension and everything below it. */
export function subtree(dimensions: readonly IndexDimensionSpec[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of dimensions) {
      if (d.parent !== undefined && out.has(d.parent) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return out;
}
