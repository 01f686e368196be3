/**
 * The one message table of `mahalleh/monitoring`: every error's Persian and English text,
 * and the words of the session agenda.
 */
import type { Decimal } from "decimal.js";
import { MahallehError } from "../errors/MahallehError";
import { persianDigitsInProse } from "../internal/chars";
import { isDecimal } from "./_decimal";
import type { MonitoringErrorCode } from "./errorCodes";

/** Where a problem is: the list, the index and id of the record, the field. */
export interface Where {
  readonly list?: string | undefined;
  readonly index?: number | undefined;
  readonly id?: string | undefined;
  readonly field?: string | undefined;
}

/** A Persian and an English text. */
export interface Text {
  readonly fa: string;
  readonly en: string;
}

type MessageKey = "unknownNeighbourhood" | "notArray" | "notRecord" | "badOption" | "badDate" | "dateOrder" | "unknownIntervention" | "badAmount";

const MESSAGES: Readonly<Record<MessageKey, (...args: string[]) => Text>> = {
  notArray: (what: string) => ({ fa: `«${what}» باید فهرست (آرایه) باشد`, en: `"${what}" must be an array` }),
  notRecord: (what: string) => ({ fa: `هر عضو «${what}» باید یک رکورد (شیء) باشد`, en: `Every item of "${what}" must be a record (object)` }),
  badOption: (name: string, allowed: string) => ({ fa: `گزینهٔ «${name}» نامعتبر است؛ مقدار مجاز: ${allowed}`, en: `Invalid option "${name}"; allowed: ${allowed}` }),
  badDate: (where: string) => ({ fa: `تاریخ شمسی نامعتبر در ${where}`, en: `Invalid Jalali date at ${where}` }),
  dateOrder: (where: string, rule: string) => ({ fa: `${where}: تاریخ ${rule === "<" ? "باید پس از" : "نباید پیش از"} تاریخ جلسه باشد`, en: `${where}: must be ${rule === "<" ? "after" : "on or after"} the session date` }),
  unknownIntervention: (where: string, id: string) => ({ fa: `اقدام «${id}» در فهرست اقدامات نیست (${where})`, en: `Intervention "${id}" is not in the list of interventions (${where})` }),
  unknownNeighbourhood: (where: string, id: string) => ({ fa: `محلهٔ «${id}» در فهرست محلات نیست (${where})`, en: `Neighbourhood "${id}" is not in the list of neighbourhoods (${where})` }),
  badAmount: (where: string) => ({ fa: `مبلغ باید عددی نامنفی به ریال (Decimal) باشد (${where})`, en: `An amount must be a non-negative number of rials (a Decimal) (${where})` }),
};

/** Where, as text: `resolutions[3] "alb-sh-73-r1" .deadline`. */
export function whereText(where: Where): string {
  const record = `${where.list ?? "input"}${where.index === undefined ? "" : `[${where.index}]`}${where.id === undefined ? "" : ` «${where.id}»`}`;
  return where.field === undefined ? record : `${record}.${where.field}`;
}

/** A MahallehError with the table's messages and the place in `details`. */
export function monitoringError(
  code: MonitoringErrorCode,
  key: MessageKey,
  args: readonly string[],
  details?: Readonly<Record<string, unknown>> | undefined,
): MahallehError {
  const message = MESSAGES[key](...args);
  return new MahallehError(code, { fa: persianDigitsInProse(message.fa), en: message.en }, details === undefined ? undefined : { details });
}

/** {@link monitoringError} at a place: the message starts from {@link whereText} and `details` is the place. */
export function failAt(code: MonitoringErrorCode, key: MessageKey, where: Where, ...args: string[]): MahallehError {
  return monitoringError(code, key, [whereText(where), ...args], { ...where });
}

/** `value` if it is a non-negative, finite Decimal, else a `MONITORING_INVALID_AMOUNT` at `where`. */
export function checkAmount(value: unknown, where: Where): Decimal {
  if (isDecimal(value) && !value.isNegative() && value.isFinite()) return value;
  throw failAt("MONITORING_INVALID_AMOUNT", "badAmount", where);
}

/** Throws unless `value` is an array of objects. */
export function checkList(value: unknown, what: string): asserts value is readonly object[] {
  if (!Array.isArray(value)) throw monitoringError("MONITORING_INVALID_INPUT", "notArray", [what], { list: what });
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== "object" || item === null) throw monitoringError("MONITORING_INVALID_INPUT", "notRecord", [what], { list: what, index: i });
  }
}

/** Throws for an option outside its allowed values. */
export function badOption(name: string, allowed: string, value: unknown): MahallehError {
  return monitoringError("MONITORING_INVALID_INPUT", "badOption", [name, allowed], { option: name, value });
}
