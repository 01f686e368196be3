import type { Rials } from "../text/index";

/**
 * An amount of money as the planning functions accept it: rials as a Decimal, a number or a
 * bigint, or text with its unit read by `parseMoney` («۱۲ میلیارد ریال», «۳ میلیون تومان»);
 * text without a unit is read as rials.
 *
 * @category Budgets
 */
export type MoneyInput = Rials | number | bigint | string;
