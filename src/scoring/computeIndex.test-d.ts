import { expectTypeOf, test } from "vitest";
import { sampleDataset } from "../models/index";
import { computeIndex, computeIndexColumns, uncertainty } from "./index";
import type { IndexResult, IndexSpec, IndexUnitResult, UncertaintyResult } from "./index";

test("the models' indicators are a valid spec as they are", () => {
  const spec: IndexSpec = { indicators: sampleDataset.indicators };
  expectTypeOf(spec.indicators).toExtend<readonly { id: string; dimension: string; direction: 1 | -1 }[]>();
});

test("result shapes", () => {
  const table = { ids: ["a"], columns: { x: [1] } };
  const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }] };
  expectTypeOf(computeIndex(table, spec)).toEqualTypeOf<IndexResult>();
  expectTypeOf<IndexUnitResult["score"]>().toEqualTypeOf<number | null>();
  expectTypeOf<IndexUnitResult["level"]>().toEqualTypeOf<{ readonly level: number; readonly fa: string; readonly en: string } | null>();
  expectTypeOf(computeIndexColumns(table, spec).scores).toEqualTypeOf<Float64Array>();
  expectTypeOf(uncertainty(table, spec, { runs: 10 })).toEqualTypeOf<UncertaintyResult>();
});

test("directions are 1 or -1 only", () => {
  // @ts-expect-error a direction of 2 is not an indicator direction
  const bad: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 2 }] };
  void bad;
});
