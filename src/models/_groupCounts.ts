/**
 * Private field builder: a count per target group (`{ youth: 1200, women: 3400 }`), keys
 * given as ids or as the groups' Persian or English names, values counts in any digits.
 */
import type * as z from "zod/v4";
import { cleanNumber, matchKey } from "./_clean";
import { cleaned, report } from "./_fields";
import type { GroupCounts } from "./GroupCounts";
import type { TargetGroupId } from "./targetGroups";
import { TARGET_GROUPS } from "./targetGroups";

const KEYS: ReadonlyMap<string, TargetGroupId> = new Map(
  TARGET_GROUPS.flatMap((g) => [
    [matchKey(g.id), g.id],
    [matchKey(g.nameFa), g.id],
    [matchKey(g.nameEn), g.id],
  ]),
);

const GROUP_COUNTS_JSON: Readonly<Record<string, unknown>> = {
  type: "object",
  propertyNames: { enum: TARGET_GROUPS.map((g) => g.id) },
  additionalProperties: { type: "integer", minimum: 0 },
};

/** A {@link GroupCounts} field. */
export function groupCounts(): z.ZodType<GroupCounts, Readonly<Record<string, number | string>>> {
  return cleaned((input: Readonly<Record<string, number | string>>, ctx) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      report(ctx, "MODELS_INVALID_TYPE", "این مقدار باید رکوردی از گروه هدف به شمار افراد باشد", "Expected a record of target group to persons", input);
      return input;
    }
    const out: GroupCounts = {};
    for (const [key, raw] of Object.entries(input)) {
      const id = KEYS.get(matchKey(key));
      if (id === undefined) {
        report(ctx, "MODELS_UNKNOWN_VALUE", `گروه هدف «${key}» شناخته نیست`, `Unknown target group "${key}"`, key, [key]);
        continue;
      }
      const value = typeof raw === "number" ? raw : typeof raw === "string" ? cleanNumber(raw) : undefined;
      if (value === undefined || !Number.isFinite(value)) {
        report(ctx, "MODELS_INVALID_NUMBER", "این مقدار عدد معتبری نیست", "Not a valid number", raw, [key]);
      } else if (!Number.isInteger(value) || value < 0) {
        report(ctx, "MODELS_OUT_OF_RANGE", "شمار افراد باید عدد صحیح نامنفی باشد", "A count of persons must be a whole number ≥ 0", raw, [key]);
      } else if (out[id] !== undefined) {
        report(ctx, "MODELS_DUPLICATE", `گروه هدف «${key}» دو بار آمده است`, `Target group "${key}" given twice`, key, [key]);
      } else out[id] = value;
    }
    return out;
  }, GROUP_COUNTS_JSON);
}
