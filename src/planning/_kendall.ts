/**
 * Private: Kendall's coefficient of concordance W over the accepted ballots, each read as a
 * ranking of all n projects with ties (Kendall & Babington Smith 1939; tie correction as in
 * Kendall, *Rank Correlation Methods*):
 * W = 12·S / (m²(n³ − n) − m·ΣT), S = Σⱼ (Rⱼ − m(n + 1)/2)², T = Σ (t³ − t) over each
 * ballot's groups of t tied projects.
 * An approval ballot ranks its k approved projects tied first and the rest tied after; a
 * ranked ballot ranks its listed projects 1…k and the rest tied after; a points ballot ranks
 * by points (ties averaged, unlisted projects tied last).
 */
export interface Kendall {
  /** Adds one ballot. */
  readonly add: (choices: Int32Array, k: number, points: Float64Array | undefined) => void;
  /** W, or null when undefined (fewer than 2 projects or ballots, or every ballot all tied). */
  readonly w: () => number | null;
}

/** A Kendall's W accumulator for n projects; `mode` says how a ballot ranks. */
export function kendall(n: number, mode: "approvals" | "ranking" | "points"): Kendall {
  const delta = new Float64Array(n);
  let base = 0;
  let ties = 0;
  let m = 0;
  const t3 = (t: number): number => t * t * t - t;
  const order: number[] = [];
  return {
    add(choices, k, points) {
      m++;
      const rest = k + (n - k + 1) / 2;
      base += rest;
      ties += t3(n - k);
      if (mode === "approvals") {
        const r = (k + 1) / 2 - rest;
        for (let i = 0; i < k; i++) delta[choices[i] as number] = (delta[choices[i] as number] as number) + r;
        ties += t3(k);
      } else if (mode === "ranking") {
        for (let i = 0; i < k; i++) delta[choices[i] as number] = (delta[choices[i] as number] as number) + i + 1 - rest;
      } else {
        const p = points as Float64Array;
        order.length = 0;
        for (let i = 0; i < k; i++) order.push(i);
        order.sort((a, b) => (p[b] as number) - (p[a] as number));
        let i = 0;
        while (i < k) {
          let j = i;
          while (j + 1 < k && p[order[j + 1] as number] === p[order[i] as number]) j++;
          const avg = (i + 1 + j + 1) / 2;
          for (let s = i; s <= j; s++) {
            const at = choices[order[s] as number] as number;
            delta[at] = (delta[at] as number) + avg - rest;
          }
          ties += t3(j - i + 1);
          i = j + 1;
        }
      }
    },
    w() {
      if (n < 2 || m < 2) return null;
      const mean = (m * (n + 1)) / 2;
      let s = 0;
      for (let j = 0; j < n; j++) {
        const d = base + (delta[j] as number) - mean;
        s += d * d;
      }
      const denominator = m * m * (n * n * n - n) - m * ties;
      return denominator <= 0 ? null : (12 * s) / denominator;
    },
  };
}
