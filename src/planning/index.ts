/**
 * `mahalleh/planning`: deciding what to fund: interventions chosen under a rial budget (HiGHS), budgets split by formula, residents' ballots counted and blended with experts' weights.
 *
 * @packageDocumentation
 * @module mahalleh/planning
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { PlanningErrorCode } from "./errorCodes";
export type { Ballot, RejectedBallot } from "./Ballot";
export { tallyBallots } from "./tallyBallots";
export type { BallotMethod, BallotTally, ProjectTally, TallyBallotsOptions } from "./tallyBallots";
export { prioritizeInterventions } from "./prioritizeInterventions";
export type {
  CandidateOutcome,
  GreedyComparison,
  LeftOutReason,
  PlanningCandidate,
  PortfolioConflict,
  PortfolioConstraints,
  PortfolioResult,
  PrioritizeOptions,
  SolverAssets,
} from "./prioritizeInterventions";
export { INTERVENTION_DIMENSIONS } from "./INTERVENTION_DIMENSIONS";
export { allocateBudget } from "./allocateBudget";
export type { AllocateBudgetOptions, BudgetAllocation, BudgetFormula, BudgetSplit, BudgetUnit } from "./allocateBudget";
export { participatoryBudget } from "./participatoryBudget";
export type { BudgetProject, BudgetProjectOutcome, BudgetRule, ParticipatoryBudgetOptions, ParticipatoryBudgetResult } from "./participatoryBudget";
export { blendWeights } from "./blendWeights";
export type { BlendWeightsOptions } from "./blendWeights";
export { readBallotsCsv } from "./readBallotsCsv";
export type { BallotsFromCsv, ReadBallotsCsvOptions } from "./readBallotsCsv";
export type { MoneyInput } from "./MoneyInput";
