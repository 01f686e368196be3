/** Test helpers (not exported from the package). */
import type * as z from "zod/v4";

/** The issues of a failed safeParse as `path: code` strings, in order. */
export function issueCodes(result: { success: boolean; error?: z.ZodError | undefined }): string[] {
  if (result.success || result.error === undefined) return [];
  return result.error.issues.map((issue) => {
    const params = (issue as { params?: { code?: string } }).params;
    return `${issue.path.join(".")}: ${params?.code ?? issue.code}`;
  });
}
