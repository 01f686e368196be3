/**
 * `mahalleh/scoring`.
 *
 * @packageDocumentation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ScoringErrorCode } from "./errorCodes";
// Planners' methods (issue 5)
export type { CriterionType } from "./CriterionType";
export { entropyWeights } from "./entropyWeights";
export { criticWeights } from "./criticWeights";
export type { CriticWeightsOptions } from "./criticWeights";
export { cvWeights } from "./cvWeights";
export { ahp, aggregateJudgements, SAATY_RANDOM_INDEX } from "./ahp";
export type { AhpOptions, AhpResult, AggregateJudgementsOptions } from "./ahp";
export { topsis } from "./topsis";
export type { TopsisOptions, TopsisResult } from "./topsis";
export { vikor } from "./vikor";
export type { VikorOptions, VikorResult } from "./vikor";
