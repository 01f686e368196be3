/**
 * mahalleh (محله): the data toolkit of Iran's programme to empower less-privileged
 * neighbourhoods. The root re-exports every module; import a subpath (`mahalleh/jalali`,
 * `mahalleh/text`, `mahalleh/models`, `mahalleh/validation`, `mahalleh/scoring`, `mahalleh/planning`, `mahalleh/monitoring`,
 * `mahalleh/evaluation`, `mahalleh/charts`, `mahalleh/charts/map`, `mahalleh/charts/monitoring`) to load
 * only what you use.
 *
 * @packageDocumentation
 * @module mahalleh
 */
export * from "./errors/index";
export * from "./jalali/index";
export * from "./text/index";
export * from "./models/index";
export * from "./validation/index";
export * from "./scoring/index";
export * from "./planning/index";
export * from "./monitoring/index";
export * from "./evaluation/index";
export * from "./charts/index";
export * from "./charts/map";
export * from "./charts/monitoring";
