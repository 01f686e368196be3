/**
 * Private: runs a zod schema on one value, the way `safeParse` does, without its per-call
 * cost.
 *
 * `safeParse(schema, value, params)` copies `params` into a fresh context object on every call
 * (`{ ...params, async: false }`), which makes a fast schema's parse 2–2.5× slower than
 * `safeParse(schema, value)` (measured on zod 4.6). We call the schema's `_zod.run` — what
 * `safeParse` itself calls — with one constant context holding our per-call error map, and
 * finalize the issues of failing rows with zod's own `util.finalizeIssue`, exactly as
 * `safeParse` does. The global configuration is only read, never written.
 */
import { $ZodAsyncError, config, safeParse, safeParseAsync, util, type $ZodType } from "zod/v4/core";
import { DEFAULT_MESSAGE } from "./_issues";

/** The one parse context: synchronous, our sentinel error map, inputs kept in issues. */
const CONTEXT = { async: false as const, error: (): string => DEFAULT_MESSAGE, reportInput: true as const };
/** The same, for schemas with asynchronous refinements or transforms. */
const ASYNC_CONTEXT = { async: true as const, error: CONTEXT.error, reportInput: true as const };

interface Payload {
  value: unknown;
  issues: unknown[];
}

/** The outcome of one run. */
export type RunResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly unknown[] }
  | { readonly ok: false; readonly thrown: unknown }
  | { readonly ok: false; readonly async: true };

type Finalize = (issue: unknown, ctx: unknown, cfg: unknown) => unknown;

/** zod's own finalisation of raw issues (messages, `input` kept because of `reportInput`). */
export function finalizeIssues(issues: readonly unknown[], context: object = CONTEXT): unknown[] {
  const finalize = (util as unknown as { finalizeIssue: Finalize }).finalizeIssue;
  const cfg = config();
  return issues.map((issue) => finalize(issue, context, cfg));
}

/**
 * Whether this zod build exposes the internals the fast path uses (`_zod.run` and
 * `util.finalizeIssue`). They are not part of zod's documented API, so any other zod 4 build
 * falls back to the public `safeParse` with the same per-call error map: same issues, about
 * 2.5× the cost on fast schemas.
 */
function hasFastPath(schema: $ZodType): boolean {
  return (
    typeof (schema as { _zod?: { run?: unknown } })._zod?.run === "function" &&
    typeof (util as unknown as { finalizeIssue?: unknown }).finalizeIssue === "function"
  );
}

/** The documented route: zod's own `safeParse` with our per-call error map. */
function runPublic(schema: $ZodType, value: unknown): RunResult {
  try {
    const result = safeParse(schema, value, { error: CONTEXT.error, reportInput: true });
    return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
  } catch (thrown) {
    if (thrown instanceof $ZodAsyncError) return { ok: false, async: true };
    return { ok: false, thrown };
  }
}

/** Runs the schema synchronously on `value`; never throws. An asynchronous schema gives `{ async: true }`. */
export function runSchema(schema: $ZodType, value: unknown, fast: boolean = hasFastPath(schema)): RunResult {
  if (!fast) return runPublic(schema, value);
  try {
    const payload = (schema._zod.run as (p: Payload, c: typeof CONTEXT) => Payload | Promise<Payload>)({ value, issues: [] }, CONTEXT);
    if (payload instanceof Promise) {
      payload.catch(() => undefined);
      return { ok: false, async: true };
    }
    if (payload.issues.length === 0) return { ok: true, value: payload.value };
    return { ok: false, issues: finalizeIssues(payload.issues) };
  } catch (thrown) {
    if (thrown instanceof $ZodAsyncError) return { ok: false, async: true };
    return { ok: false, thrown };
  }
}

/** Runs the schema on `value`, awaiting asynchronous checks; never rejects. */
export async function runSchemaAsync(schema: $ZodType, value: unknown): Promise<Exclude<RunResult, { async: true }>> {
  const fast = hasFastPath(schema);
  const first = runSchema(schema, value, fast);
  if (!("async" in first)) return first;
  if (!fast) {
    try {
      const result = await safeParseAsync(schema, value, { error: CONTEXT.error, reportInput: true });
      return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
    } catch (thrown) {
      return { ok: false, thrown };
    }
  }
  try {
    const run = schema._zod.run as (p: Payload, c: typeof ASYNC_CONTEXT) => Payload | Promise<Payload>;
    const payload = await run({ value, issues: [] }, ASYNC_CONTEXT);
    if (payload.issues.length === 0) return { ok: true, value: payload.value };
    return { ok: false, issues: finalizeIssues(payload.issues, ASYNC_CONTEXT) };
  } catch (thrown) {
    return { ok: false, thrown };
  }
}
