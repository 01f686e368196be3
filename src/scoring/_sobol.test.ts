import { describe, expect, it } from "vitest";
import { Random } from "./_random";
import { sobolIndices } from "./_sobol";

/** Runs Saltelli's scheme on a model of d uniform(−π, π) inputs and returns the estimates. */
function estimate(model: (x: number[]) => number, d: number, N: number, seed: number) {
  const rng = new Random(seed);
  const draw = (): number[] => Array.from({ length: d }, () => -Math.PI + 2 * Math.PI * rng.next());
  const A = Array.from({ length: N }, draw);
  const B = Array.from({ length: N }, draw);
  const fA = Float64Array.from(A, model);
  const fB = Float64Array.from(B, model);
  const fAB = Array.from({ length: d }, (_, i) => Float64Array.from(A, (row, r) => model(row.map((v, k) => (k === i ? (B[r] as number[])[k] as number : v)))));
  return sobolIndices(fA, fB, fAB);
}

describe("Sobol' indices (Saltelli 2010 first order, Jansen 1999 total)", () => {
  it("recover the analytical indices of the Ishigami function (a = 7, b = 0.1)", () => {
    const a = 7;
    const b = 0.1;
    const pi4 = Math.PI ** 4;
    const pi8 = Math.PI ** 8;
    // Ishigami & Homma (1990); variances from the closed forms (e.g. Sobol' & Levitan 1999)
    const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
    const V2 = (a * a) / 8;
    const V13 = b * b * pi8 * (1 / 18 - 1 / 50);
    const V = V1 + V2 + V13;
    const expected = { first: [V1 / V, V2 / V, 0], total: [(V1 + V13) / V, V2 / V, V13 / V] };
    const r = estimate((x) => Math.sin(x[0] as number) + a * Math.sin(x[1] as number) ** 2 + b * (x[2] as number) ** 4 * Math.sin(x[0] as number), 3, 40_000, 2024);
    expect(r.variance).toBeCloseTo(V, 0);
    r.first.forEach((s, i) => expect(Math.abs(s - (expected.first[i] as number))).toBeLessThan(0.03));
    r.total.forEach((s, i) => expect(Math.abs(s - (expected.total[i] as number))).toBeLessThan(0.03));
  });

  it("an additive model: Y = X₁ + 2X₂ + 0·X₃ gives S = ST = 1/5, 4/5, 0", () => {
    const r = estimate((x) => (x[0] as number) + 2 * (x[1] as number), 3, 20_000, 7);
    expect(Math.abs((r.first[0] as number) - 0.2)).toBeLessThan(0.03);
    expect(Math.abs((r.first[1] as number) - 0.8)).toBeLessThan(0.03);
    expect(r.first[2]).toBe(0);
    expect(r.total[2]).toBe(0);
    expect(Math.abs((r.total[1] as number) - 0.8)).toBeLessThan(0.03);
  });

  it("a constant model has indices 0", () => {
    const r = sobolIndices([1, 1], [1, 1], [[1, 1]]);
    expect(r).toEqual({ variance: 0, first: [0], total: [0] });
  });
});
