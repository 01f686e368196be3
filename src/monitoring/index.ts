/**
 * `mahalleh/monitoring`: following up what was promised: resolutions overdue in working days, agency scorecards, intervention and KPI progress, spending and target-group coverage.
 *
 * @packageDocumentation
 * @module mahalleh/monitoring
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { MonitoringErrorCode } from "./errorCodes";
export { followUpResolutions } from "./followUpResolutions";
export type { FollowUpOptions, FollowUpState, ResolutionFollowUp } from "./followUpResolutions";
export { agencyScorecard } from "./agencyScorecard";
export type { AgencyScore, AgencyScorecardOptions } from "./agencyScorecard";
export { kpiProgress } from "./kpiProgress";
export type { KpiProgress, KpiProgressOptions } from "./kpiProgress";
export { interventionProgress } from "./interventionProgress";
export type { BudgetExecution, InterventionProgress, InterventionProgressOptions, InterventionState, ProgressReason } from "./interventionProgress";
export { targetGroupCoverage } from "./targetGroupCoverage";
export type { GroupCoverage, NeighbourhoodCoverage, TargetGroupCoverage, TargetGroupCoverageOptions } from "./targetGroupCoverage";
export { portfolioSummary } from "./portfolioSummary";
export type { PortfolioDimension, PortfolioGroup, PortfolioSummary, PortfolioSummaryOptions } from "./portfolioSummary";
export { sessionAgenda } from "./sessionAgenda";
export type { AgendaDataset, SessionAgendaOptions } from "./sessionAgenda";
