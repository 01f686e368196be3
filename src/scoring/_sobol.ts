/**
 * Private: variance-based sensitivity estimators from Saltelli's sampling scheme. Given model
 * outputs on two independent base samples A and B (N rows each) and, per factor i, on A_B⁽ⁱ⁾
 * (A with factor i taken from B):
 * - first-order Sᵢ = mean((f(B) − f̄)·(f(A_B⁽ⁱ⁾) − f(A))) / V (Saltelli et al. 2010, with f(B)
 *   centred on the mean f̄ of A ∪ B to cut the estimator's variance);
 * - total effect Sₜᵢ = mean((f(A) − f(A_B⁽ⁱ⁾))²) / (2V) (Jansen 1999);
 * V = the (population) variance of the outputs over A ∪ B. Both are 0 when V = 0.
 */
export function sobolIndices(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: readonly ArrayLike<number>[],
): { variance: number; first: number[]; total: number[] } {
  const N = fA.length;
  let mean = 0;
  for (let r = 0; r < N; r++) mean += (fA[r] as number) + (fB[r] as number);
  mean /= 2 * N;
  let variance = 0;
  for (let r = 0; r < N; r++) variance += ((fA[r] as number) - mean) ** 2 + ((fB[r] as number) - mean) ** 2;
  variance /= 2 * N;
  const first: number[] = [];
  const total: number[] = [];
  for (const f of fAB) {
    let s = 0;
    let t = 0;
    for (let r = 0; r < N; r++) {
      const diff = (f[r] as number) - (fA[r] as number);
      s += ((fB[r] as number) - mean) * diff;
      t += diff * diff;
    }
    first.push(variance > 0 ? s / N / variance : 0);
    total.push(variance > 0 ? t / (2 * N) / variance : 0);
  }
  return { variance, first, total };
}
