/**
 * Private: the `shared` option of the readers that can put their columns in shared memory
 * (`columnsFromParquet`, `tableFromCsv`, `tableFromCsvChunks`), checked alike.
 */
import { fail } from "../internal/safe";

/** Whether columns are asked for in shared memory; a coded error for a non-boolean, or where there is no `SharedArrayBuffer`. */
export function sharedOption(shared: unknown): boolean {
  if (shared !== undefined && typeof shared !== "boolean") {
    throw fail("INDEX_INVALID_OPTIONS", "shared باید true یا false باشد", "shared must be true or false", { shared: String(shared) });
  }
  if (shared === true && typeof SharedArrayBuffer === "undefined") {
    throw fail(
      "INDEX_INVALID_OPTIONS",
      "SharedArrayBuffer در این محیط نیست (در مرورگر، صفحه باید cross-origin isolated باشد)",
      "SharedArrayBuffer is not available here (in a browser, the page must be cross-origin isolated)",
    );
  }
  return shared === true;
}
