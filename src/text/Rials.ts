import type { Decimal as DecimalJs } from "decimal.js";

/**
 * The decimal.js `Decimal` instances that the money functions return. They come from a
 * private `Decimal.clone()`, so they are exact and unaffected by any `Decimal.set()` in your
 * code (and ours never touches yours); use their methods (`plus`, `times`, `toFixed`,
 * `toString` …) as with any decimal.js value.
 *
 * @category Money
 */
export type Decimal = DecimalJs;

/**
 * An amount of money in Iranian rials (ریال), the official unit: an exact integer
 * {@link Decimal}. One toman (تومان) is 10 rials.
 *
 * @category Money
 */
export type Rials = DecimalJs;

/**
 * A money unit: `"rial"` (ریال) or `"toman"` (تومان, 10 rials).
 *
 * @category Money
 */
export type MoneyUnit = "rial" | "toman";
