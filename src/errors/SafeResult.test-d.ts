import { expectTypeOf, test } from "vitest";
import type { MahallehError, MahallehErrorCode } from "./MahallehError";
import type { SafeResult } from "./SafeResult";

test("SafeResult narrows on success", () => {
  const result = {} as SafeResult<number>;
  if (result.success) {
    expectTypeOf(result.data).toEqualTypeOf<number>();
  } else {
    expectTypeOf(result.error).toEqualTypeOf<MahallehError>();
    expectTypeOf(result.error.code).toEqualTypeOf<MahallehErrorCode>();
  }
});

test("codes are a closed union, not string", () => {
  expectTypeOf<"NOT_A_CODE">().not.toMatchTypeOf<MahallehErrorCode>();
  expectTypeOf<"INVALID_ARGUMENT">().toMatchTypeOf<MahallehErrorCode>();
});
