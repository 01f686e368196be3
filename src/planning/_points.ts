/** Private: cumulative (points) voting — a project's score is the sum of its points. */
import { byScore, type Method } from "./_methods";

export const points: Method = {
  field: "points",
  create(n) {
    const scores = new Float64Array(n);
    return {
      add(choices, k, given) {
        for (let i = 0; i < k; i++) scores[choices[i] as number] = (scores[choices[i] as number] as number) + ((given as Float64Array)[i] as number);
      },
      finish: () => ({ scores, ...byScore(scores) }),
    };
  },
};
