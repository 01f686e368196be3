import { describe, expect, it } from "vitest";
import { alborzCounties } from "../models/index";
import { countyCrosswalk } from "./countyCrosswalk";

describe("countyCrosswalk", () => {
  it("carries the census codes and first years of the reference (SCI codes 3001–3007)", () => {
    expect(Object.fromEntries(alborzCounties.map((c) => [c.id, [c.censusCode, c.since]]))).toEqual({
      karaj: ["3001", 1389],
      savojbolagh: ["3002", 1389],
      nazarabad: ["3003", 1389],
      taleqan: ["3004", 1389],
      eshtehard: ["3005", 1391],
      fardis: ["3006", 1392],
      chaharbagh: ["3007", 1399],
    });
  });

  it("a panel from 1395 (the census with six Alborz counties) folds Chaharbagh into Savojbolagh only", () => {
    const cw = countyCrosswalk(1395);
    expect(new Set(Object.values(cw.map)).size).toBe(6);
    expect(cw.censusCodes["savojbolagh"]).toBe("3002");
  });

  it("a panel from 1390 uses the four counties Alborz was created with", () => {
    const cw = countyCrosswalk(1390);
    expect(new Set(Object.values(cw.map))).toEqual(new Set(["karaj", "savojbolagh", "nazarabad", "taleqan"]));
    expect(cw.merged.map((m) => m.county).sort()).toEqual(["chaharbagh", "eshtehard", "fardis"]);
  });

  it("a panel after every split changes nothing", () => {
    const cw = countyCrosswalk(1401);
    expect(cw.merged).toEqual([]);
    for (const c of alborzCounties) expect(cw.map[c.id]).toBe(c.id);
  });
});
