/**
 * `mahalleh/models`: the programme's data as zod 4 schemas with inferred types — provinces
 * and counties, neighbourhoods, indicators and observations, agencies, interventions,
 * sessions of the Social Headquarters and their resolutions — plus catalogues and a
 * synthetic Alborz sample dataset.
 *
 * @packageDocumentation
 * @module mahalleh/models
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ModelsErrorCode } from "./errorCodes";
export type { JalaliDate } from "./_jalaliDate";
export type { CatalogueEntry } from "./catalogue";
export type { ModelInput, ModelShape } from "./ModelInput";
export type {
  AgencyId,
  CountyId,
  IndicatorId,
  InterventionId,
  NeighbourhoodId,
  ResolutionId,
  SessionId,
  TransactionId,
} from "./ids";
export {
  AgencyIdSchema,
  CountyIdSchema,
  IndicatorIdSchema,
  InterventionIdSchema,
  NeighbourhoodIdSchema,
  ResolutionIdSchema,
  SessionIdSchema,
  TransactionIdSchema,
} from "./ids";
export type { OldProvinceCode, Province, ProvinceCode } from "./provinces";
export { PROVINCE_CODES, ProvinceCodeSchema, provinces } from "./provinces";
export type { FindProvinceOptions } from "./findProvince";
export { findProvince } from "./findProvince";
export type { County } from "./alborzCounties";
export { alborzCounties } from "./alborzCounties";
export { findCounty } from "./findCounty";
export type { GeoLocation, GeoPoint, GeoPolygon, GeoPosition } from "./GeoLocationSchema";
export { GeoLocationSchema } from "./GeoLocationSchema";
export type { JalaliPeriod, JalaliPeriodParts } from "./JalaliPeriod";
export {
  JalaliPeriodSchema,
  formatJalaliPeriod,
  jalaliPeriodBounds,
  parseJalaliPeriod,
  safeParseJalaliPeriod,
} from "./JalaliPeriod";
export type { Neighbourhood, NeighbourhoodCategory, NeighbourhoodInput, TargetStatus } from "./NeighbourhoodSchema";
export {
  NEIGHBOURHOOD_CATEGORIES,
  NEIGHBOURHOOD_FIELDS,
  NeighbourhoodSchema,
  TARGET_STATUSES,
} from "./NeighbourhoodSchema";
export type {
  Indicator,
  IndicatorDimension,
  IndicatorDirection,
  IndicatorInput,
  IndicatorUnit,
} from "./IndicatorSchema";
export { INDICATOR_DIMENSIONS, INDICATOR_FIELDS, INDICATOR_UNITS, IndicatorSchema } from "./IndicatorSchema";
export type { MissingReason, Observation, ObservationInput } from "./ObservationSchema";
export { MISSING_REASONS, OBSERVATION_FIELDS, ObservationSchema } from "./ObservationSchema";
export type { Agency, AgencyInput, AgencyKind, AgencyLevel } from "./AgencySchema";
export { AGENCY_FIELDS, AGENCY_KINDS, AGENCY_LEVELS, AgencySchema } from "./AgencySchema";
export type { AgeRange, AgeRangeInput, TargetGroup, TargetGroupId, TargetGroupOptions } from "./targetGroups";
export { AgeRangeSchema, TARGET_GROUPS, defineTargetGroups, isInAgeGroup } from "./targetGroups";
export type {
  BudgetLine,
  FundingSource,
  Intervention,
  InterventionInput,
  InterventionStatus,
  InterventionType,
  Kpi,
  KpiDirection,
  KpiPeriod,
  Participation,
} from "./InterventionSchema";
export {
  FUNDING_SOURCES,
  KPI_DIRECTIONS,
  INTERVENTION_FIELDS,
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  InterventionSchema,
} from "./InterventionSchema";
export type { HeadquartersKind, Session, SessionInput } from "./SessionSchema";
export { HEADQUARTERS_KINDS, SESSION_FIELDS, SessionSchema } from "./SessionSchema";
export type { DeadlineChange, FollowUp, Resolution, ResolutionInput, ResolutionStatus } from "./ResolutionSchema";
export { RESOLUTION_FIELDS, RESOLUTION_STATUSES, ResolutionSchema } from "./ResolutionSchema";
export type { Transaction, TransactionInput, TransactionType } from "./TransactionSchema";
export { TRANSACTION_FIELDS, TRANSACTION_TYPES, TransactionSchema } from "./TransactionSchema";
export type { GroupCounts } from "./GroupCounts";
export { jsonSchemas } from "./jsonSchemas";
export { standardIndicators } from "./standardIndicators";
export { provincialAgencies } from "./provincialAgencies";
export type { SampleDataset } from "./sampleDataset";
export { sampleDataset } from "./sampleDataset";
export type { DatasetIssue, ModelDataset } from "./checkDataset";
export { checkDataset } from "./checkDataset";
