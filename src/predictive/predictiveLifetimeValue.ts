import { z } from 'zod';
import { frozen } from '../core/result.js';
import {
  bgNbdExpectedPurchases,
  CustomerHistorySchema,
  GammaGammaModelSchema,
  paretoExpectedPurchases,
  PurchaseModelSchema,
  spendOf,
  TimeUnitSchema,
  type TimeUnit,
  UNITS_PER_MONTH,
} from '../core/predictive.js';
import { DecimalLikeSchema, describeValue } from '../core/schemas.js';
import { fail, parseInput } from '../core/validate.js';

const FN = 'predictiveLifetimeValue';

const wholeMonths = (iss: { input?: unknown }) => `must be a whole number of months from 1 to 1200, got ${describeValue(iss.input)}`;

/**
 * Input of {@link predictiveLifetimeValue}.
 * @category Predictive
 */
export const PredictiveLifetimeValueInputSchema = z
  .object({
    purchaseModel: PurchaseModelSchema,
    spendModel: GammaGammaModelSchema,
    customer: CustomerHistorySchema,
    months: z.number({ error: wholeMonths }).int({ error: wholeMonths }).min(1, { error: wholeMonths }).max(1200, { error: wholeMonths }),
    timeUnit: TimeUnitSchema.optional(),
    monthlyDiscountRate: DecimalLikeSchema.refine((d) => !d.isNegative(), {
      error: (iss) => `must not be negative, got ${String(iss.input)}`,
    }).transform((d) => d.toNumber()),
  })
  .superRefine((v, ctx) => {
    const raw = v as { purchaseModel?: { timeUnit?: unknown }; timeUnit?: unknown };
    const modelUnit = raw.purchaseModel?.timeUnit;
    if (raw.timeUnit !== undefined && typeof modelUnit === 'string' && raw.timeUnit !== modelUnit) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeUnit'],
        params: { code: 'inconsistent' },
        message: `(${describeValue(raw.timeUnit)}) must match the purchase model's timeUnit (${describeValue(modelUnit)}): the customer's recency and T are read in the model's unit`,
      });
    }
  });

/** @category Predictive */
export type PredictiveLifetimeValueInput = z.input<typeof PredictiveLifetimeValueInputSchema>;

/** @category Predictive */
export type PredictiveLifetimeValueOptions = never;

/** One month of the predicted cash flow. @category Predictive */
export interface PredictiveLifetimeValueMonth {
  /** Month number i, 1…months. */
  readonly month: number;
  /** Expected purchases in month i: E[Y(i·k)] − E[Y((i − 1)·k)]. */
  readonly expectedPurchases: number;
  /** 1 / (1 + d)^i. */
  readonly discountFactor: number;
  /** expectedPurchases · expected spend · discountFactor. */
  readonly value: number;
}

/** @category Predictive */
export interface PredictiveLifetimeValueResult {
  /** The discounted predicted value over the horizon, in the currency of monetaryValue (float64). */
  readonly value: number;
  readonly formula: string;
  /** The sum with its first terms written out, so the months and the factor can be checked. */
  readonly calculation: string;
  /** The purchase model's time unit. */
  readonly timeUnit: TimeUnit;
  /** Model time units per month used for the horizon: 30 (day), 4.345 (week) or 1 (month), as lifetimes. */
  readonly unitsPerMonth: number;
  /** The customer's expected spend per transaction from the spend model. */
  readonly expectedAverageSpend: number;
  /** Expected purchases over the whole horizon, undiscounted. */
  readonly expectedPurchases: number;
  readonly monthlyDiscountRate: number;
  readonly months: readonly PredictiveLifetimeValueMonth[];
}

