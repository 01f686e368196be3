/**
 * Private field builders shared by the model schemas: each one cleans a spreadsheet-style
 * input (Persian/Arabic digits, separators, Arabic letters, Jalali date strings, money
 * strings) and reports every problem as a zod `custom` issue carrying our own code and a
 * Persian and an English message in `params` (see `docs/models.md`, "Issue format").
 *
 * Each builder is {@link cleaned}`(clean, described)`: `clean` does all the work and adds the
 * issues; `described` (a zod schema or a JSON Schema fragment) states the output shape for
 * `z.toJSONSchema` only and is never run, so a field costs one function call.
 */
import { Decimal } from "decimal.js";
import * as z from "zod/v4";
import type { ModelsErrorCode } from "./errorCodes";
import type { JalaliDate } from "./_jalaliDate";
import { isValidJalaliDate, parseJalaliDateText } from "./_jalaliDate";
import { latinDigits, persianDigits } from "../internal/chars";
import { cleanMoney, cleanNumber, cleanText, matchKey } from "./_clean";

/** The refinement context zod passes to preprocess functions and refinements. */
export type Ctx = z.core.$RefinementCtx;

const DESCRIBED = new WeakMap<object, z.ZodType | Readonly<Record<string, unknown>>>();

/**
 * What a {@link cleaned} field's output looks like, for `z.toJSONSchema` (keyed by the
 * field's inner schema, which is what the JSON Schema generator visits).
 */
export function describedAs(schema: object): z.ZodType | Readonly<Record<string, unknown>> | undefined {
  return DESCRIBED.get(schema);
}

/**
 * A field that `clean` checks and converts on its own (adding custom issues). The output
 * shape is given by `described` for JSON Schema generation and never re-checked.
 */
export function cleaned<I, O>(
  clean: (input: I, ctx: Ctx) => unknown,
  described: z.ZodType<O> | Readonly<Record<string, unknown>>,
): z.ZodType<O, I> {
  const out = z.custom<O>(() => true);
  DESCRIBED.set(out, described);
  return z.preprocess(clean, out) as unknown as z.ZodType<O, I>;
}

/** Adds a custom issue with our code and both messages. */
export function report(
  ctx: Ctx,
  code: ModelsErrorCode,
  fa: string,
  en: string,
  input: unknown,
  path?: PropertyKey[] | undefined,
): void {
  ctx.addIssue({
    code: "custom",
    message: en,
    input,
    params: { code, fa, en },
    ...(path === undefined ? {} : { path }),
  });
}

const BLANK = /^[\s\u200b-\u200f\u0640\ufeff]*$/;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && BLANK.test(value));
}

function required(ctx: Ctx, input: unknown): void {
  report(ctx, "MODELS_REQUIRED", "این مقدار الزامی است", "A value is required", input);
}

/** Options of {@link text}. */
export interface TextOptions {
  /** Maximum length after normalisation. */
  max?: number;
}

/** Non-empty text: trimmed, spaces collapsed, Arabic letters folded to Persian ones. */
export function text(options?: TextOptions | undefined): z.ZodType<string, string> {
  const max = options?.max ?? 500;
  return cleaned((input: string, ctx) => {
    if (input === undefined || input === null) return required(ctx, input);
    if (typeof input !== "string") {
      report(ctx, "MODELS_INVALID_TYPE", "این مقدار باید متن باشد", "Expected text", input);
      return input;
    }
    const cleaned = cleanText(input);
    if (cleaned === "") return required(ctx, input);
    if (cleaned.length > max) {
      report(
        ctx,
        "MODELS_INVALID_TEXT",
        `متن بلندتر از ${max} نویسه است`,
        `Text is longer than ${max} characters`,
        input,
      );
    }
    return cleaned;
  }, z.string().min(1).max(max));
}

/** Options of {@link numeric}. */
export interface NumericOptions {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** Whether the value must be a whole number. */
  integer?: boolean;
}

