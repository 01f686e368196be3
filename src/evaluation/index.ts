/**
 * `mahalleh/evaluation`: did it work: indices over time, target vs comparison neighbourhoods (matching, difference-in-differences), pilot vs other provinces, designation and graduation.
 *
 * @packageDocumentation
 * @module mahalleh/evaluation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { EvaluationErrorCode } from "./errorCodes";
export { differenceInDifferences } from "./differenceInDifferences";
export type { DidExcludedUnit, DidGroupMeans, DifferenceInDifferencesOptions, DifferenceInDifferencesResult, PreTrendCheck } from "./differenceInDifferences";
export { matchComparison } from "./matchComparison";
export type { CovariateBalance, MatchComparisonOptions, MatchResult, MatchUnit } from "./matchComparison";
export { shrinkRates } from "./shrinkRates";
export type { ShrinkRatesOptions, ShrunkRates } from "./shrinkRates";
export { wilsonInterval } from "./wilsonInterval";
export type { ProportionInterval } from "./wilsonInterval";
export { computeIndexOverTime } from "./computeIndexOverTime";
export type { ComputeIndexOverTimeOptions, ImputedCell, IndexOverTimeResult, PeriodIndex, UnitTrend } from "./computeIndexOverTime";
export { designation } from "./designation";
export type { DesignationResult, DesignationRule, DesignationRules, DesignationStatus, DesignationStep } from "./designation";
export { compareGroups } from "./compareGroups";
export type { CompareGroupsOptions, GroupSummary, GroupedUnit } from "./compareGroups";
export { countyCrosswalk } from "./countyCrosswalk";
export type { CountyCrosswalk } from "./countyCrosswalk";
export { sampleOtherProvinces } from "./sampleOtherProvinces";
export type { OtherProvincesReference, OtherProvincesSample, SampleProvinceNeighbourhood } from "./sampleOtherProvinces";
