import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { checkIds } from "./_columnRoles";

/** The Set-based check checkIds used before the typed-array set: the first offender's details. */
function reference(ids: readonly string[]): unknown {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (id === "") return { row: i, column: "شناسه" };
    if (seen.has(id)) return { row: i, id, column: "شناسه" };
    seen.add(id);
  }
  return "ok";
}

function actual(ids: readonly string[]): unknown {
  try {
    checkIds(ids, "شناسه");
    return "ok";
  } catch (error) {
    return isMahallehError(error) && error.code === "INDEX_INVALID_TABLE"
      ? error.details
      : `foreign: ${String(error)}`;
  }
}

describe("checkIds", () => {
  it("names the same first empty or duplicate id as a Set would", () => {
    const id = fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.constantFrom("محلهٔ ۱", "نیم‌فاصله", "u1", "", "\u0000", "😀")
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 2000 }), (ids) => {
        expect(actual(ids)).toEqual(reference(ids));
      }),
      { numRuns: 300 }
    );
    // many unique ids (the set grows several times), then one repeat near the end
    const many = Array.from({ length: 50_000 }, (_, i) => `u${i}`);
    expect(actual(many)).toBe("ok");
    expect(actual([...many, "u49999"])).toEqual({
      row: 50_000,
      id: "u49999",
      column: "شناسه",
    });
    expect(actual(["a", ""])).toEqual({ row: 1, column: "شناسه" });
  });
});
