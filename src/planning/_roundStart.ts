/**
 * Private: a starting portfolio from the LP relaxation — the candidates the relaxation takes
 * whole, then, in order of their reduced cost (the ones the relaxation came closest to taking
 * first), every other candidate that still keeps every row within its bounds. It is only a
 * start: HiGHS checks it and searches on from it, so the answer stays exact; a good start
 * lets HiGHS fix most columns by their reduced costs at once and skip its own search for a
 * first portfolio.
 */
import type { BinaryProgram } from "./_highs";

/** The rounded start, or null when it breaks a row (a lower bound the whole candidates do not reach). */
export function roundStart(program: BinaryProgram, value: ArrayLike<number>, reducedCost: ArrayLike<number>): { x: Uint8Array; objective: number } | null {
  const { n, rows } = program;
  const x = new Uint8Array(n);
  for (let j = 0; j < n; j++) x[j] = (program.lower[j] as number) === 1 || ((program.upper[j] as number) === 1 && (value[j] as number) > 1 - 1e-9) ? 1 : 0;
  // rows by column, and each row's activity (whole numbers: exact in doubles, see toProgram)
  const count = new Int32Array(n + 1);
  for (const row of rows) for (const j of row.indices) count[j + 1] = (count[j + 1] as number) + 1;
  for (let j = 0; j < n; j++) count[j + 1] = (count[j + 1] as number) + (count[j] as number);
  const fill = count.slice(0, n);
  const rowOf = new Int32Array(count[n] as number);
  const coefOf = new Float64Array(count[n] as number);
  const act = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    row.indices.forEach((j, k) => {
      const at = fill[j] as number;
      rowOf[at] = r;
      coefOf[at] = row.values[k] as number;
      fill[j] = at + 1;
      if (x[j] === 1) act[r] = (act[r] as number) + (row.values[k] as number);
    });
  });
  const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => Math.abs(reducedCost[a] as number) - Math.abs(reducedCost[b] as number) || a - b);
  for (const j of order) {
    if (x[j] === 1 || (program.upper[j] as number) === 0 || (program.objective[j] as number) <= 0) continue;
    let fits = true;
    for (let k = count[j] as number; k < (count[j + 1] as number) && fits; k++) {
      const row = rows[rowOf[k] as number];
      const next = (act[rowOf[k] as number] as number) + (coefOf[k] as number);
      // within the upper bound, and not lower than it was if below the lower bound
      fits = row !== undefined && next <= row.upper && (next >= row.lower || (coefOf[k] as number) >= 0);
    }
    if (!fits) continue;
    x[j] = 1;
    for (let k = count[j] as number; k < (count[j + 1] as number); k++) act[rowOf[k] as number] = (act[rowOf[k] as number] as number) + (coefOf[k] as number);
  }
  let objective = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || (act[r] as number) < row.lower || (act[r] as number) > row.upper) return null;
  }
  for (let j = 0; j < n; j++) if (x[j] === 1) objective += program.objective[j] as number;
  return { x, objective };
}
