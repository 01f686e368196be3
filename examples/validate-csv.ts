/**
 * Validates a province office's CSV register of neighbourhoods (Persian headers, Persian
 * digits, a BOM and Windows line ends, as Excel saves it) that has mistakes in it, and
 * prints the Persian report that the office would get back.
 *
 * Run: npx tsx examples/validate-csv.ts
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { formatReport, readCsv, validateFile } from "mahalleh/validation";

const text = readFileSync(new URL("./data/neighbourhoods-with-mistakes.csv", import.meta.url), "utf8");

const report = validateFile(text, { model: "neighbourhood" });
console.log(formatReport(report));
console.log(formatReport(validateFile(text, { model: "neighbourhood", locale: "en" }), { locale: "en" }));

// The file has 10 lines: a header (line 1) and 9 more, of which line 8 is blank.
assert.equal(readCsv(text).rows.length, 8);
assert.deepEqual(report.summary, { total: 8, valid: 4, invalid: 4 });
// Valid: اسلام‌آباد (line 2), حصارک (line 3), گلشهر (line 9) and کوی صنعتی (line 10).
assert.deepEqual(
  report.valid.map((row) => row.line),
  [2, 3, 9, 10],
);
// Line 9 names its province «البرز» and its county «کرج» in Persian: read as their codes.
const golshahr = report.valid.find((row) => row.line === 9)?.data as { provinceCode?: string; countyId?: string } | undefined;
assert.equal(golshahr?.provinceCode, "IR-30");
assert.equal(golshahr?.countyId, "karaj");
// Each mistake is reported at the line where a spreadsheet user would look for it.
const byLine = new Map(report.invalid.map((row) => [row.line, row.issues.map((issue) => issue.code)]));
assert.deepEqual(byLine.get(4), ["MODELS_EXCEEDS_TOTAL"]); // 900 households for 500 people
assert.equal(byLine.get(5)?.[0], "VALIDATION_COLUMN_COUNT"); // 8 cells under 11 headers
assert.deepEqual(byLine.get(6), ["MODELS_INVALID_DATE"]); // month 13
assert.deepEqual(byLine.get(7), ["MODELS_INVALID_NUMBER"]); // population «نامعلوم»
// Nothing is lost: the invalid rows keep what the file said.
assert.deepEqual(report.invalid.find((row) => row.line === 7)?.input, {
  id: "alb-nzr-106",
  nameFa: "شهرک ولیعصر",
  provinceCode: "IR-30",
  countyId: "nazarabad",
  city: "نظرآباد",
  population: "نامعلوم",
  households: "۱۵۰۰",
  areaHa: "۳۰",
  category: "rural-origin",
  status: "candidate",
});
