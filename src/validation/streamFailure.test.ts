/**
 * Issue 11: a source that fails midway (a dropped connection, a disk error) must not lose the
 * complete records read before the failure, and the error must carry the failure as `cause`.
 */
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { readCsvStream } from "./readCsvStream";
import { collectReport } from "./collectReport";
import { validateCsvStream } from "./validateCsvStream";
import { z } from "zod/v4";

const disk = new Error("EIO: disk read failed");

async function* failing(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
  throw disk;
}

describe("a CSV source that fails midway", () => {
  it.each([
    ["after a complete record", ["نام محله,جمعیت\nحصارک,31500\n", "فردیس,2000\n"], ["حصارک", "فردیس"]],
    ["inside a record (the partial record is not invented)", ["نام محله,جمعیت\nحصارک,31500\nفردیس,20"], ["حصارک"]],
    ["after a CR of a CRLF", ["نام محله,جمعیت\r\nحصارک,31500\r\nفردیس,2000\r"], ["حصارک", "فردیس"]],
  ])("%s: yields every complete record, then a coded error with the failure as cause", async (_, chunks, names) => {
    const seen: string[] = [];
    let caught: unknown;
    try {
      for await (const row of readCsvStream(failing(chunks))) seen.push((row.record as Record<string, string>)["nameFa"] ?? "");
    } catch (error) {
      caught = error;
    }
    expect(seen).toEqual(names);
    expect(isMahallehError(caught)).toBe(true);
    expect(isMahallehError(caught) && caught.code).toBe("VALIDATION_INVALID_INPUT");
    expect((caught as Error).cause).toBe(disk);
  });

  it("validateCsvStream rejects with the cause", async () => {
    const schema = z.object({ nameFa: z.string() });
    const error = await collectReport(validateCsvStream(schema, failing(["نام محله\nحصارک\n"]))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isMahallehError(error)).toBe(true);
    expect((error as Error).cause).toBe(disk);
  });
});
