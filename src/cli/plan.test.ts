import { describe, expect, it } from "vitest";
import { realMain } from "./run";

async function run(argv: string[], files: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await realMain(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error("no file"), { code: "ENOENT" });
      return text;
    },
  });
  return { code, out, err };
}

describe("mahalleh plan", () => {
  it("chooses from the bundled sample without arguments and says why the others were left out", async () => {
    const { code, out } = await run(["plan", "--locale", "en", "--budget", "۱۲۰ میلیارد ریال"]);
    expect(code).toBe(0);
    expect(out).toContain("Chosen portfolio");
    expect(out).toContain("status optimal");
    expect(out).toContain("Why these were not chosen:");
    expect(out).toMatch(/alb-int-\d{3} \(.+\): (its cost|blocked by)/);
  }, 60_000);
  it("reads a candidates CSV with money in Persian", async () => {
    const csv = "id,title,cost,benefit\nx,کارگاه خیاطی,۶ میلیارد ریال,60\ny,مرکز سلامت,۵ میلیارد ریال,45\nz,فضای آموزشی,۵ میلیارد ریال,45\n";
    const { code, out } = await run(["plan", "c.csv", "--budget", "۱۰ میلیارد ریال"], { "c.csv": csv });
    expect(code).toBe(0);
    expect(out).toContain("سبد برگزیده (۲ اقدام)");
    expect(out).toContain("x (کارگاه خیاطی)");
  }, 60_000);
  it("exits 2 on a bad budget and 1 on a missing file", async () => {
    expect((await run(["plan", "--budget", "خیلی"])).code).toBe(2);
    expect((await run(["plan", "nope.csv"])).code).toBe(1);
  });
});
