import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizePersian } from "./normalizePersian";

const ZWNJ = "\u200c";

describe("normalizePersian", () => {
  it("folds Arabic letter forms to Persian (reference: U+064A, U+0649 → U+06CC; U+0643 → U+06A9; U+06BE, U+06D5 → U+0647)", () => {
    expect(normalizePersian("\u064a\u0649\u0643\u06be\u06d5")).toBe("\u06cc\u06cc\u06a9\u0647\u0647");
    expect(normalizePersian("كرج و شهرستان‌هاي البرز")).toBe("کرج و شهرستان‌های البرز");
  });

  it("turns Arabic-Indic digits into Persian ones and leaves Latin digits by default", () => {
    expect(normalizePersian("جلسه ٧٣ – 73")).toBe("جلسه ۷۳ – 73");
    expect(normalizePersian("٤٥٦ ۴۵۶ 456", { digits: "persian" })).toBe("۴۵۶ ۴۵۶ ۴۵۶");
    expect(normalizePersian("٤٥٦ ۴۵۶ 456", { digits: "latin" })).toBe("456 456 456");
    expect(normalizePersian("٤٥٦", { digits: "keep" })).toBe("٤٥٦");
  });

  it("removes tatweel always and diacritics only when asked", () => {
    expect(normalizePersian("محـــله")).toBe("محله");
    expect(normalizePersian("مُحَلَّه")).toBe("مُحَلَّه");
    expect(normalizePersian("مُحَلَّه", { removeDiacritics: true })).toBe("محله");
  });

  it("keeps ZWNJ inside words and drops it beside spaces and at the ends", () => {
    // «محله‌ها», «می‌شود», «کم‌برخوردار» are spelled with a ZWNJ: it must survive.
    expect(normalizePersian("محله‌ها می‌شود")).toBe(`محله${ZWNJ}ها می${ZWNJ}شود`);
    expect(normalizePersian(`محله${ZWNJ}${ZWNJ}${ZWNJ}ها`)).toBe(`محله${ZWNJ}ها`);
    expect(normalizePersian(`کم${ZWNJ} برخوردار`)).toBe("کم برخوردار");
    expect(normalizePersian(`کم ${ZWNJ}برخوردار`)).toBe("کم برخوردار");
    expect(normalizePersian(`${ZWNJ}محله${ZWNJ}`)).toBe("محله");
  });

  it("collapses blanks, trims and keeps line breaks", () => {
    expect(normalizePersian("  قرارگاه \t\u00a0 اجتماعی  ")).toBe("قرارگاه اجتماعی");
    expect(normalizePersian("سطر یک  \r\n  سطر دو")).toBe("سطر یک\nسطر دو");
    expect(normalizePersian("الف\n\nب")).toBe("الف\n\nب");
  });

  it("can leave spacing alone", () => {
    expect(normalizePersian("  كم  ", { spacing: false })).toBe("  کم  ");
  });

  it("rejects non-strings with a MahallehError", () => {
    expect(() => normalizePersian(42 as unknown as string)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  const alphabet = fc.constantFrom(
    "ي", "ى", "ك", "ھ", "ە", "ی", "ک", "ه", "م", "ح", "ل", "ـ", "َ", "ّ", " ", "\t", "\n", "\r", ZWNJ, "\u00a0", "٤", "۴", "4", "a", ".",
  );
  const messy = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(""));

  it("agrees with a regex formulation of the same rules (second method, property)", () => {
    const SEP = "[\\s\\u200c\\u2028\\u2029\\u0085\\ufeff]";
    const reference = (input: string): string => {
      let t = input
        .replace(/\u0640/g, "")
        .replace(/[\u064a\u0649]/g, "\u06cc")
        .replace(/\u0643/g, "\u06a9")
        .replace(/[\u06be\u06d5]/g, "\u0647")
        .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 0x06f0));
      t = t.replace(new RegExp(`^${SEP}+|${SEP}+$`, "g"), "");
      return t.replace(new RegExp(`${SEP}+`, "g"), (run) => {
        const breaks = run.replace(/\r\n/g, "\n").replace(/[^\n\r\u2028\u2029\u0085]/g, "").length;
        if (breaks > 0) return "\n".repeat(breaks);
        return /^\u200c+$/.test(run) ? "\u200c" : " ";
      });
    };
    fc.assert(
      fc.property(messy, (input) => {
        expect(normalizePersian(input)).toBe(reference(input));
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent (property)", () => {
    for (const options of [undefined, { removeDiacritics: true }, { digits: "latin" as const }, { spacing: false }]) {
      fc.assert(
        fc.property(fc.oneof(messy, fc.string({ unit: "binary" })), (text) => {
          const once = normalizePersian(text, options);
          expect(normalizePersian(once, options)).toBe(once);
        }),
      );
    }
  });

  it("never leaves Arabic forms, tatweel, doubled ZWNJ or ZWNJ beside a space (property)", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const out = normalizePersian(text);
        expect(out).not.toMatch(/[\u064a\u0649\u0643\u06be\u06d5\u0640\u0660-\u0669]/);
        expect(out).not.toMatch(/\u200c\u200c|\u200c[ \n]|[ \n]\u200c|^[\s\u200c]|[\s\u200c]$|  /);
      }),
    );
  });
});
