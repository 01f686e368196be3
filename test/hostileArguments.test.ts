/**
 * Issue 11, the review of every public function for bare TypeErrors and silent coercions:
 * every function exported by every subpath (enumerated from the barrels, not listed by hand)
 * is called with hostile arguments — nothing, null, undefined, a number, a string, {}, [],
 * NaN, Infinity, an object with a throwing getter, a Proxy whose traps throw, a thenable — as
 * its first argument, and then as its second after a plausible first. Whatever it throws
 * (or a returned promise rejects with, or a returned async iterator throws while read) must be
 * a MahallehError with a code, never a TypeError, RangeError or bare Error; nothing may hang.
 * Functions documented "never throws" (and the `isX` checks and `safeX` forms, whose contract
 * is to answer rather than throw) must not throw at all. The Persian text of every coded
 * error met here writes its numbers in Persian digits (see test/persianDigits.test.ts).
 *
 * The one exception is the caller's own exception: a getter or Proxy trap of the caller that
 * throws may pass through untouched (the very object it threw, as `Array.prototype.map` does
 * with a throwing callback) — except from the never-throwing functions.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as root from "mahalleh";
import * as charts from "mahalleh/charts";
import * as evaluation from "mahalleh/evaluation";
import * as jalali from "mahalleh/jalali";
import * as models from "mahalleh/models";
import * as monitoring from "mahalleh/monitoring";
import * as planning from "mahalleh/planning";
import * as scoring from "mahalleh/scoring";
import * as text from "mahalleh/text";
import * as validation from "mahalleh/validation";
import * as validationNode from "mahalleh/validation/node";
import { strayLatinDigits } from "./persianLines";

const SUBPATHS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  mahalleh: root,
  "mahalleh/jalali": jalali,
  "mahalleh/text": text,
  "mahalleh/models": models,
  "mahalleh/validation": validation,
  "mahalleh/validation/node": validationNode,
  "mahalleh/scoring": scoring,
  "mahalleh/planning": planning,
  "mahalleh/monitoring": monitoring,
  "mahalleh/evaluation": evaluation,
  "mahalleh/charts": charts,
};

/** The caller's own exception, thrown by the hostile getters and traps. */
class CallerError extends Error {}
const callerError = new CallerError("the caller's getter threw");
const boom = (): never => {
  throw callerError;
};

const HOSTILE: readonly [string, () => unknown][] = [
  ["null", () => null],
  ["undefined", () => undefined],
  ["a number", () => 42],
  ["a string", () => "abc"],
  ["{}", () => ({})],
  ["[]", () => []],
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["a throwing getter", () => Object.defineProperty({}, "id", { get: boom, enumerable: true })],
  ["a Proxy whose traps throw", () => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, apply: boom })],
  ["a thenable", () => ({ then() {} })],
];

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const modules = readdirSync(srcDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "cli" && d.name !== "internal").map((d) => d.name);

/** The TSDoc of every exported function, by name, read from the sources. */
const DOCS = new Map<string, string>();
for (const module of modules) {
  for (const file of readdirSync(`${srcDir}${module}`)) {
    if (!file.endsWith(".ts") || file.includes(".test")) continue;
    const source = readFileSync(`${srcDir}${module}/${file}`, "utf8");
    for (const match of source.matchAll(/export (?:async )?function\*? ?(\w+)/g)) {
      const at = match.index;
      const open = source.lastIndexOf("/**", at);
      const close = source.lastIndexOf("*/", at);
      DOCS.set(match[1] as string, open >= 0 && close > open && source.slice(close + 2, at).trim() === "" ? source.slice(open, at) : "");
    }
  }
}

const isClass = (f: Function): boolean => /^class\b/.test(Function.prototype.toString.call(f));

/** Every exported function once (the root re-exports the subpaths), with where it is exported. */
const functions = new Map<string, Function>();
for (const exports of Object.values(SUBPATHS)) {
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== "function" || isClass(value) || functions.has(name)) continue;
    functions.set(name, value);
  }
}

/**
 * Never-throwing: documented so ("never throws", not "never throws for a string"), a `safeX`
 * form, an `isValidX` check, or an `isX` predicate that documents no `@throws`.
 */
const neverThrows = (name: string): boolean => {
  const doc = DOCS.get(name) ?? "";
  return /never throws(?! for)|without throwing/i.test(doc) || /^(safe|isValid)[A-Z]/.test(name) || (/^is[A-Z]/.test(name) && !doc.includes("@throws"));
};

type Outcome = { kind: "ok"; value?: unknown } | { kind: "coded"; code: string; fa: string } | { kind: "caller" } | { kind: "bare"; what: string } | { kind: "hang" };

const TIMEOUT = 2_000;
const withTimeout = <T,>(promise: Promise<T>): Promise<T | "hang"> =>
  Promise.race([promise, new Promise<"hang">((resolve) => setTimeout(() => resolve("hang"), TIMEOUT).unref?.())]);

