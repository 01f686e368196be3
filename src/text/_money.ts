/** Money units and the reader shared by parseMoney, sumMoney and allocateMoney. */
import type { Decimal } from "decimal.js";
import { isMahallehError } from "../errors/MahallehError";
import { fail } from "../internal/safe";
import { dec, tenTo } from "./_decimal";
import { isDecimalLike } from "./_isDecimal";
import { preview, readTokens, tokenize } from "./_words";

/** Unit words → rials per unit. */
const UNITS = new Map<string, number>([
  ["ریال", 1],
  ["ريال", 1],
  ["﷼", 1],
  ["irr", 1],
  ["rial", 1],
  ["rials", 1],
  ["تومان", 10],
  ["تومن", 10],
  ["irt", 10],
  ["toman", 10],
  ["tomans", 10],
  ["همت", 1e13],
]);

/** Money amounts above this many digits are rejected as out of range. */
const MAX_MONEY_DIGITS = 40;

/** Reads an amount of money in rials; see parseMoney. */
export function readMoney(input: unknown, defaultUnit: "rial" | "toman" | undefined, slashDecimal: boolean, fn: string): Decimal {
  let amount: Decimal;
  let perUnit: number | undefined;
  if (typeof input === "number" || typeof input === "bigint" || isDecimalLike(input)) {
    if (typeof input === "number" && !Number.isFinite(input)) throw invalidMoney(String(input), "not finite");
    if (isDecimalLike(input) && !input.isFinite()) throw invalidMoney(input.toString(), "not finite");
    amount = dec(typeof input === "bigint" ? input.toString() : (input as number | Decimal).toString());
  } else if (typeof input === "string") {
    const tokens = tokenize(input);
    let last = tokens[tokens.length - 1];
    if (last !== undefined) {
      const lower = last.toLowerCase();
      perUnit = UNITS.get(lower);
      if (perUnit !== undefined) tokens.pop();
      else {
        // A unit glued to the amount: «۱۰۰۰ریال», «50تومان».
        for (const [word, value] of UNITS) {
          if (lower.length > word.length && lower.endsWith(word) && /\d$/.test(lower.slice(0, -word.length))) {
            perUnit = value;
            last = last.slice(0, -word.length);
            tokens[tokens.length - 1] = last;
            break;
          }
        }
      }
    }
    if (tokens.length === 0) throw invalidMoney(input, "no amount");
    try {
      const read = readTokens(tokens, input, slashDecimal);
      if (read.ordinal) throw invalidMoney(input, "ordinal");
      amount = read.value;
    } catch (error) {
      if (isMahallehError(error) && error.code === "TEXT_INVALID_NUMBER") {
        throw fail("TEXT_INVALID_MONEY", `مبلغ «${preview(input)}» خوانا نیست`, `The amount "${preview(input)}" cannot be read`, error.details ?? {});
      }
      throw error;
    }
  } else {
    throw fail("INVALID_ARGUMENT", `${fn}: مبلغ باید متن یا عدد باشد`, `${fn}: an amount must be a string, a number, a bigint or a Decimal`, {
      type: input === null ? "null" : typeof input,
    });
  }
  if (perUnit === undefined) {
    if (defaultUnit === undefined) {
      throw fail(
        "TEXT_MISSING_UNIT",
        `واحد پول مبلغ «${preview(String(input))}» مشخص نیست (ریال یا تومان)`,
        `The amount "${preview(String(input))}" has no unit (ریال or تومان) and no defaultUnit was given`,
        { input: preview(String(input)) },
      );
    }
    perUnit = defaultUnit === "toman" ? 10 : 1;
  }
  const rials = amount.times(perUnit);
  if (!rials.isInteger()) throw invalidMoney(String(input), "fraction of a rial");
  if (rials.abs().gte(tenTo(MAX_MONEY_DIGITS))) {
    throw fail("TEXT_OUT_OF_RANGE", "مبلغ بیش از حد بزرگ است", `The amount is too large (more than ${MAX_MONEY_DIGITS} digits of rials)`, {
      input: preview(String(input)),
    });
  }
  return rials.isZero() ? dec(0) : rials;
}

function invalidMoney(input: string, reason: string): Error {
  return fail("TEXT_INVALID_MONEY", `مبلغ «${preview(input)}» نامعتبر است (${reason})`, `Invalid amount "${preview(input)}" (${reason})`, {
    input: preview(input),
    reason,
  });
}
