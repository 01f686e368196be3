/**
 * Issue 11, hostile input across modules: functions documented never to throw do not let a
 * caller's throwing getter or Proxy escape; wrong-typed calls are coded errors, never a bare
 * TypeError or a silent answer; a row that looks like a promise does not hang validation.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { isMahallehError } from "mahalleh";
import { isValidJalaliDate } from "mahalleh/jalali";
import { isValidIban, isValidLegalId, isValidMobile, isValidNationalId, isValidPostalCode, sumMoney } from "mahalleh/text";
import { validateEach, validateRecordStream } from "mahalleh/validation";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (isMahallehError(error)) return error.code;
    return `not a MahallehError: ${String(error)}`;
  }
  return undefined;
};

const boom = (): never => {
  throw new Error("boom");
};
/** Objects whose every read, conversion or inspection throws. */
const hostile: readonly [string, unknown][] = [
  ["a Proxy whose traps all throw", new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom })],
  ["a throwing getter", Object.defineProperty({}, "year", { get: boom, enumerable: true })],
  ["a throwing toString", { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom }],
  ["a revoked Proxy", (() => {
    const p = Proxy.revocable({}, {});
    p.revoke();
    return p.proxy;
  })()],
];

describe("never-throwing checks stay silent on hostile objects", () => {
  const checks: readonly [string, (value: unknown) => unknown][] = [
    ["isValidNationalId", (v) => isValidNationalId(v)],
    ["isValidLegalId", (v) => isValidLegalId(v)],
    ["isValidIban", (v) => isValidIban(v)],
    ["isValidMobile", (v) => isValidMobile(v)],
    ["isValidMobile (hostile options)", (v) => isValidMobile("09121234567", v as never)],
    ["isValidPostalCode", (v) => isValidPostalCode(v)],
    ["isValidPostalCode (hostile options)", (v) => isValidPostalCode("1234567890", v as never)],
    ["isValidJalaliDate", (v) => isValidJalaliDate(v)],
  ];
  for (const [name, check] of checks) {
    it.each(hostile)(`${name}: %s gives false`, (_, value) => {
      let result: unknown;
      expect(() => {
        result = check(value);
      }).not.toThrow();
      if (!name.includes("options")) expect(result).toBe(false);
    });
  }
});

describe("sumMoney refuses what is not a list of amounts", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string (one amount, not a list)", "123"],
    ["a number", 5],
    ["a plain object", { a: 1 }],
  ])("%s → INVALID_ARGUMENT", (_, value) => {
    expect(codeOf(() => sumMoney(value as never))).toBe("INVALID_ARGUMENT");
  });
  it("still sums arrays, sets and generators", () => {
    expect(sumMoney(new Set([1, 2])).toString()).toBe("3");
    expect(sumMoney((function* () { yield "۲ تومان"; yield 5n; })()).toString()).toBe("25");
  });
});

describe("rows that look like promises", () => {
  const schema = z.object({ a: z.number() });
  /** Fails the test instead of hanging it. */
  const settles = <T>(promise: Promise<T>): Promise<T> =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("hung")), 5_000))]);

  it("validateRecordStream over an array with a thenable row finishes and reports it", async () => {
    const rows = [{ a: 1 }, { then() {} }, { a: 2 }];
    const report = await settles(validateRecordStream(schema, rows));
    expect(report.summary).toEqual({ total: 3, valid: 2, invalid: 1 });
    expect(report.invalid[0]?.row).toBe(1);
  });

  it("validateEach over a generator with a thenable row finishes", async () => {
    const outcomes: boolean[] = [];
    const run = async (): Promise<void> => {
      for await (const o of validateEach(schema, (function* () { yield { a: 1 }; yield { then() {} }; })())) outcomes.push(o.ok);
    };
    await settles(run());
    expect(outcomes).toEqual([true, false]);
  });
});
