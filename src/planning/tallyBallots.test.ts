import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Ballot } from "./Ballot";
import { tallyBallots } from "./tallyBallots";

/** Expands "count × ranking" profiles into ranked ballots. */
function profile(groups: readonly (readonly [number, string])[]): Ballot[] {
  const ballots: Ballot[] = [];
  for (const [count, order] of groups) for (let i = 0; i < count; i++) ballots.push({ voterId: `v${ballots.length}`, ranking: order.split("") });
  return ballots;
}

describe("tallyBallots: Schulze", () => {
  // Markus Schulze, "A new monotonic, clone-independent, reversal symmetric, and
  // Condorcet-consistent single-winner election method", Social Choice and Welfare 36 (2011)
  // 267–303, section 3.1 example 1 (45 voters, 5 candidates); the same example opens the
  // Wikipedia article "Schulze method". Published: d[·,·], p[·,·], winner E, order E > A > C > B > D.
  const ballots = profile([
    [5, "ACBED"],
    [5, "ADECB"],
    [8, "BEDAC"],
    [3, "CABED"],
    [7, "CAEBD"],
    [2, "CBADE"],
    [7, "DCEBA"],
    [8, "EBADC"],
  ]);
  const tally = tallyBallots(ballots, { method: "schulze", projects: ["A", "B", "C", "D", "E"] });

  it("reproduces the pairwise matrix d", () => {
    expect(tally.pairwise).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
  });
  it("reproduces the strongest paths p", () => {
    expect(tally.strongestPaths).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
  });
  it("elects E with the order E > A > C > B > D, and there is no Condorcet winner", () => {
    expect(tally.winner).toBe("E");
    expect(tally.ranking).toEqual(["E", "A", "C", "B", "D"]);
    expect(tally.condorcetWinner).toBeNull();
    expect(tally.turnout.accepted).toBe(45);
  });
  it("finds a Condorcet winner when there is one", () => {
    const t = tallyBallots(profile([[3, "ABC"], [2, "BCA"], [2, "CAB"]]), { method: "schulze", projects: ["A", "B", "C"] });
    // A beats B 5–2 and C 3–4? C over A: 2+2=4 > 3: no Condorcet winner here
    expect(t.condorcetWinner).toBeNull();
    const u = tallyBallots(profile([[3, "ABC"], [2, "BAC"], [1, "CAB"]]), { method: "schulze", projects: ["A", "B", "C"] });
    expect(u.condorcetWinner).toBe("A");
    expect(u.winner).toBe("A");
  });
});

describe("tallyBallots: Borda", () => {
  // The Tennessee capital example (a standard textbook example, e.g. Wikipedia "Borda
  // count"): per 100 voters 42 % Memphis > Nashville > Chattanooga > Knoxville, 26 %
  // Nashville > Chattanooga > Knoxville > Memphis, 15 % Chattanooga > Knoxville > Nashville >
  // Memphis, 17 % Knoxville > Chattanooga > Nashville > Memphis. Published Borda points:
  // Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107.
  const M = "Memphis";
  const N = "Nashville";
  const C = "Chattanooga";
  const K = "Knoxville";
  const ballots: Ballot[] = [];
  const add = (count: number, ranking: string[]): void => {
    for (let i = 0; i < count; i++) ballots.push({ voterId: `t${ballots.length}`, ranking });
  };
  add(42, [M, N, C, K]);
  add(26, [N, C, K, M]);
  add(15, [C, K, N, M]);
  add(17, [K, C, N, M]);
  it("reproduces the published points and winner", () => {
    const tally = tallyBallots(ballots, { method: "borda", projects: [M, N, C, K] });
    expect(tally.projects.map((p) => p.score)).toEqual([126, 194, 173, 107]);
    expect(tally.winner).toBe(N);
    expect(tally.ranking).toEqual([N, C, M, K]);
  });
  it("Memphis is the plurality (approval of first choices) winner, a different answer", () => {
    const firsts = ballots.map((b) => ({ voterId: b.voterId, approvals: [(b.ranking as string[])[0] as string] }));
    expect(tallyBallots(firsts, { method: "approval", projects: [M, N, C, K] }).winner).toBe(M);
  });
});

