import { z } from "zod/v4";
import { describe, expect, it } from "vitest";
import { runSchema, runSchemaAsync } from "./_run";

/** The fast path (zod internals) and the public `safeParse` route must agree exactly. */
describe("runSchema fast path vs public safeParse", () => {
  const schema = z.object({ id: z.string().min(2), population: z.number().int().nonnegative() });
  const inputs: unknown[] = [
    { id: "alb-krj-001", population: 28400 },
    { id: "x", population: -1 },
    { id: 7 },
    null,
    "محله",
    { id: "alb-fds-002", population: 1.5 },
  ];
  it.each(inputs.map((input, i) => [i, input] as const))("input %i gives the same outcome", (_, input) => {
    const fast = runSchema(schema, input, true);
    const slow = runSchema(schema, input, false);
    expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(slow)));
  });
  it("falls back for asynchronous refinements too", async () => {
    const asyncSchema = z.string().refine(async (s) => s.length > 3, { message: "short" });
    expect(runSchema(asyncSchema, "ab", false)).toEqual({ ok: false, async: true });
    const outcome = await runSchemaAsync(asyncSchema, "ab");
    expect(outcome.ok).toBe(false);
  });
});
