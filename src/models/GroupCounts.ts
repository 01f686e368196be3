import type { TargetGroupId } from "./targetGroups";

/**
 * Persons per target group, only for the groups given: `{ youth: 1200, women: 3400 }`.
 * Used for an intervention's beneficiaries by group and a neighbourhood's eligible residents
 * by group. Keys may be written as the groups' Persian or English names in input.
 *
 * @category Models
 */
export type GroupCounts = Partial<Record<TargetGroupId, number>>;
