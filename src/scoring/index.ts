/**
 * `mahalleh/scoring`.
 *
 * @packageDocumentation
 * @module mahalleh/scoring
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ScoringErrorCode } from "./errorCodes";
// Planners' methods (issue 5)
export type { MethodsErrorCode } from "./errorCodes";
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
export { alkireFoster } from "./alkireFoster";
export type { AlkireFosterGroup, AlkireFosterMeasures, AlkireFosterOptions, AlkireFosterResult } from "./alkireFoster";
export { morrisIndex } from "./morrisIndex";
export type { MorrisIndexOptions, MorrisIndexResult } from "./morrisIndex";
export { numericalTaxonomy } from "./numericalTaxonomy";
export type { NumericalTaxonomyOptions, NumericalTaxonomyResult } from "./numericalTaxonomy";
export { scalogram } from "./scalogram";
export type { ScalogramResult } from "./scalogram";
export { imdTransform, imdRankTransform } from "./imdTransform";
export { classifyWornOutFabric } from "./classifyWornOutFabric";
export type { WornOutFabricInput, WornOutFabricResult } from "./classifyWornOutFabric";
export { classifySlumHousehold } from "./classifySlumHousehold";
export type { SlumDeprivation, SlumHouseholdInput, SlumHouseholdResult } from "./classifySlumHousehold";
// Composite index (issue 7)
export type { IndexErrorCode } from "./errorCodes";
export type { IndicatorTable } from "./IndicatorTable";
export type { DenominatorSpec } from "./DenominatorSpec";
export type {
  AggregationMethod,
  AggregationSpec,
  IndexDimensionSpec,
  IndexIndicatorSpec,
  IndexSpec,
  LevelLabel,
  LevelsSpec,
  MissingMethod,
  MissingSpec,
  NormalizationMethod,
  NormalizationSpec,
  OutlierSpec,
  RankingMethod,
  WeightingSpec,
} from "./IndexSpec";
export { computeIndex, computeIndexColumns, safeComputeIndex } from "./computeIndex";
export type { ComputeIndexColumnsOptions, IndexColumnDetails, IndexColumns, IndexLevel, IndexResult, IndexUnitResult } from "./computeIndex";
export { tableFromRows } from "./tableFromRows";
export type { TableFromRowsOptions } from "./tableFromRows";
export { tableFromObservations } from "./tableFromObservations";
export type { ObservationLike, TableFromObservationsOptions } from "./tableFromObservations";
export { rankScores } from "./rank";
export type { RankScoresOptions } from "./rank";
export { classifyLevels } from "./classifyLevels";
export type { LevelClassification } from "./classifyLevels";
export { uncertainty } from "./uncertainty";
export type { ExclusionVariation, FactorSensitivity, UncertaintyFactor, UncertaintyOptions, UncertaintyResult, UncertaintyRun, UncertaintyVary, UnitRankInterval, WeightVariation } from "./uncertainty";
export { compareIndices } from "./compareIndices";
export type { IndexChange } from "./compareIndices";
// Index audit (issue 15)
export { indicatorStats } from "./indicatorStats";
export type { IndicatorStatistics, IndicatorStatsOptions } from "./indicatorStats";
export { indicatorCorrelations } from "./indicatorCorrelations";
export type { CorrelatedPair, IndicatorCoherence, IndicatorCorrelationsOptions, IndicatorCorrelationsResult } from "./indicatorCorrelations";
export type { IndicatorRef } from "./IndicatorRef";
export { cronbachAlpha } from "./cronbachAlpha";
export { principalComponents } from "./principalComponents";
export type { PrincipalComponentsOptions, PrincipalComponentsResult } from "./principalComponents";
export { effectiveWeights } from "./effectiveWeights";
export type { EffectiveWeight } from "./effectiveWeights";
export { ahpConsistency } from "./ahpConsistency";
export type { AhpConsistencyOptions, AhpGroupConsistency } from "./ahpConsistency";
export { whatIf } from "./whatIf";
export { outlierTreatment } from "./outlierTreatment";
export type { OutlierTreatment } from "./outlierTreatment";
export { denominatorCorrelations } from "./denominatorCorrelations";
export type { DenominatorCorrelation, DenominatorCorrelationsOptions } from "./denominatorCorrelations";
export type { RankMove, WhatIfElement, WhatIfOptions } from "./whatIf";
// Columnar readers (issue 18)
export { tableFromCsv } from "./tableFromCsv";
export type { CsvIndicatorTable, TableFromCsvOptions } from "./tableFromCsv";
export { tableFromCsvChunks } from "./tableFromCsvChunks";
export type { TableFromCsvChunksOptions } from "./tableFromCsvChunks";
export { tableFromArrow } from "./tableFromArrow";
export type { ArrowTableLike, ArrowVectorLike, ColumnarSource, TableFromColumnsOptions } from "./tableFromArrow";
export { tableFromParquet } from "./tableFromParquet";
export { columnsFromParquet } from "./columnsFromParquet";
export type { ColumnsFromParquetOptions } from "./columnsFromParquet";
