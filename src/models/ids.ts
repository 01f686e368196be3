/**
 * Branded identifiers of the models. An id is a string matching
 * `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`; the brand keeps a neighbourhood id from being passed
 * where an indicator id is expected.
 */
import type * as z from "zod/v4";
import { identifier } from "./_fields";
import { findCounty } from "./findCounty";

/**
 * Identifier of a {@link Neighbourhood}, e.g. `"alb-krj-001"`.
 *
 * @category Identifiers
 */
export type NeighbourhoodId = string & z.core.$brand<"NeighbourhoodId">;
/**
 * Identifier of an {@link Indicator}, e.g. `"unemployment-rate"`.
 *
 * @category Identifiers
 */
export type IndicatorId = string & z.core.$brand<"IndicatorId">;
/**
 * Identifier of an {@link Agency}, e.g. `"municipality"`.
 *
 * @category Identifiers
 */
export type AgencyId = string & z.core.$brand<"AgencyId">;
/**
 * Identifier of an {@link Intervention}.
 *
 * @category Identifiers
 */
export type InterventionId = string & z.core.$brand<"InterventionId">;
/**
 * Identifier of a {@link Session} of a Social Headquarters, e.g. `"alb-sh-73"`.
 *
 * @category Identifiers
 */
export type SessionId = string & z.core.$brand<"SessionId">;
/**
 * Identifier of a {@link Resolution}, e.g. `"alb-sh-73-r2"`.
 *
 * @category Identifiers
 */
export type ResolutionId = string & z.core.$brand<"ResolutionId">;
/**
 * Identifier of a {@link Transaction}, e.g. `"alb-int-004-t2"`.
 *
 * @category Identifiers
 */
export type TransactionId = string & z.core.$brand<"TransactionId">;
/**
 * Identifier of a county (شهرستان), e.g. `"karaj"`.
 *
 * @category Identifiers
 */
export type CountyId = string & z.core.$brand<"CountyId">;

/**
 * Schema of a {@link NeighbourhoodId}: trims and checks the id pattern.
 *
 * @example
 * ```ts
 * import { NeighbourhoodIdSchema } from "mahalleh/models";
 * NeighbourhoodIdSchema.parse(" alb-krj-001 "); // => "alb-krj-001"
 * NeighbourhoodIdSchema.safeParse("محله ۱").success; // => false
 * ```
 *
 * @category Identifiers
 */
export const NeighbourhoodIdSchema: z.ZodType<NeighbourhoodId, string> = identifier<NeighbourhoodId>();
/**
 * Schema of an {@link IndicatorId}.
 *
 * @category Identifiers
 */
export const IndicatorIdSchema: z.ZodType<IndicatorId, string> = identifier<IndicatorId>();
/**
 * Schema of an {@link AgencyId}.
 *
 * @category Identifiers
 */
export const AgencyIdSchema: z.ZodType<AgencyId, string> = identifier<AgencyId>();
/**
 * Schema of an {@link InterventionId}.
 *
 * @category Identifiers
 */
export const InterventionIdSchema: z.ZodType<InterventionId, string> = identifier<InterventionId>();
/**
 * Schema of a {@link SessionId}.
 *
 * @category Identifiers
 */
export const SessionIdSchema: z.ZodType<SessionId, string> = identifier<SessionId>();
/**
 * Schema of a {@link ResolutionId}.
 *
 * @category Identifiers
 */
export const ResolutionIdSchema: z.ZodType<ResolutionId, string> = identifier<ResolutionId>();
/**
 * Schema of a {@link TransactionId}.
 *
 * @category Identifiers
 */
export const TransactionIdSchema: z.ZodType<TransactionId, string> = identifier<TransactionId>();
/**
 * Schema of a {@link CountyId}: an identifier, or the Persian or English name of one of
 * {@link alborzCounties} («کرج», «كرج», «شهرستان فردیس», `"Karaj"`), read as its id — as
 * {@link ProvinceCodeSchema} reads a province's name.
 *
 * @example
 * ```ts
 * import { CountyIdSchema } from "mahalleh/models";
 * CountyIdSchema.parse("كرج"); // => "karaj"
 * CountyIdSchema.parse("شهرستان فردیس"); // => "fardis"
 * CountyIdSchema.parse("tehran-county"); // => "tehran-county"
 * ```
 *
 * @category Identifiers
 */
export const CountyIdSchema: z.ZodType<CountyId, string> = identifier<CountyId>((text) => findCounty(text)?.id);
