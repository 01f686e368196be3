import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod/v4";
import type { Neighbourhood } from "../models/index";
import { NeighbourhoodSchema } from "../models/index";
import { collectReport } from "./collectReport";
import { validateEach } from "./validateEach";
import { validateRecords } from "./validateRecords";
import type { InvalidRow, RowOutcome, ValidationReport } from "./ValidationReport";

describe("validation types", () => {
  it("infers the data type from the schema's output", () => {
    const report = validateRecords(NeighbourhoodSchema, []);
    expectTypeOf(report).toEqualTypeOf<ValidationReport<Neighbourhood>>();
    expectTypeOf(report.valid[0]!.data).toEqualTypeOf<Neighbourhood>();
    const coerced = validateRecords(z.object({ n: z.coerce.number() }), []);
    expectTypeOf(coerced.valid[0]!.data).toEqualTypeOf<{ n: number }>();
  });

  it("keeps inputs unknown and outcomes discriminated by ok", async () => {
    const report = validateRecords(z.string(), ["کرج"]);
    expectTypeOf(report.invalid[0]!).toEqualTypeOf<InvalidRow>();
    expectTypeOf(report.invalid[0]!.input).toBeUnknown();
    for await (const outcome of validateEach(z.number(), [1])) {
      expectTypeOf(outcome).toEqualTypeOf<RowOutcome<number>>();
      if (outcome.ok) expectTypeOf(outcome.data).toBeNumber();
      else expectTypeOf(outcome.issues[0]!.message).toBeString();
    }
    expectTypeOf(await collectReport(validateEach(z.boolean(), []))).toEqualTypeOf<ValidationReport<boolean>>();
  });
});
