import { expectTypeOf, test } from "vitest";
import type { Decimal, Iban, Mobile, MobileOperator, Rials, SafeResult } from "./index";
import { allocateMoney, parseIban, parseMobile, parseMoney, safeParseMoney, sumMoney } from "./index";

test("money functions hand out decimal.js values typed as Decimal/Rials", () => {
  expectTypeOf(parseMoney).returns.toEqualTypeOf<Rials>();
  expectTypeOf<Rials>().toEqualTypeOf<Decimal>();
  expectTypeOf(parseMoney("۱ ریال").plus).toBeFunction();
  expectTypeOf(safeParseMoney).returns.toEqualTypeOf<SafeResult<Rials>>();
  expectTypeOf(sumMoney).returns.toEqualTypeOf<Rials>();
  expectTypeOf(allocateMoney).returns.toEqualTypeOf<Rials[]>();
});

test("identifier parsers return their documented shapes", () => {
  expectTypeOf(parseMobile).returns.toEqualTypeOf<Mobile>();
  expectTypeOf<Mobile["operator"]>().toEqualTypeOf<MobileOperator>();
  expectTypeOf(parseIban).returns.toEqualTypeOf<Iban>();
  expectTypeOf<Iban>().toEqualTypeOf<{ readonly iban: string; readonly bankCode: string }>();
});
