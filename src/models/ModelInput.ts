import type Decimal from "decimal.js";
import type { JalaliDate } from "./_jalaliDate";
import type { GeoLocation } from "./GeoLocationSchema";

/**
 * What a model schema accepts for a model `T`: the model itself, or the forms a spreadsheet
 * holds — numbers as strings in any digit system with separators («۱۲٬۵۰۰»), Jalali dates as
 * strings («۱۴۰۳/۱۲/۲۷»), money as numbers or strings («۱۲٬۵۰۰ میلیارد ریال»), ids and
 * catalogue values as plain strings (a catalogue value may also be written by its Persian or
 * English name), lists also as one cell of values separated by «،», `,`, `;`, `|` or line
 * breaks.
 *
 * @typeParam T - the parsed model type
 * @category Models
 */
export type ModelInput<T> = T extends Decimal
  ? Decimal | number | string
  : T extends JalaliDate
    ? JalaliDate | string
    : T extends GeoLocation
      ? GeoLocation
      : T extends string
        ? string
        : T extends number
          ? number | string
          : T extends readonly (infer U)[]
            ? readonly ModelInput<U>[] | string
            : T extends object
              ? { [K in keyof T]: ModelInput<T[K]> }
              : T;
