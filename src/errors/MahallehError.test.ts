import { describe, expect, it } from "vitest";
import { MahallehError, isMahallehError } from "./MahallehError";
import { asMahallehError, toSafe } from "../internal/safe";

describe("MahallehError", () => {
  it("carries code, both messages, details and cause", () => {
    const cause = new RangeError("low level");
    const error = new MahallehError(
      "INVALID_ARGUMENT",
      { fa: "مقدار نامعتبر", en: "Bad value" },
      { details: { value: 3 }, cause },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("MahallehError");
    expect(error.message).toBe("Bad value");
    expect(error.localized("fa")).toBe("مقدار نامعتبر");
    expect(error.details).toEqual({ value: 3 });
    expect(error.cause).toBe(cause);
    expect(Object.isFrozen(error.messages)).toBe(true);
  });

  it("is recognised across copies of the class by its global brand", () => {
    // A structurally different object carrying the brand, as another build's instance would.
    const foreign = Object.defineProperty(new Error("x"), Symbol.for("mahalleh.error"), { value: true });
    expect(isMahallehError(foreign)).toBe(true);
    expect(isMahallehError({ name: "MahallehError", code: "INTERNAL" })).toBe(false);
    expect(isMahallehError(undefined)).toBe(false);
    expect(isMahallehError("MahallehError")).toBe(false);
  });

  it("keeps the brand out of enumeration and JSON", () => {
    const error = new MahallehError("INTERNAL", { fa: "الف", en: "a" });
    expect(Object.keys(error)).not.toContain(Symbol.for("mahalleh.error"));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "MahallehError", code: "INTERNAL" });
  });
});

describe("toSafe", () => {
  it("returns data on success and the same error on failure", () => {
    expect(toSafe(() => 42)).toEqual({ success: true, data: 42 });
    const error = new MahallehError("INVALID_ARGUMENT", { fa: "ب", en: "b" });
    const result = toSafe(() => {
      throw error;
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toBe(error);
  });

  it("wraps a foreign exception as INTERNAL with the original as cause", () => {
    const boom = new TypeError("boom");
    const wrapped = asMahallehError(boom);
    expect(wrapped.code).toBe("INTERNAL");
    expect(wrapped.cause).toBe(boom);
    // the message says whose it may be and quotes the original
    expect(wrapped.message).toContain("(boom)");
    expect(wrapped.message).toContain("your input");
    expect(wrapped.messages.fa).toContain("(boom)");
  });

  it("reads a hostile exception's message defensively", () => {
    const hostile = new Proxy(new Error("x"), {
      get() {
        throw new Error("trap");
      },
      getPrototypeOf() {
        throw new Error("trap");
      },
    });
    const wrapped = asMahallehError(hostile);
    expect(wrapped.code).toBe("INTERNAL");
    expect(wrapped.cause).toBe(hostile);
    expect(asMahallehError("plain string thrown").message).toContain("(plain string thrown)");
    expect(asMahallehError(42).message).not.toContain("()");
    expect(asMahallehError(new Error("e".repeat(1000))).message.length).toBeLessThan(400);
  });
});
