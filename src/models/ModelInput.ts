import type { Decimal } from "decimal.js";
import type * as z from "zod/v4";
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

/**
 * The zod shape of a model's object schema: for each field of `T`, a schema whose output is
 * the field's type and whose input is its {@link ModelInput} (optional fields wrapped in
 * `z.ZodOptional`). The model schemas are typed `z.ZodObject<ModelShape<T>>`, so `.shape`
 * (to reuse a field's cleaning) and `.safeExtend()` (to add an app's own fields, keeping the
 * cross-field rules) work on them. zod refuses `.pick()`, `.omit()` and `.partial()` on
 * object schemas with refinements: build `z.object({ ...fields from .shape })` instead.
 *
 * @typeParam T - the parsed model type
 * @category Models
 */
export type ModelShape<T> = {
  [K in keyof T]-?: undefined extends T[K]
    ? z.ZodOptional<z.ZodType<Exclude<T[K], undefined>, Exclude<ModelInput<T[K]>, undefined>>>
    : z.ZodType<T[K], ModelInput<T[K]>>;
};
