import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod/v4";
import type { Decimal } from "decimal.js";
import type {
  Agency,
  AgencyInput,
  Indicator,
  IndicatorId,
  Intervention,
  InterventionInput,
  JalaliDate,
  JalaliPeriod,
  Neighbourhood,
  NeighbourhoodId,
  NeighbourhoodInput,
  Observation,
  ObservationInput,
  Resolution,
  Session,
} from "./index";
import {
  AgencySchema,
  IndicatorSchema,
  InterventionSchema,
  NeighbourhoodSchema,
  ObservationSchema,
  ResolutionSchema,
  SessionSchema,
  sampleDataset,
} from "./index";

describe("inferred model types", () => {
  it("z.output of each schema is its model interface", () => {
    expectTypeOf<z.output<typeof NeighbourhoodSchema>>().toEqualTypeOf<Neighbourhood>();
    expectTypeOf<z.output<typeof IndicatorSchema>>().toEqualTypeOf<Indicator>();
    expectTypeOf<z.output<typeof ObservationSchema>>().toEqualTypeOf<Observation>();
    expectTypeOf<z.output<typeof InterventionSchema>>().toEqualTypeOf<Intervention>();
    expectTypeOf<z.output<typeof AgencySchema>>().toEqualTypeOf<Agency>();
    expectTypeOf<z.output<typeof SessionSchema>>().toEqualTypeOf<Session>();
    expectTypeOf<z.output<typeof ResolutionSchema>>().toEqualTypeOf<Resolution>();
    expectTypeOf<z.input<typeof NeighbourhoodSchema>>().toEqualTypeOf<NeighbourhoodInput>();
    expectTypeOf<z.input<typeof AgencySchema>>().toEqualTypeOf<AgencyInput>();
  });

  it("keeps ids branded and apart", () => {
    expectTypeOf<NeighbourhoodId>().toExtend<string>();
    expectTypeOf<NeighbourhoodId>().not.toEqualTypeOf<IndicatorId>();
    expectTypeOf<string>().not.toExtend<NeighbourhoodId>();
    expectTypeOf<Observation["neighbourhoodId"]>().toEqualTypeOf<NeighbourhoodId>();
  });

  it("types fields precisely", () => {
    expectTypeOf<Observation["value"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Observation["period"]>().toEqualTypeOf<JalaliPeriod>();
    expectTypeOf<"1403-Q2">().toExtend<JalaliPeriod>();
    expectTypeOf<"1403-13">().not.toExtend<JalaliPeriod>();
    expectTypeOf<Indicator["direction"]>().toEqualTypeOf<1 | -1>();
    expectTypeOf<Neighbourhood["provinceCode"]>().toExtend<`IR-${string}`>();
    expectTypeOf<Neighbourhood["designatedOn"]>().toEqualTypeOf<JalaliDate | undefined>();
    expectTypeOf<Intervention["budget"][number]["amountRials"]>().toEqualTypeOf<Decimal>();
  });

  it("accepts spreadsheet forms as input", () => {
    expectTypeOf<{ population: string }>().toExtend<Pick<NeighbourhoodInput, "population">>();
    expectTypeOf<{ value: string }>().toExtend<Pick<ObservationInput, "value">>();
    expectTypeOf<{ plannedStart: string }>().toExtend<Pick<InterventionInput, "plannedStart">>();
    expectTypeOf<{ population: boolean }>().not.toExtend<Pick<NeighbourhoodInput, "population">>();
  });

  it("keeps the object API: shape and safeExtend", () => {
    const picked = z.object({ id: NeighbourhoodSchema.shape.id, population: NeighbourhoodSchema.shape.population });
    expectTypeOf<z.output<typeof picked>>().toEqualTypeOf<Pick<Neighbourhood, "id" | "population">>();
    expectTypeOf<z.output<typeof NeighbourhoodSchema.shape.designatedOn>>().toEqualTypeOf<JalaliDate | undefined>();
    const extended = ObservationSchema.safeExtend({ note: NeighbourhoodSchema.shape.city });
    expectTypeOf<z.output<typeof extended>>().toExtend<Observation>();
    expectTypeOf<z.output<typeof extended>["note"]>().toEqualTypeOf<string>();
  });

  it("types the sample as read-only lists of models", () => {
    expectTypeOf(sampleDataset.neighbourhoods).toEqualTypeOf<readonly Neighbourhood[]>();
    expectTypeOf(sampleDataset.synthetic).toEqualTypeOf<true>();
  });
});
