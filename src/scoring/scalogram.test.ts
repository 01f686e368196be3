import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scalogram } from "./scalogram";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


describe("scalogram", () => {
  it("counts Goodenough–Edwards errors, worked by hand", () => {
    // Services: school (in all 4), clinic (2), library (2). Place 2 has the library but not the
    // clinic: with 2 services it "should" have school + clinic → 2 cells differ.
    // CR = 1 − 2/12 = 0.8333 < 0.9: not a scale.
    const r = scalogram([
      [1, 1, 0],
      [1, 0, 0],
      [1, 0, 1],
      [1, 1, 1],
    ]);
    expect(r.columnTotals).toEqual([4, 2, 2]);
    expect(r.rowTotals).toEqual([2, 1, 2, 3]);
    expect(r.columnOrder).toEqual([0, 1, 2]);
    expect(r.rowOrder).toEqual([3, 0, 2, 1]);
    expect(r.errors).toBe(2);
    expect(r.reproducibility).toBeCloseTo(1 - 2 / 12, 12);
    expect(r.scalable).toBe(false);
  });

  it("reproduces Bernard's acculturation scale: 10 errors in 48 responses, CR = .79 (published example)", () => {
    // Source: H. Russell Bernard, Research Methods in Anthropology: Qualitative and Quantitative
    // Approaches, 4th ed. (AltaMira, 2006), ch. 11 "Scales and Scaling", Table 11.1 and the
    // section "The Coefficient of Reproducibility" (around p. 323). Sixteen informants, three
    // indicators of acculturation, in Bernard's hypothesised order: column 1 = wears Western
    // clothes, column 2 = speaks fluent Spanish, column 3 = lives in a Western-style house.
    // Rows as printed: 1–3 have all three (score 3); 4–6 clothes + Spanish (score 2); 7 clothes
    // only (score 1); 8–9 none; 10–12 Spanish only; 13–15 house only; 16 clothes + house.
    // Published figures: 3 errors for informants 10–12 (one each), 6 for 13–15 (two each, his
    // "conservative" counting), 1 for informant 16 (the minus in column 2): 10 errors;
    // CR = 1 − 10/(16·3) = .79, below .90 (he would "settle for around .85") → the items fail
    // as a Guttman scale. (With 48 responses, 10 is the only error count that prints as .79.)
    //
    // Convention difference, shown to be only a convention: Bernard corrects each row against
    // his hypothesised column order; we count Goodenough–Edwards errors against the order of the
    // observed column totals (Spanish 9, clothes 8, house 7 — counted from the printed table).
    // On this table the two schemes put the errors in different cells (here: informant 7 → 2,
    // 13–15 → 2 each, 16 → 2; Bernard: 10–12 → 1 each, 13–15 → 2 each, 16 → 1) but both total
    // 10, so the published error count and CR are reproduced exactly.
    const X = [1, 1, 1];
    const CS = [1, 1, 0];
    const C = [1, 0, 0];
    const O = [0, 0, 0];
    const S = [0, 1, 0];
    const H = [0, 0, 1];
    const CH = [1, 0, 1];
    const table = [X, X, X, CS, CS, CS, C, O, O, S, S, S, H, H, H, CH];
    const r = scalogram(table);
    expect(r.columnTotals).toEqual([8, 9, 7]);
    expect(r.columnOrder).toEqual([1, 0, 2]);
    expect(r.rowTotals).toEqual([3, 3, 3, 2, 2, 2, 1, 0, 0, 1, 1, 1, 1, 1, 1, 2]);
    expect(r.errors).toBe(10);
    expect(r.reproducibility).toBeCloseTo(0.79, 2); // printed to two decimals
    expect(r.reproducibility).toBeCloseTo(1 - 10 / 48, 12);
    expect(r.scalable).toBe(false);
    // The first nine informants alone form a perfect scale (Bernard: "If we had data from only
    // the first nine respondents, the data would form a perfect Guttman scale").
    const firstNine = scalogram(table.slice(0, 9));
    expect(firstNine.errors).toBe(0);
    expect(firstNine.reproducibility).toBe(1);
  });

  it("a perfect cumulative (triangular) pattern has CR = 1 in any row and column order (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer(), (m, n, seed) => {
        // Row i has the first (i mod (n + 1)) services, then rows and columns are shuffled.
        const base = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => (j < i % (n + 1) ? 1 : 0)));
        const perm = (k: number, s: number): number[] => Array.from({ length: k }, (_, i) => i).sort((a, b) => ((a * 7919 + s) % 13) - ((b * 7919 + s) % 13) || a - b);
        const rp = perm(m, seed);
        const cp = perm(n, seed >> 3);
        const shuffled = rp.map((i) => cp.map((j) => (base[i] as number[])[j] as number));
        const r = scalogram(shuffled);
        return r.errors === 0 && r.reproducibility === 1 && r.scalable;
      }),
    );
  });

  it("rejects non-binary entries", () => {
    expect(codeOf(() => scalogram([[1, 2]]))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => scalogram([[1, Number.NaN]]))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => scalogram([]))).toBe("SCORING_BAD_MATRIX");
  });
});
