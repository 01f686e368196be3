/**
 * Private: the one door to HiGHS (the `highs` package: the HiGHS solver of the University of
 * Edinburgh compiled to WebAssembly). Loaded on first use by a dynamic import, so nothing
 * else in `mahalleh/planning` (ballots, budgets) pulls it in. Everything the rest of the
 * module knows about the solver is the small {@link BinaryProgram} contract below.
 */
import { planningError } from "./_messages";
import { roundStart } from "./_roundStart";

/** A 0/1 programme: maximise Σ cost·x subject to rowLower ≤ A·x ≤ rowUpper, x ∈ {0, 1} within bounds. */
export interface BinaryProgram {
  /** Number of variables. */
  readonly n: number;
  /** Objective coefficient of each variable (maximised). */
  readonly objective: Float64Array;
  /** Lower bound of each variable (0 or 1). */
  readonly lower: Float64Array;
  /** Upper bound of each variable (0 or 1). */
  readonly upper: Float64Array;
  /** Constraint rows, sparse. */
  readonly rows: readonly SparseRow[];
}

/** One constraint row: lower ≤ Σ values[k]·x[indices[k]] ≤ upper (±Infinity for none). */
export interface SparseRow {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/** Solver limits. */
export interface SolveLimits {
  /** Seconds; default none. */
  readonly timeLimit?: number | undefined;
  /** Relative MIP gap at which HiGHS stops. */
  readonly relativeGap: number;
  /** Where to load HiGHS's WebAssembly from, on the first solve. */
  readonly assets?: LoadOptions | undefined;
  /** A feasible 0/1 point to start from (an incumbent: lets HiGHS prune from the first node). */
  readonly start?: Uint8Array | undefined;
}

/** What the solver found. */
export interface BinarySolution {
  readonly status: "optimal" | "infeasible" | "time-limit";
  /** The 0/1 values, or null when no feasible point was found. */
  readonly x: Uint8Array | null;
  readonly objective: number | null;
  /** Best bound on the optimum (the dual bound). */
  readonly bound: number | null;
  /** Relative gap |bound − objective| / max(1, |objective|) as HiGHS reports it. */
  readonly gap: number | null;
}

/** Above this many columns presolve is left off (see `solveBinary`). */
const PRESOLVE_MAX_COLUMNS = 4000;

type HighsRuntime = Awaited<ReturnType<typeof import("highs").default>>;
type HighsModel = ReturnType<HighsRuntime["createModel"]>;

let runtime: Promise<HighsRuntime> | undefined;

/** Where HiGHS's WebAssembly comes from (see `SolverAssets`); read on the first load only. */
export interface LoadOptions {
  readonly locateFile?: ((file: string) => string) | undefined;
  readonly wasmBinary?: ArrayBuffer | Uint8Array | undefined;
}

/** Loads HiGHS once (a dynamic import: the WebAssembly is fetched only when a programme is solved). */
function load(options: LoadOptions | undefined): Promise<HighsRuntime> {
  runtime ??= import("highs")
    .then((module) => {
      const loader = ((module as { default?: unknown }).default ?? module) as typeof import("highs").default;
      return loader({
        ...(options?.locateFile === undefined ? {} : { locateFile: options.locateFile }),
        ...(options?.wasmBinary === undefined ? {} : { wasmBinary: options.wasmBinary }),
      });
    })
    .catch((error: unknown) => {
      runtime = undefined;
      throw planningError("PLANNING_SOLVER_FAILED", "solverLoad", {}, { cause: String(error) });
    });
  return runtime;
}

/** Σ objective·x of a 0/1 point. */
function objectiveOf(program: BinaryProgram, x: Uint8Array): number {
  let sum = 0;
  for (let j = 0; j < program.n; j++) if (x[j] === 1) sum += program.objective[j] as number;
  return sum;
}

/**
 * Reduced-cost fixing (exact): with the relaxation's optimum z and reduced costs d, every
 * portfolio that moves a candidate off its bound in the relaxation is worth at most z − |d|.
 * When that is below the start's value (|d| > z − start), the candidate keeps its bound in
 * every portfolio better than the start, so it is fixed there; the solver's bound on what
 * remains then bounds the whole programme. Only columns the start itself leaves at that
 * bound are fixed (so the start stays feasible), with a margin of 1e-6 of z for the duals'
 * rounding. Returns how many were fixed.
 */
function fixByReducedCost(
  model: HighsModel,
  z: number,
  start: { readonly x: Uint8Array; readonly objective: number },
  program: BinaryProgram,
  value: ArrayLike<number>,
  reducedCost: ArrayLike<number>,
): number {
  const cut = z - start.objective + 1e-6 * Math.max(1, Math.abs(z));
  if (!(cut >= 0)) return 0;
  const fixed: number[] = [];
  for (let j = 0; j < program.n; j++) {
    if ((program.lower[j] as number) === (program.upper[j] as number)) continue;
    const v = value[j] as number;
    const at = v < 1e-9 ? 0 : v > 1 - 1e-9 ? 1 : -1;
    if (at !== -1 && at === start.x[j] && Math.abs(reducedCost[j] as number) > cut) fixed.push(j);
  }
  if (fixed.length > 0) {
    const bound = Float64Array.from(fixed, (j) => start.x[j] as number);
    model.changeColsBounds({ kind: "set", indices: Int32Array.from(fixed) }, bound, bound);
  }
  return fixed.length;
}

/** Solves a 0/1 programme exactly (to the relative gap asked for) with HiGHS. */
export async function solveBinary(program: BinaryProgram, limits: SolveLimits): Promise<BinarySolution> {
  const highs = await load(limits.assets);
  const { n, rows } = program;
  const starts = new Int32Array(rows.length + 1);
  let nnz = 0;
  rows.forEach((row, r) => {
    nnz += row.indices.length;
    starts[r + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let at = 0;
  for (const row of rows) {
    for (let k = 0; k < row.indices.length; k++) {
      indices[at] = row.indices[k] as number;
      values[at] = row.values[k] as number;
      at++;
    }
  }
  const inf = highs.infinity;
  const model = highs.createModel({
    numCols: n,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: program.objective,
    colLower: program.lower,
    colUpper: program.upper,
    rowLower: Float64Array.from(rows, (r) => (r.lower === Number.NEGATIVE_INFINITY ? -inf : r.lower)),
    rowUpper: Float64Array.from(rows, (r) => (r.upper === Number.POSITIVE_INFINITY ? inf : r.upper)),
    matrix: { format: "csr", numRows: rows.length, numCols: n, starts, indices, values },
  });
  try {
    // the LP relaxation first: its rounding (see roundStart) is a starting portfolio, kept
    // when it beats the caller's (the greedy one, or none when greedy breaks a minimum share)
    let start = limits.start === undefined ? null : { x: limits.start, objective: objectiveOf(program, limits.start) };
    if (rows.length > 0) {
      model.options.set({ output_flag: false, presolve: "off", ...(limits.timeLimit === undefined ? {} : { time_limit: limits.timeLimit }) });
      model.run();
      if (model.getModelStatus() === highs.constants.modelStatus.optimal) {
        const relaxed = model.getSolution();
        const rounded = roundStart(program, relaxed.colValue, relaxed.colDual);
        if (rounded !== null && (start === null || rounded.objective > start.objective)) start = rounded;
        if (start !== null) fixByReducedCost(model, model.getObjectiveValue(), start, program, relaxed.colValue, relaxed.colDual);
      }
    }
    model.changeColsIntegrality({ kind: "range", from: 0, to: n - 1 }, new Int32Array(n).fill(highs.constants.variableType.integer));
    // presolve: on for up to PRESOLVE_MAX_COLUMNS candidates, off above. With it, HiGHS can
    // restart on the columns its reduced costs fix (2,000 candidates with 10 constraint kinds:
    // proven optimal at 9.5 s of CPU, against a gap still 6e-5 after 18 s without it); but its
    // cost grows faster than the columns (one budget row: 0.7 s of CPU at 2,000 columns, 1.1 s
    // at 4,000, 5.2 s at 8,000, 33 s at 20,000) and it does not heed time_limit.
    model.options.set({
      output_flag: false,
      mip_rel_gap: limits.relativeGap,
      random_seed: 1,
      presolve: n <= PRESOLVE_MAX_COLUMNS ? "on" : "off",
    });
    if (limits.timeLimit !== undefined) model.options.set({ time_limit: limits.timeLimit });
    // a feasible start is an incumbent from the first node: HiGHS fixes the columns whose
    // reduced cost exceeds the gap to it, and prunes against it at once (20,000 candidates
    // with the budget alone: proven within 1e-6 at the root). With one in hand, HiGHS's
    // sub-MIP heuristics (RINS, RENS) mostly search for what it already has.
    if (start !== null) {
      model.setSolution({ colValue: Float64Array.from(start.x) });
      model.options.set({ mip_heuristic_run_rins: false, mip_heuristic_run_rens: false });
    }
    model.run();
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (status === codes.infeasible) return { status: "infeasible", x: null, objective: null, bound: null, gap: null };
    const hasSolution = Number(model.info.get("primal_solution_status")) === 2;
    if (status !== codes.optimal && status !== codes.timeLimit && status !== codes.interrupted) {
      throw planningError("PLANNING_SOLVER_FAILED", "solverError", { status: String(status) });
    }
    if (!hasSolution) return { status: status === codes.optimal ? "optimal" : "time-limit", x: null, objective: null, bound: null, gap: null };
    const col = model.getSolution().colValue;
    const x = new Uint8Array(n);
    for (let j = 0; j < n; j++) x[j] = (col[j] as number) > 0.5 ? 1 : 0;
    const bound = Number(model.info.get("mip_dual_bound"));
    const gap = Number(model.info.get("mip_gap"));
    return {
      status: status === codes.optimal ? "optimal" : "time-limit",
      x,
      objective: model.getObjectiveValue(),
      bound: Number.isFinite(bound) ? bound : null,
      gap: Number.isFinite(gap) ? gap : null,
    };
  } finally {
    model.dispose();
  }
}
