/**
 * Private: AHP weights for every group of siblings of the index tree — the dimensions
 * aggregated into the index, the child dimensions of each upper dimension, the indicators of
 * each leaf dimension — one pairwise comparison matrix per group.
 */
import { fail } from "../internal/safe";
import { ahp, type AhpResult } from "./ahp";
import type { WeightingSpec } from "./IndexSpec";
import type { Plan } from "./_plan";

type AhpWeighting = Extract<WeightingSpec, { readonly method: "ahp" }>;
type Matrix = readonly (readonly number[])[];

/** One group of siblings weighed by a pairwise comparison matrix. */
export interface AhpTreeGroup {
  /** The node whose children were compared: a dimension id, or null for the index. */
  readonly parent: string | null;
  /** What the matrix compares. */
  readonly compares: "dimensions" | "indicators";
  /** The compared elements, in matrix order. */
  readonly members: string[];
  /** The AHP result of the group's matrix. */
  readonly result: AhpResult;
}

/** Groups of sibling dimensions, top down: the index's children, then each upper dimension's (by level, top first). */
function dimensionGroups(plan: Plan): { parent: string | null; kids: number[] }[] {
  const h = plan.hierarchy;
  if (h === null) return [{ parent: null, kids: plan.dims.map((_, d) => d) }];
  const order = h.ids.map((_, k) => k).sort((a, b) => (h.level[b] as number) - (h.level[a] as number));
  return [{ parent: null, kids: [...h.roots] }, ...order.map((k) => ({ parent: h.ids[k] as string, kids: [...(h.children[k] as readonly number[])] }))];
}

/** Checks that a record of matrices is keyed by the dimensions that have such a group. */
function checkKeys(record: unknown, field: "children" | "indicators", allowed: readonly string[]): void {
  if (record === undefined) return;
  const keys = typeof record === "object" && record !== null && !Array.isArray(record) ? Object.keys(record) : [String(record)];
  for (const key of keys) {
    if (!allowed.includes(key)) {
      throw fail("INDEX_UNKNOWN_DIMENSION", `weighting.${field} ماتریسی برای «${key}» دارد ولی گروهی به این نام نیست`, `weighting.${field} has a matrix for "${key}", which has no such group`, { dimension: key, field });
    }
  }
}

/** Runs AHP on one group's matrix and checks its size against the members. */
function weigh(matrix: Matrix, parent: string | null, compares: "dimensions" | "indicators", members: string[], threshold: number | undefined): AhpTreeGroup {
  const result = ahp(matrix, threshold === undefined ? undefined : { threshold });
  const m = members.length;
  if (result.weights.length !== m) {
    const list = members.join(", ");
    throw fail("INDEX_INVALID_SPEC", `ماتریس AHP ${list} باید ${m}×${m} باشد`, `The AHP matrix of ${list} must be ${m}×${m}`, { dimension: parent, members, expected: m, actual: result.weights.length });
  }
  return { parent, compares, members, result };
}

/**
 * The AHP groups of a plan whose weighting is AHP: every group with a matrix, top down (the
 * index's dimensions, the children of each upper dimension, then the indicators of each leaf
 * dimension in `plan.dims` order). Unknown keys are refused.
 */
export function ahpTreeGroups(plan: Plan, weighting: AhpWeighting, threshold?: number): AhpTreeGroup[] {
  const h = plan.hierarchy;
  checkKeys(weighting.children, "children", h === null ? [] : h.ids);
  checkKeys(weighting.indicators, "indicators", plan.dims);
  const names = [...plan.dims, ...(h?.ids ?? [])];
  const groups: AhpTreeGroup[] = [];
  for (const g of dimensionGroups(plan)) {
    const matrix = g.parent === null ? weighting.dimensions : weighting.children?.[g.parent];
    if (matrix !== undefined) groups.push(weigh(matrix, g.parent, "dimensions", g.kids.map((c) => names[c] as string), threshold));
  }
  plan.dims.forEach((dim, d) => {
    const matrix = weighting.indicators?.[dim];
    if (matrix !== undefined) groups.push(weigh(matrix, dim, "indicators", (plan.byDim[d] as readonly number[]).map((j) => plan.indicators[j]?.id as string), threshold));
  });
  return groups;
}

/**
 * Raw (unnormalised) weights of every dimension node, the AHP priorities where a group has a
 * matrix and the manual weights elsewhere: `leaf` indexed as `plan.dims`, `upper` as
 * `plan.hierarchy.ids` (empty for a flat spec).
 */
export function ahpDimensionWeights(plan: Plan, groups: readonly AhpTreeGroup[]): { leaf: number[]; upper: number[] } {
  const h = plan.hierarchy;
  const L = plan.dims.length;
  const raw = [...plan.dimWeights, ...(h?.weights ?? [])];
  const node = new Map([...plan.dims, ...(h?.ids ?? [])].map((id, k) => [id, k]));
  for (const g of groups) {
    if (g.compares !== "dimensions") continue;
    g.members.forEach((id, q) => (raw[node.get(id) as number] = g.result.weights[q] as number));
  }
  return { leaf: raw.slice(0, L), upper: raw.slice(L) };
}
