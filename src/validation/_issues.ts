/**
 * Private: turns zod issues into report issues with our codes and fa/en messages.
 *
 * The validators parse with a per-call error map that returns {@link DEFAULT_MESSAGE}: zod
 * only consults it when neither the schema nor its checks gave a message of their own, so an
 * issue whose message is still the sentinel gets our localized text, and any other message
 * (set by the schema, e.g. by `mahalleh/models`) is kept. `params.code` / `params.fa` /
 * `params.en` on a custom issue carry a model's own code and both languages.
 */
import { persianDigits } from "../internal/chars";
import type { ValidationIssueCode } from "./errorCodes";
import type { ValidationIssue, ValidationLocale } from "./ValidationReport";

/** What the per-call error map returns: "no custom message here". */
export const DEFAULT_MESSAGE = "\u0000mahalleh:default";

/** A finalized zod issue, read defensively (zod's types are wider than we rely on). */
interface LooseIssue {
  readonly code?: unknown;
  readonly path?: unknown;
  readonly message?: unknown;
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly exact?: unknown;
  readonly format?: unknown;
  readonly divisor?: unknown;
  readonly keys?: unknown;
  readonly values?: unknown;
  readonly params?: unknown;
  readonly discriminator?: unknown;
  readonly options?: unknown;
  readonly prefix?: unknown;
  readonly suffix?: unknown;
  readonly includes?: unknown;
}

interface Bilingual {
  readonly code: ValidationIssueCode;
  readonly fa: string;
  readonly en: string;
}

const TYPE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  string: ["متن", "text"],
  number: ["عدد", "a number"],
  int: ["عدد صحیح", "an integer"],
  bigint: ["عدد صحیح بزرگ", "a big integer"],
  boolean: ["درست یا نادرست", "true or false"],
  date: ["تاریخ", "a date"],
  array: ["فهرست", "a list"],
  tuple: ["فهرست", "a list"],
  object: ["رکورد (شیء)", "a record (object)"],
  record: ["رکورد (شیء)", "a record (object)"],
  map: ["نگاشت", "a map"],
  set: ["مجموعه", "a set"],
  null: ["تهی (null)", "null"],
  undefined: ["خالی", "nothing"],
  symbol: ["نماد", "a symbol"],
  function: ["تابع", "a function"],
  nan: ["NaN", "NaN"],
  file: ["پرونده", "a file"],
  never: ["هیچ مقداری", "no value"],
};

function typeName(name: string): readonly [string, string] {
  return TYPE_NAMES[name] ?? [name, name];
}

/** The kind of a received value, named like zod's `expected`. */
function receivedKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "date";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}

/** A short, safe preview of a primitive value for messages (never stringifies objects). */
function preview(value: unknown): string | undefined {
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  return undefined;
}

function num(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return "?";
}

const FORMAT_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  email: ["نشانی ایمیل", "an email address"],
  url: ["نشانی وب", "a URL"],
  uuid: ["شناسهٔ UUID", "a UUID"],
  guid: ["شناسهٔ GUID", "a GUID"],
  regex: ["الگوی مورد انتظار", "the expected pattern"],
  datetime: ["تاریخ و زمان ISO", "an ISO date-time"],
  date: ["تاریخ ISO (YYYY-MM-DD)", "an ISO date (YYYY-MM-DD)"],
  time: ["زمان ISO", "an ISO time"],
  ipv4: ["نشانی IPv4", "an IPv4 address"],
  ipv6: ["نشانی IPv6", "an IPv6 address"],
  e164: ["شمارهٔ تلفن E.164", "an E.164 phone number"],
  json_string: ["متن JSON", "a JSON string"],
};

