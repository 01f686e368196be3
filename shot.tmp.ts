import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 700, height: 600 } });
for (const name of process.argv.slice(2)) {
  await page.setContent(`<html><body style="margin:0">${readFileSync(`/tmp/chart-${name}.svg`, "utf8")}</body></html>`);
  await page.locator("svg").first().screenshot({ path: `/tmp/chart-${name}.png` });
}
await browser.close();
