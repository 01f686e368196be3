/**
 * Private testing hook of `uncertainty`: which layout of the normalised columns it uses.
 * `"auto"` (always, outside tests): in input order when there are fewer runs than columns per
 * column set, else put into the nominal order once. The tests run every case under both
 * layouts (the results must not change by a bit).
 */
export const columnLayout: { mode: "auto" | "input" | "nominal" } = { mode: "auto" };