function bilingualFor(issue: LooseIssue): Bilingual {
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeof issue.expected === "string" ? issue.expected : "?";
      const [fa, en] = typeName(expected);
      if (issue.input === undefined && expected !== "undefined") {
        return { code: "VALIDATION_REQUIRED", fa: `لازم است (${fa} وارد نشده است)`, en: `is required (${en} is missing)` };
      }
      const [rfa, ren] = typeName(receivedKind(issue.input));
      const shown = preview(issue.input);
      const quotedFa = shown === undefined ? "" : ` «${shown}»`;
      const quotedEn = shown === undefined ? "" : ` "${shown}"`;
      return {
        code: "VALIDATION_INVALID_TYPE",
        fa: `باید ${fa} باشد، اما ${rfa}${quotedFa} داده شده است`,
        en: `must be ${en}, got ${ren}${quotedEn}`,
      };
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = num(small ? issue.minimum : issue.maximum);
      const limitFa = persianDigits(limit);
      const inclusive = issue.inclusive !== false;
      const exact = issue.exact === true;
      const origin = typeof issue.origin === "string" ? issue.origin : "number";
      const code: ValidationIssueCode = small ? "VALIDATION_TOO_SMALL" : "VALIDATION_TOO_BIG";
      const sized: Readonly<Record<string, readonly [string, string]>> = {
        string: ["نویسه", "characters"],
        array: ["مورد", "items"],
        set: ["مورد", "items"],
        file: ["بایت", "bytes"],
      };
      const unit = sized[origin];
      if (unit !== undefined) {
        if (small && limit === "1" && inclusive && !exact) {
          return { code, fa: "نباید خالی باشد", en: "must not be empty" };
        }
        if (exact) return { code, fa: `باید دقیقاً ${limitFa} ${unit[0]} باشد`, en: `must have exactly ${limit} ${unit[1]}` };
        return small
          ? { code, fa: `باید دست‌کم ${limitFa} ${unit[0]} باشد`, en: `must have at least ${limit} ${unit[1]}` }
          : { code, fa: `باید حداکثر ${limitFa} ${unit[0]} باشد`, en: `must have at most ${limit} ${unit[1]}` };
      }
      if (origin === "date") {
        const shownLimit = typeof (small ? issue.minimum : issue.maximum) === "number"
          ? new Date(Number(small ? issue.minimum : issue.maximum)).toISOString()
          : limit;
        return small
          ? { code, fa: `نباید پیش از ${shownLimit} باشد`, en: `must not be before ${shownLimit}` }
          : { code, fa: `نباید پس از ${shownLimit} باشد`, en: `must not be after ${shownLimit}` };
      }
      if (small) {
        return inclusive
          ? { code, fa: `باید بزرگ‌تر از ${limitFa} یا برابر با آن باشد`, en: `must be at least ${limit}` }
          : { code, fa: `باید بزرگ‌تر از ${limitFa} باشد`, en: `must be greater than ${limit}` };
      }
      return inclusive
        ? { code, fa: `باید کوچک‌تر از ${limitFa} یا برابر با آن باشد`, en: `must be at most ${limit}` }
        : { code, fa: `باید کوچک‌تر از ${limitFa} باشد`, en: `must be less than ${limit}` };
    }
    case "invalid_format": {
      const format = typeof issue.format === "string" ? issue.format : "?";
      if (format === "starts_with") {
        const prefix = String(issue.prefix);
        return { code: "VALIDATION_INVALID_FORMAT", fa: `باید با «${prefix}» آغاز شود`, en: `must start with "${prefix}"` };
      }
      if (format === "ends_with") {
        const suffix = String(issue.suffix);
        return { code: "VALIDATION_INVALID_FORMAT", fa: `باید با «${suffix}» پایان یابد`, en: `must end with "${suffix}"` };
      }
      if (format === "includes") {
        const inner = String(issue.includes);
        return { code: "VALIDATION_INVALID_FORMAT", fa: `باید «${inner}» را در بر داشته باشد`, en: `must include "${inner}"` };
      }
      const [fa, en] = FORMAT_NAMES[format] ?? [`قالب ${format}`, `a valid ${format}`];
      return { code: "VALIDATION_INVALID_FORMAT", fa: `قالب نادرست است؛ باید ${fa} باشد`, en: `has the wrong format; must be ${en}` };
    }
    case "not_multiple_of": {
      const divisor = num(issue.divisor);
      return { code: "VALIDATION_NOT_MULTIPLE_OF", fa: `باید مضربی از ${persianDigits(divisor)} باشد`, en: `must be a multiple of ${divisor}` };
    }
    case "unrecognized_keys": {
      const keys = Array.isArray(issue.keys) ? issue.keys.map(String) : [];
      return {
        code: "VALIDATION_UNRECOGNIZED_KEYS",
        fa: `ستون‌ها یا کلیدهای ناشناخته: ${keys.map((k) => `«${k}»`).join("، ")}`,
        en: `unknown keys: ${keys.map((k) => `"${k}"`).join(", ")}`,
      };
    }
    case "invalid_union": {
      if (typeof issue.discriminator === "string" && Array.isArray(issue.options)) {
        const options = issue.options.map(String);
        return {
          code: "VALIDATION_INVALID_UNION",
          fa: `«${issue.discriminator}» باید یکی از این‌ها باشد: ${options.join("، ")}`,
          en: `"${issue.discriminator}" must be one of: ${options.join(", ")}`,
        };
      }
      return { code: "VALIDATION_INVALID_UNION", fa: "با هیچ‌یک از شکل‌های مجاز سازگار نیست", en: "matches none of the allowed shapes" };
    }
    case "invalid_key":
      return { code: "VALIDATION_INVALID_KEY", fa: "کلید نامعتبر است", en: "has an invalid key" };
    case "invalid_element":
      return { code: "VALIDATION_INVALID_ELEMENT", fa: "عضو نامعتبر دارد", en: "has an invalid element" };
    case "invalid_value": {
      const values = Array.isArray(issue.values) ? issue.values.map((v) => (typeof v === "string" ? v : String(v))) : [];
      if (values.length === 1) {
        return { code: "VALIDATION_INVALID_VALUE", fa: `باید «${values[0]}» باشد`, en: `must be "${values[0]}"` };
      }
      const shownFa = values.length > 12 ? `${values.slice(0, 12).join("، ")}، …` : values.join("، ");
      const shownEn = values.length > 12 ? `${values.slice(0, 12).join(", ")}, …` : values.join(", ");
      return { code: "VALIDATION_INVALID_VALUE", fa: `باید یکی از این مقدارها باشد: ${shownFa}`, en: `must be one of: ${shownEn}` };
    }
    default:
      return { code: "VALIDATION_CUSTOM", fa: "مقدار نامعتبر است", en: "is invalid" };
  }
}