/** Parses a number from a number or a numeric string in any digit system with separators. */
function numberOrIssue(input: unknown, ctx: Ctx): number | undefined {
  if (isBlank(input)) {
    required(ctx, input);
    return undefined;
  }
  let value: number | undefined;
  if (typeof input === "number") value = Number.isFinite(input) ? input : undefined;
  else if (typeof input === "string") value = cleanNumber(input);
  else {
    report(ctx, "MODELS_INVALID_TYPE", "این مقدار باید عدد باشد", "Expected a number", input);
    return undefined;
  }
  if (value === undefined) {
    report(ctx, "MODELS_INVALID_NUMBER", "این مقدار عدد معتبری نیست", "Not a valid number", input);
  }
  return value;
}

/** A number within bounds, from a number or a numeric string. */
export function numeric(options?: NumericOptions | undefined): z.ZodType<number, number | string> {
  const min = options?.min ?? Number.NEGATIVE_INFINITY;
  const max = options?.max ?? Number.POSITIVE_INFINITY;
  const integer = options?.integer ?? false;
  let backstop = z.number();
  if (integer) backstop = backstop.int();
  if (Number.isFinite(min)) backstop = backstop.min(min);
  if (Number.isFinite(max)) backstop = backstop.max(max);
  return cleaned((input: number | string, ctx) => {
    const value = numberOrIssue(input, ctx);
    if (value === undefined) return input;
    if (integer && !Number.isInteger(value)) {
      report(ctx, "MODELS_NOT_INTEGER", "این مقدار باید عدد صحیح باشد", "Expected a whole number", input);
    } else if (value < min || value > max) {
      const [minFa, maxFa] = [persianDigits(String(min)), persianDigits(String(max))];
      const bounded = Number.isFinite(min) && Number.isFinite(max);
      const rangeEn = bounded ? `within ${min}–${max}` : Number.isFinite(min) ? `at least ${min}` : `at most ${max}`;
      const rangeFa = bounded ? `بین ${minFa} و ${maxFa}` : Number.isFinite(min) ? `دست‌کم ${minFa}` : `حداکثر ${maxFa}`;
      report(ctx, "MODELS_OUT_OF_RANGE", `مقدار باید ${rangeFa} باشد`, `Value must be ${rangeEn}`, input);
    }
    return value;
  }, backstop);
}

/** A non-negative whole number (people, households, votes…). */
export function count(): z.ZodType<number, number | string> {
  return numeric({ min: 0, integer: true });
}

/** A percentage, 0–100 inclusive. */
export function percent(): z.ZodType<number, number | string> {
  return numeric({ min: 0, max: 100 });
}

/** A branded identifier: trimmed, Latin digits, matching `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`. */
export function identifier<B extends string>(known?: ((text: string) => string | undefined) | undefined): z.ZodType<B, string> {
  return cleaned((input: string, ctx) => {
    const found = known !== undefined && typeof input === "string" ? known(input) : undefined;
    if (found !== undefined) return found;
    if (typeof input === "string" && ID_PATTERN.test(input)) return input;
    if (isBlank(input)) return required(ctx, input);
    if (typeof input !== "string") {
      report(ctx, "MODELS_INVALID_TYPE", "شناسه باید متن باشد", "An identifier must be text", input);
      return input;
    }
    const cleaned = latinDigits(cleanText(input));
    if (!ID_PATTERN.test(cleaned)) {
      report(
        ctx,
        "MODELS_INVALID_ID",
        "شناسه فقط می‌تواند حروف و ارقام لاتین، نقطه، خط تیره و زیرخط داشته باشد (حداکثر ۶۴ نویسه)",
        "An identifier may only hold Latin letters, digits, '.', '-' and '_' (at most 64 characters)",
        input,
      );
    }
    return cleaned;
  }, z.string().regex(ID_PATTERN)) as unknown as z.ZodType<B, string>;
}

/** The pattern every identifier matches. */
export const ID_PATTERN: RegExp = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * One of a fixed list of values; also accepts a Persian (or other) alias, matched by
 * {@link matchKey} (case, digits, Arabic letters, spaces, ZWNJ and hyphens do not matter).
 */
