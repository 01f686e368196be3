/**
 * The quick "already clean" test of normalizePersian against the definition of what
 * normalisation changes, written out here as a regex from the option docs (a second method):
 * wherever the quick test says a text is clean, that regex finds nothing to change — for every
 * option set — and normalizePersian returns the text itself.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainFor, plainText } from "./_plain";
import { normalizePersian, type NormalizePersianOptions } from "./normalizePersian";

/** What normalisation with these options would change (the option docs, as a regex). */
function changes(o: Required<NormalizePersianOptions>): RegExp {
  // Arabic forms and tatweel always; digits by `digits`; diacritics if removed
  let chars = "ـكىيھە";
  if (o.digits !== "keep") chars += "٠-٩";
  if (o.digits === "latin") chars += "۰-۹";
  if (o.digits === "persian") chars += "0-9";
  if (o.removeDiacritics) chars += "\u064b-\u0652\u0670";
  let source = `[${chars}]`;
  // spacing: any blank but a single space, other line breaks, separators at the ends, doubled separators
  if (o.spacing) source += "|[^\\S \\n]|[\\u0085\\u2028\\u2029]|^[\\s\\u200c]|[\\s\\u200c]$| [ \\n\\u200c]|\\n[ \\u200c]|\\u200c[\\s\\u200c]";
  return new RegExp(source);
}

const alphabet = ["م", "ح", "ل", "ه", "ٔ", "a", "Z", "-", "(", " ", "\u200c", "\n", "\t", "\u00a0", "\u2009", "0", "7", "۰", "۹", "٠", "٤", "ي", "ك", "ـ", "َ", "ٰ", "\r", "\u2028", "é", "中", "😀", "\u0085"];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((cs) => cs.join(""));
const options = fc.record({ digits: fc.constantFrom("fold", "persian", "latin", "keep"), removeDiacritics: fc.boolean(), spacing: fc.boolean() }) as fc.Arbitrary<Required<NormalizePersianOptions>>;

describe("plainText", () => {
  it("says clean only where normalisation has nothing to change, for every option set", () => {
    let clean = 0;
    fc.assert(
      fc.property(text, options, (s, o) => {
        if (!plainText(s, plainFor(o.digits ?? "fold", o.removeDiacritics ?? false))) return;
        clean++;
        expect(changes(o).test(s)).toBe(false);
        expect(normalizePersian(s, o)).toBe(s);
      }),
      { numRuns: 5000 },
    );
    expect(clean).toBeGreaterThan(100);
  });

  it("takes a plain Persian name with Latin or Persian digits as clean, and leaves Arabic forms, doubled spaces and digits to be folded to the full pass", () => {
    const fold = plainFor("fold", false);
    expect(plainText("محلهٔ 12", fold)).toBe(true);
    expect(plainText("کوی ۱۲ شهرک‌ها", fold)).toBe(true);
    expect(plainText("محله ي", fold)).toBe(false);
    expect(plainText("محله  نو", fold)).toBe(false);
    expect(plainText(" محله", fold)).toBe(false);
    expect(plainText("کوی 12", plainFor("persian", false))).toBe(false);
    expect(normalizePersian("کوی 12", { digits: "persian" })).toBe("کوی ۱۲");
  });
});
