/**
 * The checks behind the identifier functions: each returns the canonical form or the reason
 * it is invalid. Never throws; linear in the input.
 */
import { idDigits } from "./_idDigits";

/** A check's outcome. */
export type Check<T, R extends string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: R };

function allSame(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits.charCodeAt(i) !== digits.charCodeAt(0)) return false;
  return true;
}

/** National ID (کد ملی): canonical 10 Latin digits. */
export function checkNationalId(input: unknown): Check<string, "format" | "repeated" | "checksum"> {
  const digits = idDigits(input);
  if (digits === null || digits.length < 8 || digits.length > 10) return { ok: false, reason: "format" };
  const id = digits.padStart(10, "0");
  if (allSame(id)) return { ok: false, reason: "repeated" };
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (id.charCodeAt(i) - 48) * (10 - i);
  const r = sum % 11;
  const check = id.charCodeAt(9) - 48;
  return (r < 2 ? check === r : check === 11 - r) ? { ok: true, value: id } : { ok: false, reason: "checksum" };
}

const LEGAL_WEIGHTS = [29, 27, 23, 19, 17] as const;

/** Legal-entity ID (شناسه ملی): canonical 11 Latin digits. */
export function checkLegalId(input: unknown): Check<string, "format" | "checksum"> {
  const id = idDigits(input);
  if (id === null || id.length !== 11) return { ok: false, reason: "format" };
  const k = id.charCodeAt(9) - 48 + 2;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (k + id.charCodeAt(i) - 48) * (LEGAL_WEIGHTS[i % 5] as number);
  let r = sum % 11;
  if (r === 10) r = 0;
  return r === id.charCodeAt(10) - 48 ? { ok: true, value: id } : { ok: false, reason: "checksum" };
}

/** Iranian IBAN (شبا): canonical `IR` + 24 digits, and the bank code (digits 5–7). */
export function checkIban(input: unknown): Check<{ iban: string; bankCode: string }, "format" | "checksum"> {
  if (typeof input !== "string") return { ok: false, reason: "format" };
  let text = input.trim();
  const c0 = text.charCodeAt(0) | 0x20;
  const c1 = text.charCodeAt(1) | 0x20;
  if (c0 === 0x69 && c1 === 0x72) text = text.slice(2); // "IR" in either case
  const digits = idDigits(text);
  if (digits === null || digits.length !== 24) return { ok: false, reason: "format" };
  // ISO 13616: move "IR" + check digits to the end, letters as numbers (I = 18, R = 27), mod 97.
  const rearranged = `${digits.slice(2)}1827${digits.slice(0, 2)}`;
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) remainder = (remainder * 10 + rearranged.charCodeAt(i) - 48) % 97;
  if (remainder !== 1) return { ok: false, reason: "checksum" };
  return { ok: true, value: { iban: `IR${digits}`, bankCode: digits.slice(2, 5) } };
}

/** Mobile operators by the "9xx" prefix (after the trunk 0), from shared/reference/iran.md. */
const OPERATORS: Map<string, Operator> = /* @__PURE__ */ buildOperators();

type Operator = "MCI" | "Irancell" | "RighTel" | "other";

function buildOperators(): Map<string, Operator> {
  const operators = new Map<string, Operator>();
  for (let p = 910; p <= 919; p++) operators.set(String(p), "MCI");
  for (let p = 990; p <= 996; p++) operators.set(String(p), "MCI");
  for (const p of [900, 901, 902, 903, 904, 905, 930, 933, 935, 936, 937, 938, 939, 941]) operators.set(String(p), "Irancell");
  for (let p = 920; p <= 923; p++) operators.set(String(p), "RighTel");
  for (const p of [932, 998, 999]) operators.set(String(p), "other");
  return operators;
}

/** Mobile number: the 10 digits after the trunk 0 (`9xxxxxxxxx`) and the operator. */
export function checkMobile(
  input: unknown,
  knownPrefixesOnly: boolean,
): Check<{ digits: string; operator: "MCI" | "Irancell" | "RighTel" | "other" | "unknown" }, "format" | "prefix"> {
  const typed = typeof input === "number" || typeof input === "bigint" ? idDigits(input) : input;
  if (typeof typed !== "string") return { ok: false, reason: "format" };
  let text = typed.trim();
  if (text.startsWith("+")) text = text.slice(1);
  let digits = idDigits(text.replace(/[()]/g, ""));
  if (digits === null) return { ok: false, reason: "format" };
  if (digits.startsWith("0098")) digits = digits.slice(4);
  else if (digits.startsWith("98") && digits.length >= 12) digits = digits.slice(2);
  if (digits.startsWith("0")) digits = digits.slice(1);
  if (digits.length !== 10 || digits.charCodeAt(0) !== 57) return { ok: false, reason: "format" };
  const operator = OPERATORS.get(digits.slice(0, 3)) ?? "unknown";
  if (knownPrefixesOnly && operator === "unknown") return { ok: false, reason: "prefix" };
  return { ok: true, value: { digits, operator } };
}

/** Postal code: canonical 10 Latin digits. */
export function checkPostalCode(input: unknown, strict: boolean): Check<string, "format" | "strict"> {
  const digits = idDigits(input);
  if (digits === null || digits.length !== 10) return { ok: false, reason: "format" };
  if (strict) {
    if (allSame(digits)) return { ok: false, reason: "strict" };
    for (let i = 0; i < 5; i++) {
      const d = digits.charCodeAt(i);
      if (d === 48 || d === 50) return { ok: false, reason: "strict" };
    }
  }
  return { ok: true, value: digits };
}