export function choice<const T extends string>(
  values: readonly T[],
  aliases?: Readonly<Record<string, T>> | undefined,
  code: "MODELS_UNKNOWN_VALUE" | "MODELS_UNKNOWN_PROVINCE" = "MODELS_UNKNOWN_VALUE",
  faNames?: Readonly<Partial<Record<T, string>>> | undefined,
): z.ZodType<T, string> {
  const lookup = new Map<string, T>();
  for (const value of values) lookup.set(matchKey(value), value);
  for (const [alias, value] of Object.entries(aliases ?? {})) lookup.set(matchKey(alias), value);
  const listed = values.join(", ");
  // the Persian message lists the values as a Persian reader knows them
  const listedFa = values.map((value) => faNames?.[value] ?? value).join("، ");
  const exact = new Set<string>(values);
  return cleaned((input: string, ctx) => {
    if (exact.has(input)) return input;
    if (isBlank(input)) return required(ctx, input);
    const found = typeof input === "string" ? lookup.get(matchKey(input)) : undefined;
    if (found === undefined) {
      report(
        ctx,
        code,
        `مقدار مجاز نیست؛ یکی از این‌ها را بنویسید: ${listedFa}`,
        `Not an allowed value; expected one of: ${listed}`,
        input,
      );
      return input;
    }
    return found;
  }, z.enum(values as unknown as [T, ...T[]])) as unknown as z.ZodType<T, string>;
}

const JALALI_DATE_SHAPE = z.object({
  year: z.number().int().min(1).max(3177),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});

/**
 * A Jalali date `{ year, month, day }` (1-based month) from such an object or from a string
 * such as «۱۴۰۳/۱۲/۲۷» or "1403-12-27".
 */
export function jalaliDate(): z.ZodType<JalaliDate, JalaliDate | string> {
  return cleaned((input: JalaliDate | string, ctx) => {
    if (isBlank(input)) return required(ctx, input);
    let date: JalaliDate | undefined;
    if (typeof input === "string") date = parseJalaliDateText(input);
    else if (typeof input === "object" && input !== null) {
      const { year, month, day } = input as unknown as Record<string, unknown>;
      if (typeof year === "number" && typeof month === "number" && typeof day === "number") {
        date = { year, month, day };
      }
    }
    if (date === undefined || !isValidJalaliDate(date)) {
      report(
        ctx,
        "MODELS_INVALID_DATE",
        "تاریخ شمسی نامعتبر است (نمونهٔ درست: ۱۴۰۳/۱۲/۲۷)",
        "Invalid Jalali date (expected e.g. 1403/12/27)",
        input,
      );
      return input;
    }
    return date;
  }, JALALI_DATE_SHAPE);
}

const MONEY_JSON: Readonly<Record<string, unknown>> = {
  type: "string",
  pattern: "^\\d+$",
  description: "Amount in rials, an integer written as a decimal string",
};

/**
 * An amount of money in rials as a `Decimal`, from a Decimal, a number or a string such as
 * «۱۲٬۵۰۰ میلیارد ریال» or «۵۰ میلیون تومان» (tomans are converted to rials). Never negative.
 */
export function money(): z.ZodType<Decimal, Decimal | number | string> {
  return cleaned<Decimal | number | string, Decimal>((input, ctx) => {
    if (isBlank(input)) return required(ctx, input);
    let amount: Decimal | undefined;
    if (Decimal.isDecimal(input) || typeof input === "number" || typeof input === "string") amount = cleanMoney(input);
    if (amount !== undefined && amount.isNegative()) {
      report(
        ctx,
        "MODELS_INVALID_MONEY",
        "مبلغ نمی‌تواند منفی باشد",
        "An amount cannot be negative",
        input,
      );
      return input;
    }
    if (amount === undefined) {
      report(
        ctx,
        "MODELS_INVALID_MONEY",
        "مبلغ نامعتبر است (نمونهٔ درست: ۱۲٬۵۰۰ میلیارد ریال)",
        "Invalid amount of money (expected e.g. 12,500 billion rials)",
        input,
      );
      return input;
    }
    return amount;
  }, MONEY_JSON);
}

/** Options of {@link list}. */
export interface ListOptions {
  /** Reject the same item twice (compared by JSON). */
  unique?: boolean;
  /** Fewest items allowed. */
  min?: number;
}

const LIST_SEPARATORS = /[\u060c,;|\n]/;

