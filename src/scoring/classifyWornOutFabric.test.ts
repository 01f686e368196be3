import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { classifyWornOutFabric } from "./classifyWornOutFabric";

function errorOf(run: () => unknown): { code: string; fa: string } | undefined {
  try {
    run();
  } catch (error) {
    if (isMahallehError(error)) return { code: error.code, fa: error.messages.fa };
    return { code: `foreign: ${String(error)}`, fa: "" };
  }
  return undefined;
}

describe("classifyWornOutFabric", () => {
  it("applies the 1385/02/11 (= 2006-05-01) resolution: all three criteria above 50% make a block worn-out", () => {
    expect(classifyWornOutFabric({ unstableShare: 0.51, smallParcelShare: 0.6, narrowPassageShare: 0.75 })).toEqual({
      unstable: true,
      fineGrained: true,
      impermeable: true,
      wornOut: true,
    });
  });

  it("uses strict inequalities: exactly 50% does not qualify", () => {
    expect(classifyWornOutFabric({ unstableShare: 0.5, smallParcelShare: 0.9, narrowPassageShare: 0.9 })).toEqual({
      unstable: false,
      fineGrained: true,
      impermeable: true,
      wornOut: false,
    });
    expect(classifyWornOutFabric({ unstableShare: 0.9, smallParcelShare: 0.9, narrowPassageShare: 0.5 }).wornOut).toBe(false);
  });

  it("wornOut is exactly the conjunction of the three criteria (property)", () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(share, share, share, (a, b, c) => {
        const r = classifyWornOutFabric({ unstableShare: a, smallParcelShare: b, narrowPassageShare: c });
        return r.unstable === a > 0.5 && r.fineGrained === b > 0.5 && r.impermeable === c > 0.5 && r.wornOut === (a > 0.5 && b > 0.5 && c > 0.5);
      }),
    );
  });

  it("rejects percentages and non-numbers with a Persian message", () => {
    const e = errorOf(() => classifyWornOutFabric({ unstableShare: 62, smallParcelShare: 0.6, narrowPassageShare: 0.6 }));
    expect(e?.code).toBe("SCORING_OUT_OF_RANGE");
    expect(e?.fa).toMatch(/درصد/);
    expect(errorOf(() => classifyWornOutFabric({ unstableShare: Number.NaN, smallParcelShare: 0.6, narrowPassageShare: 0.6 }))?.code).toBe(
      "SCORING_NON_FINITE",
    );
    expect(errorOf(() => classifyWornOutFabric(null as unknown as never))?.code).toBe("SCORING_BAD_OPTION");
  });
});