describe("tallyBallots: points, turnout, rejected ballots", () => {
  it("adds points and rejects over-budget, negative and unknown ones, each with a reason", () => {
    const tally = tallyBallots(
      [
        { voterId: "a", points: { park: 6, clinic: 4 } },
        { voterId: "b", points: { clinic: 10 } },
        { voterId: "c", points: { park: 11 } },
        { voterId: "d", points: { park: -1 } },
        { voterId: "e", points: { pool: 3 } },
        { voterId: "", points: { park: 1 } },
        { voterId: "f", approvals: ["park"] },
      ],
      { method: "points", projects: ["park", "clinic"], maxPoints: 10, eligible: 20 },
    );
    expect(tally.projects.map((p) => p.score)).toEqual([6, 14]);
    expect(tally.winner).toBe("clinic");
    expect(tally.rejected.map((r) => [r.index, r.code])).toEqual([
      [2, "over-points"],
      [3, "bad-points"],
      [4, "unknown-project"],
      [5, "missing-voter"],
      [6, "wrong-kind"],
    ]);
    expect(tally.turnout).toEqual({ cast: 7, accepted: 2, eligible: 20, rate: 0.1 });
    expect(tally.rejected[0]?.message.fa).toBe("جمع امتیازها (۱۱) از ۱۰ بیشتر است");
  });
  it("rejects a project twice on one ballot and too many choices", () => {
    const tally = tallyBallots(
      [
        { voterId: "a", ranking: ["x", "y", "x"] },
        { voterId: "b", ranking: ["x", "y", "z"] },
        { voterId: "c", ranking: [] },
      ],
      { method: "borda", projects: ["x", "y", "z"], maxChoices: 2 },
    );
    expect(tally.rejected.map((r) => r.code)).toEqual(["duplicate-choice", "too-many", "empty"]);
    expect(tally.winner).toBeNull();
  });
  it("refuses a wrong call", () => {
    expect(() => tallyBallots([], { method: "plurality" as "approval", projects: ["a"] })).toThrow(expect.objectContaining({ code: "PLANNING_BAD_OPTION" }));
    expect(() => tallyBallots([], { method: "approval", projects: ["a", "a"] })).toThrow(expect.objectContaining({ code: "PLANNING_DUPLICATE_ID" }));
  });
});

/** Kendall's W by its definition: the full m × n rank matrix with average ranks for ties. */
function kendallByDefinition(rows: number[][]): number | null {
  const m = rows.length;
  const n = rows[0]?.length ?? 0;
  if (m < 2 || n < 2) return null;
  const ranks = rows.map((values) => {
    // rank 1 = largest value; ties averaged
    return values.map((v) => {
      const above = values.filter((w) => w > v).length;
      const same = values.filter((w) => w === v).length;
      return above + (same + 1) / 2;
    });
  });
  const T = rows.reduce((sum, values) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return sum + [...counts.values()].reduce((s, t) => s + t ** 3 - t, 0);
  }, 0);
  const R = Array.from({ length: n }, (_, j) => ranks.reduce((s, r) => s + (r[j] as number), 0));
  const mean = (m * (n + 1)) / 2;
  const S = R.reduce((s, r) => s + (r - mean) ** 2, 0);
  const den = m * m * (n ** 3 - n) - m * T;
  return den <= 0 ? null : (12 * S) / den;
}

describe("tallyBallots: Kendall's W", () => {
  const projects = ["p0", "p1", "p2", "p3", "p4"];
  it("is 1 when every voter ranks alike and matches the definition on random ballots", () => {
    expect(tallyBallots(profile([[4, "ABCD"]]), { method: "borda", projects: ["A", "B", "C", "D"] }).kendallW).toBeCloseTo(1, 12);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("approval", "borda", "points"), fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 1 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 })), { minLength: 2, maxLength: 12 }),
        fc.constantFrom("approval" as const, "borda" as const, "points" as const),
        (raw, method) => {
          const ballots: Ballot[] = raw.map(([, chosen, pts], i) =>
            method === "approval"
              ? { voterId: `v${i}`, approvals: chosen.map((j) => projects[j] as string) }
              : method === "borda"
                ? { voterId: `v${i}`, ranking: chosen.map((j) => projects[j] as string) }
                : { voterId: `v${i}`, points: Object.fromEntries(chosen.map((j) => [projects[j] as string, pts[j] as number])) },
          );
          // the same ballots as value rows (higher = better; absent = below all)
          const rows = ballots.map((b) =>
            projects.map((p) => {
              if (b.approvals !== undefined) return b.approvals.includes(p) ? 1 : 0;
              if (b.ranking !== undefined) return b.ranking.includes(p) ? 100 - b.ranking.indexOf(p) : 0;
              return b.points?.[p] ?? 0;
            }),
          );
          const w = tallyBallots(ballots, { method, projects }).kendallW;
          const expected = kendallByDefinition(rows);
          if (expected === null) expect(w).toBeNull();
          else expect(w).toBeCloseTo(expected, 10);
        },
      ),
      { seed: 13, numRuns: 200 },
    );
  });
});