/** Path keys as strings and numbers (a symbol key becomes its description). */
function cleanPath(path: unknown): (string | number)[] {
  if (!Array.isArray(path)) return [];
  const out: (string | number)[] = [];
  for (const key of path) out.push(typeof key === "number" || typeof key === "string" ? key : String(key));
  return out;
}

/**
 * Maps one finalized zod issue (finalized by `_run.ts`) to a report issue.
 */
export function mapIssue(raw: unknown, locale: ValidationLocale): ValidationIssue {
  const issue = (typeof raw === "object" && raw !== null ? raw : {}) as LooseIssue;
  const path = cleanPath(issue.path);
  const params = typeof issue.params === "object" && issue.params !== null ? (issue.params as Record<string, unknown>) : undefined;
  const customCode = typeof params?.["code"] === "string" ? params["code"] : undefined;
  const customText = params?.[locale];
  if (typeof customText === "string") {
    return { path, code: customCode ?? "VALIDATION_CUSTOM", message: customText };
  }
  const mapped = bilingualFor(issue);
  const code = customCode ?? mapped.code;
  const message = typeof issue.message === "string" && issue.message !== DEFAULT_MESSAGE
    ? issue.message
    : locale === "fa"
      ? mapped.fa
      : mapped.en;
  return { path, code, message };
}
