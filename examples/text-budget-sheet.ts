/**
 * Cleaning a budget sheet as it arrives from a county office: Arabic letters, three digit
 * systems, amounts in rials, tomans and «همت», IDs typed by hand. Then an exact total and an
 * exact split of a new credit across the neighbourhoods.
 *
 * Run: npx tsx examples/text-budget-sheet.ts
 */
import assert from "node:assert/strict";
import {
  allocateMoney,
  formatMoney,
  normalizePersian,
  ordinalWords,
  parseMobile,
  safeParseMoney,
  safeParseNationalId,
  sumMoney,
  wordsToNumber,
} from "mahalleh/text";

// The rows, as typed (ي/ك are Arabic letters, ٢٥٠ Arabic-Indic digits, doubled spaces, a stray ZWNJ).
const rows = [
  { محله: "اسلام‌آباد  كرج", credit: "۱۲٬۵۰۰ میلیون ریال", agent: "۰۴۹۹۳۷۰۸۹۹", mobile: "۰۹۱۲ ۳۴۵ ۶۷۸۹", residents: 12_400 },
  { محله: "حصار‌ ‌مهتر", credit: "٢٥٠ ميليون تومان", agent: "0013542419", mobile: "+98 935 123 4567", residents: 8_100 },
  { محله: "فردیس، منطقه ۳", credit: "۰٫۰۰۱ همت", agent: "1122334450", mobile: "0920 111 2233", residents: 9_600 },
  { محله: "محمدشهر", credit: "دو میلیارد و پانصد میلیون ریال", agent: "2870000014", mobile: "09021234567", residents: 15_300 },
];

console.log("Session:", ordinalWords(wordsToNumber("هفتاد و سومین")), "جلسه قرارگاه اجتماعی");

const amounts = [];
for (const row of rows) {
  const name = normalizePersian(row.محله);
  const credit = safeParseMoney(row.credit);
  const agent = safeParseNationalId(row.agent);
  const mobile = parseMobile(row.mobile);
  if (!credit.success) throw credit.error;
  amounts.push(credit.data);
  console.log(
    name.padEnd(16),
    formatMoney(credit.data, { compact: true, unit: "toman" }).padEnd(24),
    agent.success ? agent.data : `invalid ID (${agent.error.messages.fa})`,
    mobile.e164,
    mobile.operator,
  );
}

// Normalisation keeps the ZWNJ inside «اسلام‌آباد» and drops the one beside the spaces.
assert.equal(normalizePersian(rows[0]!.محله), "اسلام\u200cآباد کرج");
assert.equal(normalizePersian(rows[1]!.محله), "حصار مهتر");

// 12 500 000 000 + 2 500 000 000 + 10 000 000 000 + 2 500 000 000 rials.
const total = sumMoney(amounts);
assert.equal(total.toFixed(), "27500000000");
console.log("\nTotal:", formatMoney(total), "=", formatMoney(total, { unit: "toman", compact: true }));

// The third agent's ID has a wrong check digit (1122334451 is the valid one).
assert.equal(safeParseNationalId(rows[2]!.agent).success, false);

// A new credit of ۱۰ میلیارد ریال split by residents: exact to the rial.
const shares = allocateMoney("۱۰ میلیارد ریال", rows.map((r) => r.residents));
assert.equal(sumMoney(shares).toFixed(), "10000000000");
console.log("\nNew credit by residents:");
rows.forEach((row, i) => console.log(" ", normalizePersian(row.محله).padEnd(16), formatMoney(shares[i]!)));
