/**
 * Moving between mahalleh/jalali civil dates, `Date` instants and date-fns-jalali, without
 * ever depending on the host's time zone by accident.
 *
 * Run: npx tsx examples/jalali-interop.ts   (try TZ=America/Los_Angeles or TZ=Asia/Tokyo too)
 */
import assert from "node:assert/strict";
import { format, getDate, getMonth, getYear, newDate } from "date-fns-jalali";
import { fromDayNumber, toDate, toDayNumber, toJalali } from "mahalleh/jalali";

const session = { year: 1403, month: 12, day: 27 }; /* 1403/12/27 = 2025-03-17 */

// 1. Civil date ↔ UTC midnight: day numbers, no zone involved.
const utcMidnight = new Date(toDayNumber(session) * 86_400_000);
assert.equal(utcMidnight.toISOString(), "2025-03-17T00:00:00.000Z");
assert.deepEqual(fromDayNumber(Math.floor(utcMidnight.getTime() / 86_400_000)), session);

// 2. Instants are read in a named zone (default Asia/Tehran).
const instant = new Date("2025-03-20T21:00:00Z"); // 00:30 on Nowruz in Tehran
assert.deepEqual(toJalali(instant), { year: 1404, month: 1, day: 1 });
assert.deepEqual(toJalali(instant, { timeZone: "UTC" }), { year: 1403, month: 12, day: 30 });
assert.equal(toDate(session).toISOString(), "2025-03-16T20:30:00.000Z"); // start of the day in Tehran

// 3. date-fns-jalali builds and reads Dates in the host zone: name that zone when crossing.
const host = Intl.DateTimeFormat().resolvedOptions().timeZone;
const theirs = newDate(1403, 11, 27); // month is 0-based there
assert.deepEqual(toJalali(theirs, { timeZone: host }), session);
assert.deepEqual({ year: getYear(theirs), month: getMonth(theirs) + 1, day: getDate(theirs) }, session);
assert.equal(format(toDate(session, { timeZone: host }), "yyyy/MM/dd"), "1403/12/27");

console.log(`host zone ${host}: UTC midnight ${utcMidnight.toISOString()}, Tehran start ${toDate(session).toISOString()}`);
console.log("date-fns-jalali round trip:", format(toDate(session, { timeZone: host }), "yyyy/MM/dd"));