/**
 * A list of items, each checked by `item`; by default rejects duplicates. A spreadsheet cell
 * holding several values separated by «،», `,`, `;`, `|` or line breaks is split into items;
 * a missing or blank list is empty.
 */
export function list<O, I>(item: z.ZodType<O, I>, options?: ListOptions | undefined): z.ZodType<O[], readonly I[] | string> {
  const unique = options?.unique ?? true;
  const min = options?.min ?? 0;
  return z.preprocess(
    (input: readonly I[] | string, ctx) => {
      if (typeof input === "string") {
        input = input
          .split(LIST_SEPARATORS)
          .map((part) => part.trim())
          .filter((part) => part !== "") as unknown as readonly I[];
      }
      if (input === undefined || input === null || (Array.isArray(input) && input.length === 0)) {
        if (min > 0) required(ctx, input);
        return [];
      }
      if (!Array.isArray(input)) {
        report(ctx, "MODELS_INVALID_TYPE", "این مقدار باید فهرست باشد", "Expected a list", input);
        return input;
      }
      if (input.length < min) {
        report(ctx, "MODELS_REQUIRED", `دست‌کم ${min} مورد لازم است`, `At least ${min} item(s) required`, input);
      }
      return input;
    },
    z.array(item).superRefine((items, ctx) => {
      if (!unique) return;
      const seen = new Set<string>();
      items.forEach((value, index) => {
        const key = typeof value === "object" ? JSON.stringify(value) : String(value);
        if (seen.has(key)) report(ctx, "MODELS_DUPLICATE", "این مورد تکراری است", "Duplicate item", value, [index]);
        seen.add(key);
      });
    }),
  ) as unknown as z.ZodType<O[], readonly I[] | string>;
}

/** Compares two Jalali dates: negative if `a` is earlier, 0 if equal, positive if later. */
export function compareDates(a: JalaliDate, b: JalaliDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** True if `value` is a valid Jalali date (guards cross-field checks against raw input). */
export function isDate(value: unknown): value is JalaliDate {
  return isValidJalaliDate(value);
}

/** A {@link choice} over a catalogue's ids that also accepts its Persian and English labels. */
export function catalogueChoice<const T extends string>(
  entries: readonly { readonly id: T; readonly nameFa: string; readonly nameEn: string }[],
  extraAliases?: Readonly<Record<string, T>> | undefined,
): z.ZodType<T, string> {
  const aliases: Record<string, T> = { ...extraAliases };
  const faNames: Partial<Record<T, string>> = {};
  for (const entry of entries) {
    aliases[entry.nameFa] = entry.id;
    aliases[entry.nameEn] = entry.id;
    faNames[entry.id] = entry.nameFa;
  }
  return choice(
    entries.map((entry) => entry.id),
    aliases,
    "MODELS_UNKNOWN_VALUE",
    faNames,
  );
}

/**
 * Refinement parameters that run cross-field checks even when a field already failed (so a
 * row's report is complete), as long as the value is an object. Checks must then guard the
 * types of the fields they read.
 */
export const OBJECT_ONLY: { when: (payload: z.core.ParsePayload) => boolean } = {
  when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};

/** Reports `end` before `start` at `path`. */
export function checkOrder(ctx: Ctx, start: unknown, end: unknown, path: string, fa: string, en: string): void {
  if (isDate(start) && isDate(end) && compareDates(end, start) < 0) report(ctx, "MODELS_DATE_ORDER", fa, en, end, [path]);
}


/**
 * A nested record (a budget line, a KPI…): anything but a plain object is reported with our
 * own `MODELS_INVALID_TYPE` instead of zod's `invalid_type`.
 */
export function nested<O, I>(schema: z.ZodType<O, I>): z.ZodType<O, I> {
  return z.preprocess((input: I, ctx) => {
    if (input === undefined || input === null) return required(ctx, input);
    if (typeof input !== "object" || Array.isArray(input)) {
      report(ctx, "MODELS_INVALID_TYPE", "این مقدار باید یک رکورد (شیء) باشد", "Expected a record (object)", input);
    }
    return input;
  }, schema) as unknown as z.ZodType<O, I>;
}
