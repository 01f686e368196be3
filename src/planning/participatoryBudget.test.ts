import { describe, expect, it } from "vitest";
import { participatoryBudget } from "./participatoryBudget";

// The motivating example of the method of equal shares (equalshares.net; Peters, Pierczyński
// & Skowron, NeurIPS 2021; also the Wikipedia article "Method of equal shares"): 51 % of the
// voters support 10 red projects, 49 % support 10 blue ones, and the money suffices for 10.
// Greedy (knapsack) voting funds the 10 red projects; equal shares funds 5 red and 5 blue.
const projects = ["r", "b"].flatMap((c) => Array.from({ length: 10 }, (_, i) => ({ id: `${c}${i}`, cost: 1_000_000 })));
const ballots = Array.from({ length: 100 }, (_, v) => ({ voterId: `v${v}`, approvals: projects.filter((p) => p.id.startsWith(v < 51 ? "r" : "b")).map((p) => p.id) }));

describe("participatoryBudget", () => {
  it("Consul's greedy rule funds the majority's 10 red projects", () => {
    const r = participatoryBudget(projects, ballots, { budget: 10_000_000, rule: "greedy" });
    expect(r.winners).toEqual(projects.slice(0, 10).map((p) => p.id));
    expect(r.spent.toString()).toBe("10000000");
  });
  it("equal shares funds 5 red and 5 blue (equalshares.net); without completion 5 red and 4 blue", () => {
    const r = participatoryBudget(projects, ballots, { budget: 10_000_000, rule: "equal-shares" });
    expect(r.winners.filter((id) => id.startsWith("r"))).toHaveLength(5);
    expect(r.winners.filter((id) => id.startsWith("b"))).toHaveLength(5);
    expect(r.unspent.toString()).toBe("0");
    // the pure method: red voters hold 5.1 projects' worth, blue voters 4.9
    const pure = participatoryBudget(projects, ballots, { budget: 10_000_000, rule: "equal-shares", completion: "none" });
    expect(pure.winners.filter((id) => id.startsWith("r"))).toHaveLength(5);
    expect(pure.winners.filter((id) => id.startsWith("b"))).toHaveLength(4);
  });
  it("reproduces a hand-worked equal-shares run", () => {
    // 3 voters, budget 30 → 10 each. B (9) is backed by all: ρ = 3 → wallets 7, 7, 7.
    // A (12) by v1, v2: ρ = 6 → 1, 1, 7. C (10) by v3 alone: 7 < 10, not affordable.
    // Raising the shares: C becomes affordable at a share of 13, when the outcome costs 31 > 30.
    const ps = [{ id: "A", cost: 12 }, { id: "B", cost: 9 }, { id: "C", cost: 10 }];
    const bs = [
      { voterId: "v1", approvals: ["A", "B"] },
      { voterId: "v2", approvals: ["A", "B"] },
      { voterId: "v3", approvals: ["B", "C"] },
    ];
    const r = participatoryBudget(ps, bs, { budget: 30, rule: "equal-shares" });
    expect(r.winners).toEqual(["B", "A"]);
    expect(r.projects.map((p) => [p.votes, p.order])).toEqual([[2, 2], [3, 1], [1, null]]);
    expect(r.spent.toString()).toBe("21");
    // greedy skips what does not fit: B (3 votes), A (2), then C costs 10 > 9 left
    expect(participatoryBudget(ps, bs, { budget: 30, rule: "greedy" }).winners).toEqual(["B", "A"]);
    expect(participatoryBudget(ps, bs, { budget: 31, rule: "greedy" }).winners).toEqual(["B", "A", "C"]);
  });
  it("Decidim's minimum-share rule rejects baskets below it or over the budget", () => {
    const ps = [{ id: "A", cost: "۱۲ میلیون ریال" }, { id: "B", cost: "۹ میلیون ریال" }, { id: "C", cost: "۱۰ میلیون ریال" }];
    const r = participatoryBudget(
      ps,
      [
        { voterId: "v1", approvals: ["A", "B"] },
        { voterId: "v2", approvals: ["C"] },
        { voterId: "v3", approvals: ["A", "B", "C"] },
        { voterId: "v4", approvals: ["B", "C"] },
      ],
      { budget: "۳۰ میلیون ریال", rule: "decidim", minShare: 0.5 },
    );
    expect(r.rejected.map((b) => [b.voterId, b.code])).toEqual([
      ["v2", "under-minimum"],
      ["v3", "over-budget"],
    ]);
    expect(r.rejected[0]?.message.en).toBe("the ballot allocates less than 50% of the budget");
    expect(r.turnout).toEqual({ cast: 4, accepted: 2 });
    expect(r.winners).toEqual(["B", "A"]);
  });
  it("refuses a wrong call", () => {
    expect(() => participatoryBudget(projects, ballots, { budget: 10, rule: "knapsack" as "greedy" })).toThrow(expect.objectContaining({ code: "PLANNING_BAD_OPTION" }));
    expect(() => participatoryBudget([{ id: "x", cost: -1 }], [], { budget: 10, rule: "greedy" })).toThrow(expect.objectContaining({ code: "PLANNING_INVALID_COST" }));
  });
});