/**
 * Predictive customer lifetime value (predictive CLV, 预测客户终身价值): the discounted value a
 * customer is expected to bring over the next `months`, from a purchase model and a spend model.
 *
 * Seed 003 separates CLV computed from history (`customerLifetimeValue`-style formulas) from
 * CLV predicted by models; this is the second. Month by month, the expected purchases in that month
 * (from {@link expectedPurchases}) times the customer's expected spend per purchase (from
 * {@link expectedAverageSpend}) are discounted by 1/(1 + d)^i and summed, as lifetimes'
 * `customer_lifetime_value` does. Months become model time units with the factor lifetimes uses
 * — a month is 30 days, 4.345 weeks or 1 month — and the factor is stated in the result
 * (`unitsPerMonth`), since mixing units up is the most common mistake with these models. The
 * result is a float64 estimate, not an exact decimal.
 *
 * @formula CLV = Σ_{i=1..n} M · (E[Y(i·k)] − E[Y((i − 1)·k)]) / (1 + d)^i, with n = months, k = model time units per
 * month, M = expected spend per transaction, E[Y(t)] = conditional expected purchases in the next t units, d = monthly discount rate.
 * @source seed 003 (predictive CLV); Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for Customer
 * Base Analysis", Journal of Marketing Research 42(4); lifetimes `utils._customer_lifetime_value` for the monthly loop and the factors.
 * @param input - `{ purchaseModel, spendModel, customer: { frequency, recency, T, monetaryValue }, months, timeUnit?, monthlyDiscountRate }`;
 * `timeUnit`, when given, must equal the purchase model's.
 * @returns `{ value, formula, calculation, timeUnit, unitsPerMonth, expectedAverageSpend, expectedPurchases, monthlyDiscountRate, months[] }`, value ≥ 0.
 * @throws {@link MetricInputError} for an invalid model or customer (under the rules of {@link expectedPurchases} and
 * {@link expectedAverageSpend}: recency ≤ T, recency 0 when frequency is 0, monetaryValue > 0 when frequency > 0 and
 * never negative), months not a whole number in 1…1200, a negative discount rate, a timeUnit that differs from the
 * model's, or a spend model with an infinite mean.
 * @example
 * const purchaseModel = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const spendModel = { kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 } } as const;
 * const clv = predictiveLifetimeValue({
 *   purchaseModel,
 *   spendModel,
 *   customer: { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: '22.35' },
 *   months: 12,
 *   timeUnit: 'week',
 *   monthlyDiscountRate: 0.01,
 * });
 * clv.unitsPerMonth; // => 4.345
 * clv.months.length; // => 12
 * @see {@link expectedPurchases}, {@link expectedAverageSpend}, {@link fitBgNbd}, {@link fitGammaGamma}
 * @category Predictive
 */
export function predictiveLifetimeValue(input: PredictiveLifetimeValueInput): PredictiveLifetimeValueResult {
  const v = parseInput('predictiveLifetimeValue', PredictiveLifetimeValueInputSchema, input);
  const pm = v.purchaseModel;
  const { frequency: x, recency: tx, T, monetaryValue } = v.customer;
  const k = UNITS_PER_MONTH[pm.timeUnit];
  const d = v.monthlyDiscountRate;
  const spend = spendOf('predictiveLifetimeValue', v.spendModel.params, x, monetaryValue);
  const E = (t: number) =>
    Math.max(0, pm.kind === 'bg-nbd' ? bgNbdExpectedPurchases(pm.params, x, tx, T, t) : paretoExpectedPurchases(pm.params, x, tx, T, t));
  const months: PredictiveLifetimeValueMonth[] = [];
  let prev = 0;
  let total = 0;
  for (let i = 1; i <= v.months; i++) {
    const cum = E(i * k);
    // Parameters at the edge of the search (a fit that did not converge) can overflow the
    // expectation: refuse, as expectedPurchases does, rather than return a made-up 0.
    if (!Number.isFinite(cum)) fail(FN, 'not_computable', 'purchaseModel.params', 'give no finite expectation for this customer');
    const inMonth = Math.max(0, cum - prev);
    prev = cum;
    const discountFactor = Math.pow(1 + d, -i);
    const value = inMonth * spend * discountFactor;
    total += value;
    months.push({ month: i, expectedPurchases: inMonth, discountFactor, value });
  }
  const shown = months
    .slice(0, 2)
    .map((m) => `${fmt(spend)} · ${fmt(m.expectedPurchases)} / ${fmt(1 + d)}^${m.month}`)
    .join(' + ');
  const formula = 'CLV = Σ_{i=1..n} M · (E[Y(i·k)] − E[Y((i − 1)·k)]) / (1 + d)^i';
  return frozen({
    value: total,
    formula,
    calculation: `${formula} with n = ${v.months}, k = ${k} ${pm.timeUnit}s per month, M = ${fmt(spend)}, d = ${d}: ${shown}${v.months > 2 ? ' + …' : ''} = ${fmt(total)}`,
    timeUnit: pm.timeUnit,
    unitsPerMonth: k,
    expectedAverageSpend: spend,
    expectedPurchases: prev,
    monthlyDiscountRate: d,
    months,
  });
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(6)));
}
