/**
 * Private: the method of equal shares for approval ballots (D. Peters, G. Pierczyński and
 * P. Skowron, "Proportional participatory budgeting with additive utilities", NeurIPS 2021;
 * the procedure as explained at equalshares.net). The budget is divided equally among the
 * voters; a project can be bought only with the money of its supporters, each paying the
 * same amount ρ or all they have left if less; each round buys the project with the lowest
 * ρ (the highest "effective vote count" cost/ρ), ties to more votes, then input order.
 */

/** Runs one pass of equal shares with `perVoter` money each; returns the projects bought in order. */
export function equalShares(costs: readonly number[], supporters: readonly Int32Array[], voters: number, perVoter: number): number[] {
  const money = new Float64Array(voters).fill(perVoter);
  const open = new Set(costs.map((_, j) => j));
  const chosen: number[] = [];
  const eps = 1e-9;
  for (;;) {
    let best = -1;
    let bestRho = Number.POSITIVE_INFINITY;
    for (const j of open) {
      const who = supporters[j] as Int32Array;
      const cost = costs[j] as number;
      let have = 0;
      for (let k = 0; k < who.length; k++) have += money[who[k] as number] as number;
      if (who.length === 0 || have < cost * (1 - eps)) {
        open.delete(j);
        continue;
      }
      // smallest ρ with Σ min(money_i, ρ) ≥ cost
      const wallets = Array.from(who, (i) => money[i] as number).sort((a, b) => a - b);
      let left = cost;
      let rho = 0;
      for (let k = 0; k < wallets.length; k++) {
        const r = wallets.length - k;
        const w = wallets[k] as number;
        if (w * r >= left) {
          rho = left / r;
          break;
        }
        left -= w;
        rho = w;
      }
      const votes = who.length;
      if (rho < bestRho * (1 - eps) || (Math.abs(rho - bestRho) <= eps * bestRho && best >= 0 && votes > (supporters[best] as Int32Array).length)) {
        best = j;
        bestRho = rho;
      }
    }
    if (best < 0) return chosen;
    for (const i of supporters[best] as Int32Array) money[i] = Math.max(0, (money[i] as number) - Math.min(money[i] as number, bestRho));
    open.delete(best);
    chosen.push(best);
  }
}
