/**
 * The 73rd session of Alborz's Social Headquarters met on «دوشنبه بیست‌وهفتم اسفند» (the
 * seed article gives no year). Read the date, check it, and count a resolution's deadline of
 * 10 working days, as the secretariat would.
 *
 * Run: npx tsx examples/jalali-session-deadline.ts
 */
import assert from "node:assert/strict";
import { createWorkCalendar, formatJalali, parseJalali, safeParseJalali, toGregorian } from "mahalleh/jalali";

// The article was published in early 1404: resolve the year against that.
const session = parseJalali("دوشنبه بیستوهفتم اسفند", { reference: { year: 1404, month: 1, day: 10 } });
assert.deepEqual(session, { year: 1403, month: 12, day: 27 });
assert.deepEqual(toGregorian(session), { year: 2025, month: 3, day: 17 });
console.log("Session 73:", formatJalali(session, "EEEE d MMMM yyyy", { digits: "persian" }), "=", toGregorian(session));

// A weekday that contradicts the date is an error, not a silent fix.
const wrong = safeParseJalali("سه‌شنبه ۲۷ اسفند ۱۴۰۳");
assert.equal(wrong.success, false);
if (!wrong.success) console.log("Rejected:", wrong.error.code, "-", wrong.error.messages.en);

// Deadlines count working days: Friday weekend, Nowruz and the other solar holidays
// (30 Esfand 1403 exists: 1403 is leap), plus this year's lunar holidays as announced.
const calendar = createWorkCalendar({ holidays: [{ year: 1404, month: 1, day: 11 }] /* Eid al-Fitr 1404 */ });
const deadline = calendar.addWorkingDays(session, 10);
assert.deepEqual(deadline, { year: 1404, month: 1, day: 18 });
assert.equal(calendar.workingDaysBetween(session, deadline), 10);
console.log("10 working days later:", formatJalali(deadline, "EEEE do MMMM yyyy"));

// Spreadsheet cells come in every digit system.
for (const cell of ["۱۴۰۳/۱۲/۲۷", "1403-12-27", "١٤٠٣/١٢/٢٧", "۲۷ اسفند ۱۴۰۳", "14031227"]) {
  assert.deepEqual(parseJalali(cell), session);
}
console.log("All spreadsheet spellings read as", formatJalali(session));
