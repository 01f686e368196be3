/**
 * Private: the Borda count — on a ballot ranking projects best first, the project in place p
 * (1-based) gets n − p points out of n projects; projects left off a ballot get 0 (the
 * "truncated ballot" convention, which leaves complete ballots unchanged).
 */
import { byScore, type Method } from "./_methods";

export const borda: Method = {
  field: "ranking",
  create(n) {
    const scores = new Float64Array(n);
    return {
      add(choices, k) {
        for (let i = 0; i < k; i++) scores[choices[i] as number] = (scores[choices[i] as number] as number) + n - 1 - i;
      },
      finish: () => ({ scores, ...byScore(scores) }),
    };
  },
};
