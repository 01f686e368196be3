import type { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { matchKey } from "./_clean";
import { catalogueChoice, cleaned, jalaliDate, money, report } from "./_fields";
import type { JalaliDate } from "./_jalaliDate";
import type { CatalogueEntry } from "./catalogue";
import type { AgencyId, InterventionId, TransactionId } from "./ids";
import { AgencyIdSchema, InterventionIdSchema, TransactionIdSchema } from "./ids";
import type { FundingSource } from "./InterventionSchema";
import { FUNDING_SOURCES } from "./InterventionSchema";
import type { ModelInput, ModelShape } from "./ModelInput";

/**
 * Kind of a money movement, after IATI's transaction types: `"commitment"` (a firm
 * obligation to spend, تعهد — IATI code 2), `"disbursement"` (money released to the
 * implementing agency, پرداخت / تخصیص — IATI 3), `"expenditure"` (money spent on goods and
 * services, هزینه‌کرد — IATI 4).
 *
 * @category Models
 */
export type TransactionType = "commitment" | "disbursement" | "expenditure";

/**
 * The transaction types with Persian and English labels.
 *
 * @category Catalogues
 */
export const TRANSACTION_TYPES: readonly CatalogueEntry<TransactionType>[] = Object.freeze([
  { id: "commitment", nameFa: "تعهد", nameEn: "Commitment" },
  { id: "disbursement", nameFa: "پرداخت", nameEn: "Disbursement" },
  { id: "expenditure", nameFa: "هزینه‌کرد", nameEn: "Expenditure" },
]);

/**
 * One movement of an intervention's money.
 *
 * @category Models
 */
export interface Transaction {
  /** Stable identifier, e.g. `"alb-int-004-t2"`. */
  id: TransactionId;
  /** The intervention the money is for. */
  interventionId: InterventionId;
  /** Commitment, disbursement or expenditure. */
  type: TransactionType;
  /** Jalali date of the movement. */
  date: JalaliDate;
  /** Amount in rials (exact decimal, not negative). */
  amountRials: Decimal;
  /** Which budget the money comes from. */
  source: FundingSource;
  /** The agency paying or receiving, if recorded. */
  agencyId?: AgencyId | undefined;
  /** Currency of the record: only rials (`"IRR"`); given to refuse other currencies explicitly. */
  currency?: "IRR" | undefined;
}

/**
 * What {@link TransactionSchema} accepts.
 *
 * @category Models
 */
export type TransactionInput = ModelInput<Transaction>;

const RIAL_NAMES = new Set(["irr", "rial", "rials", "ریال"].map(matchKey));

const currency = cleaned((input: string, ctx) => {
  if (typeof input === "string" && RIAL_NAMES.has(matchKey(input))) return "IRR";
  report(
    ctx,
    "MODELS_INVALID_MONEY",
    "مبالغ باید به ریال باشند (واحد پول «IRR» یا «ریال»)",
    'Amounts must be in rials (currency "IRR" or «ریال»)',
    input,
  );
  return input;
}, z.literal("IRR")) as unknown as z.ZodType<"IRR", string>;

const transactionObject = z.object({
  id: TransactionIdSchema,
  interventionId: InterventionIdSchema,
  type: catalogueChoice(TRANSACTION_TYPES),
  date: jalaliDate(),
  amountRials: money(),
  source: catalogueChoice(FUNDING_SOURCES),
  agencyId: AgencyIdSchema.optional(),
  currency: currency.optional(),
});

/**
 * Schema of a {@link Transaction}: amounts are rials, never negative (a refund is not a
 * negative expenditure); a `currency` other than rials is refused. Cross-record rules (the
 * intervention and agency exist) are checked by {@link checkDataset}.
 *
 * @example
 * ```ts
 * import { TransactionSchema } from "mahalleh/models";
 * const row = {
 *   id: "alb-int-004-t1", interventionId: "alb-int-004", type: "تعهد", date: "۱۴۰۳/۰۸/۰۱",
 *   amountRials: "۲٬۵۰۰ میلیون ریال", source: "اعتبارات استانی",
 * };
 * const t = TransactionSchema.parse(row);
 * t.type; // => "commitment"
 * t.amountRials.toString(); // => "2500000000"
 * TransactionSchema.safeParse({ ...row, amountRials: "-5" }).success; // => false
 * TransactionSchema.safeParse({ ...row, currency: "USD" }).success; // => false
 * ```
 *
 * @category Models
 */
export const TransactionSchema: z.ZodObject<ModelShape<Transaction>> = transactionObject;

/**
 * The field names of a {@link Transaction}, in schema order.
 *
 * @category Models
 */
export const TRANSACTION_FIELDS: readonly (keyof Transaction)[] = Object.freeze(
  Object.keys(transactionObject.shape) as (keyof Transaction)[],
);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof transactionObject>, Transaction> = true;
void outputMatches;
