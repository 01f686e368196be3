/**
 * Private: the Schulze method (M. Schulze, "A new monotonic, clone-independent, reversal
 * symmetric, and Condorcet-consistent single-winner election method", Social Choice and
 * Welfare 36 (2011) 267–303). d[i][j] is the number of voters who rank i above j (listed
 * projects above unlisted ones; unlisted ones tied); a link i→j has strength d[i][j] when
 * d[i][j] > d[j][i] (winning votes) and a path the strength of its weakest link;
 * p[i][j] is the strongest path (a widest-path Floyd–Warshall). i beats j when
 * p[i][j] > p[j][i]; the winners are beaten by nobody. The score is the number of projects a
 * project beats, and the order sorts by it.
 * The winners are the projects beaten by nobody; with more than one, the winner is −1 (a tie).
 */
import type { Method } from "./_methods";

export const schulze: Method = {
  field: "ranking",
  create(n) {
    const d = Array.from({ length: n }, () => new Float64Array(n));
    const position = new Int32Array(n);
    return {
      add(choices, k) {
        position.fill(k);
        for (let i = 0; i < k; i++) position[choices[i] as number] = i;
        for (let i = 0; i < n; i++) {
          const row = d[i] as Float64Array;
          const pi = position[i] as number;
          if (pi === k) continue; // unlisted: above nobody
          for (let j = 0; j < n; j++) if (pi < (position[j] as number)) row[j] = (row[j] as number) + 1;
        }
      },
      finish() {
        const p = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i !== j && (d[i] as Float64Array)[j]! > (d[j] as Float64Array)[i]! ? ((d[i] as Float64Array)[j] as number) : 0)));
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            if (i === j) continue;
            for (let k = 0; k < n; k++) {
              if (k === i || k === j) continue;
              const via = Math.min((p[j] as number[])[i] as number, (p[i] as number[])[k] as number);
              if (via > ((p[j] as number[])[k] as number)) (p[j] as number[])[k] = via;
            }
          }
        }
        const scores = new Float64Array(n);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && (p[i] as number[])[j]! > (p[j] as number[])[i]!) scores[i] = (scores[i] as number) + 1;
        const order = Array.from(scores.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
        // Schulze's winners: beaten by nobody (p[i][j] ≥ p[j][i] for every j)
        const winners = order.filter((i) => p.every((row, j) => j === i || (row[i] as number) <= ((p[i] as number[])[j] as number)));
        const winner = winners.length === 1 ? (winners[0] as number) : -1;
        let condorcetWinner = -1;
        for (let i = 0; i < n && condorcetWinner < 0; i++) {
          let beatsAll = true;
          for (let j = 0; j < n; j++) if (i !== j && !((d[i] as Float64Array)[j]! > (d[j] as Float64Array)[i]!)) beatsAll = false;
          if (beatsAll) condorcetWinner = i;
        }
        return { scores, order, winner, condorcetWinner, pairwise: d.map((row) => Array.from(row)), strongestPaths: p };
      },
    };
  },
};
