/** Private: approval voting — a project's score is the number of ballots approving it. */
import { byScore, type Method } from "./_methods";

export const approval: Method = {
  field: "approvals",
  create(n) {
    const scores = new Float64Array(n);
    return {
      add(choices, k) {
        for (let i = 0; i < k; i++) scores[choices[i] as number] = (scores[choices[i] as number] as number) + 1;
      },
      finish: () => ({ scores, ...byScore(scores) }),
    };
  },
};
