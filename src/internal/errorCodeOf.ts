import { isMahallehError } from "../errors/MahallehError";

/**
 * Test helper: runs `run` and tells how it failed — the MahallehError's code, `"foreign: …"`
 * for any other exception (a bug: the library must throw only MahallehErrors), or `undefined`
 * when it did not throw. Imported by tests only; no entry point reaches it.
 */
export function errorCodeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isMahallehError(error) ? error.code : `foreign: ${String(error)}`;
  }
  return undefined;
}
