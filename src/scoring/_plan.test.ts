import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { checkTable } from "./_plan";

/** The check as it was written with a `Set<string>`: the first repeat (by position) or null. */
function firstRepeat(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** What checkTable throws (code, English message, details), or null when it accepts the table. */
function outcome(ids: readonly unknown[], unique = true): { code: string; en: string; details: unknown } | null {
  try {
    checkTable({ ids: ids as string[], columns: {} }, unique);
    return null;
  } catch (error) {
    if (!isMahallehError(error)) throw error;
    return { code: error.code, en: error.messages.en, details: error.details };
  }
}

describe("checkTable's unique-id check (typed-array hash set)", () => {
  it("reports the same first duplicate as a Set would, on random ids (property)", () => {
    const id = fc.oneof(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom("محله‌ی ۱", "n1", "\u0000", "a\u200cb"));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 2000 }), (ids) => {
        const repeat = firstRepeat(ids);
        const got = outcome(ids);
        if (repeat === null) expect(got).toBeNull();
        else expect(got).toEqual({ code: "INDEX_INVALID_TABLE", en: `Duplicate unit id "${repeat}"`, details: { id: repeat } });
      }),
      { numRuns: 200 },
    );
  });

  it("finds a repeat of the first or of the last of 100,000 ids, past every growth of the table", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `u${i}`);
    expect(outcome(ids)).toBeNull();
    expect(outcome([...ids, "u0"])?.details).toEqual({ id: "u0" });
    expect(outcome([...ids, "u99999", "u5"])?.details).toEqual({ id: "u99999" });
  });

  it("a bad id before a repeat is reported first, a repeat before a bad id is reported first", () => {
    expect(outcome(["a", "", "a"])).toEqual({ code: "INDEX_INVALID_TABLE", en: "Unit id at 1 is not a non-empty string", details: { index: 1 } });
    expect(outcome(["a", "a", 3])?.details).toEqual({ id: "a" });
  });

  it("no check when unique is false; 0 and 1 units pass", () => {
    expect(outcome(["a", "a"], false)).toBeNull();
    expect(outcome([])).toBeNull();
    expect(outcome(["تهران"])).toBeNull();
  });
});