function classify(error: unknown): Outcome {
  if (root.isMahallehError(error)) return typeof error.code === "string" && (error.code as string) !== "" ? { kind: "coded", code: error.code, fa: error.messages.fa } : { kind: "bare", what: "MahallehError without a code" };
  if (error === callerError) return { kind: "caller" };
  return { kind: "bare", what: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** Calls `fn(...args)` and reads what it returns (a promise is awaited, an async iterator read a little). */
async function outcomeOf(fn: Function, args: readonly unknown[]): Promise<Outcome> {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    return classify(error);
  }
  try {
    if (result instanceof Promise) {
      const settled = await withTimeout(result.then((value: unknown) => ({ value })));
      if (settled === "hang") return { kind: "hang" };
      result = settled.value;
    } else if (typeof result === "object" && result !== null && Symbol.asyncIterator in result) {
      const read = async (): Promise<"ok"> => {
        let n = 0;
        for await (const _ of result as AsyncIterable<unknown>) if (++n > 100) break;
        return "ok";
      };
      if ((await withTimeout(read())) === "hang") return { kind: "hang" };
    }
  } catch (error) {
    return classify(error);
  }
  return { kind: "ok", value: result };
}

/**
 * A silent answer made of garbage: a NaN presented as a number, or text that shows a
 * coercion («NaN», "undefined", "[object Object]"), at the top of the result or one level in.
 */
function garbageIn(value: unknown): string | undefined {
  const bad = (v: unknown): string | undefined => {
    if (typeof v === "number" && Number.isNaN(v)) return "NaN";
    if (typeof v === "string" && /\bNaN\b|\bundefined\b|\[object Object\]/.test(v)) return JSON.stringify(v.slice(0, 80));
    return undefined;
  };
  const top = bad(value);
  if (top !== undefined || typeof value !== "object" || value === null) return top;
  try {
    for (const v of Array.isArray(value) ? value.slice(0, 50) : Object.values(value).slice(0, 50)) {
      const found = bad(v);
      if (found !== undefined) return found;
    }
  } catch {
    // a hostile result of our own making is not what this looks for
  }
  return undefined;
}

/** A first argument of the right kind for the common shapes, so the second argument is reached. */
const PLAUSIBLE_FIRST: readonly unknown[] = ["1403/01/01", [], {}];

describe("every public function, hostile arguments", () => {
  it("finds the exports of every barrel", () => {
    expect(functions.size).toBeGreaterThan(150);
    expect(functions.has("parseJalali") && functions.has("computeIndex") && functions.has("validatePath") && functions.has("mapChart")).toBe(true);
  });

  it("sees garbage where there is some", () => {
    expect([garbageIn(Number.NaN), garbageIn({ score: Number.NaN }), garbageIn("rank undefined"), garbageIn(["[object Object]"]), garbageIn({ ok: 1 })]).toEqual(["NaN", "NaN", '"rank undefined"', '"[object Object]"', undefined]);
  });

  // The decision documented in docs/troubleshooting.md («What can be thrown at you»), on
  // a function that reads the caller's rows and a never-throwing form.
  it("lets the caller's own exception through untouched, except from the never-throwing forms", () => {
    const getter = HOSTILE.find(([label]) => label === "a throwing getter")?.[1];
    if (getter === undefined) throw new Error("the hostile getter is missing");
    const thrown = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(thrown(() => scoring.tableFromRows([getter() as Record<string, unknown>]))).toBe(callerError);
    const proxy = HOSTILE.find(([label]) => label === "a Proxy whose traps throw")?.[1];
    expect(thrown(() => scoring.tableFromRows([proxy?.() as Record<string, unknown>]))).toBe(callerError);
    const answer = validation.safeReadCsv("نام محله\nحصارک\n", Object.defineProperty({}, "delimiter", { get: boom, enumerable: true }));
    expect(answer.success).toBe(false);
    expect(answer.success ? undefined : [root.isMahallehError(answer.error), answer.error.cause]).toEqual([true, callerError]);
  });

  for (const [name, fn] of functions) {
    it(`${name}${neverThrows(name) ? " (never throws)" : ""}`, async () => {
      const problems: string[] = [];
      const strict = neverThrows(name);
      const check = async (label: string, args: readonly unknown[]): Promise<void> => {
        const outcome = await outcomeOf(fn, args);
        if (outcome.kind === "hang") problems.push(`${label}: hangs`);
        else if (outcome.kind === "bare") problems.push(`${label}: ${outcome.what}`);
        else if (outcome.kind === "coded" && strayLatinDigits(outcome.fa).length > 0) problems.push(`${label}: Latin digits in the Persian message «${outcome.fa}»`);
        else if (outcome.kind === "ok" && args.length > 0 && garbageIn(outcome.value) !== undefined) problems.push(`${label}: answers ${garbageIn(outcome.value)}`);
        if (strict && outcome.kind !== "ok" && outcome.kind !== "hang" && outcome.kind !== "bare") problems.push(`${label}: throws (${outcome.kind === "coded" ? outcome.code : "the caller's error"}) though it must not`);
      };
      await check("no arguments", []);
      for (const [label, make] of HOSTILE) await check(label, [make()]);
      for (const first of PLAUSIBLE_FIRST) for (const [label, make] of HOSTILE) await check(`(${JSON.stringify(first)}, ${label})`, [first, make()]);
      expect(problems).toEqual([]);
    });
  }
});
