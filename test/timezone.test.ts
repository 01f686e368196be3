/**
 * Proves that the TZ matrix of vitest.config.ts is real: each project's worker sees its zone,
 * so the date suites that run under it really are exercised in that zone.
 */
import { expect, it } from "vitest";

// Offsets (minutes east of UTC) on 2025-01-15 and 2025-07-15, from the IANA database.
const expected: Record<string, [number, number]> = {
  UTC: [0, 0],
  "Asia/Tehran": [210, 210], // Iran has had no DST since 1401 (2022)
  "America/Los_Angeles": [-480, -420],
  "Asia/Tokyo": [540, 540],
};

it("runs in the zone its project names", () => {
  const zone = process.env["TZ"] ?? "";
  const offsets = expected[zone];
  expect(offsets, `unexpected TZ ${zone}`).toBeDefined();
  const winter = 0 - new Date(2025, 0, 15, 12).getTimezoneOffset();
  const summer = 0 - new Date(2025, 6, 15, 12).getTimezoneOffset();
  expect([winter, summer]).toEqual(offsets);
});
