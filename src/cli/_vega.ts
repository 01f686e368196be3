/**
 * Private: Vega-Lite specs rendered to SVG in Node — the one door to `vega` and `vega-lite`,
 * loaded on first use so that only `mahalleh report` pays for them (library users who import
 * `mahalleh/charts` get plain JSON and never load either).
 */
import type { VegaLiteSpec } from "../charts/index";

type Engines = { vega: typeof import("vega"); vl: typeof import("vega-lite") };
let engines: Promise<Engines> | undefined;

const load = (): Promise<Engines> => (engines ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vl]) => ({ vega, vl })));

const attr = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Renders a spec to a standalone SVG string (no network: inline data only), its root
 * labelled with the spec's `description` for screen readers (as vega-embed does in a page).
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const { vega, vl } = await load();
  const compiled = vl.compile(spec as unknown as import("vega-lite").TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg.replace(/^<svg /, `<svg role="graphics-document document" aria-label="${attr(spec.description)}" `);
}
