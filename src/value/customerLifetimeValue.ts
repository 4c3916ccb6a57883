import { z } from 'zod';
import { ZERO, type Decimal } from '../core/decimal.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { NonNegativeDecimalSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

const ORDER_FORM = ['averageOrderValue', 'purchaseFrequency', 'lifespan'] as const;
const YEARLY_FORM = ['yearlyRevenue', 'years'] as const;

/**
 * Input of {@link customerLifetimeValue}, in one of two forms, each with optional costs:
 * - order-value form: `{ averageOrderValue, purchaseFrequency, lifespan, timeUnit? }`, the
 *   frequency per `timeUnit` and the lifespan in `timeUnit`s (e.g. purchases per year × years);
 * - yearly-revenue form: `{ yearlyRevenue, years }`;
 * - either form: `acquisitionCost?` and `servicingCost?`, each subtracted once.
 * Every amount is a non-negative decimal; fields of the two forms must not be mixed.
 * @category Value
 */
export const CustomerLifetimeValueInputSchema = z
  .object({
    averageOrderValue: NonNegativeDecimalSchema.optional(),
    purchaseFrequency: NonNegativeDecimalSchema.optional(),
    lifespan: NonNegativeDecimalSchema.optional(),
    timeUnit: z.enum(['year', 'quarter', 'month', 'week', 'day']).optional(),
    yearlyRevenue: NonNegativeDecimalSchema.optional(),
    years: NonNegativeDecimalSchema.optional(),
    acquisitionCost: NonNegativeDecimalSchema.optional(),
    servicingCost: NonNegativeDecimalSchema.optional(),
  })
  .superRefine((v, ctx) => {
    const order = ORDER_FORM.filter((k) => v[k] !== undefined);
    const yearly = YEARLY_FORM.filter((k) => v[k] !== undefined);
    if (order.length > 0 && yearly.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        params: { code: 'inconsistent' },
        message: `mixes the order-value form (${order.join(', ')}) with the yearly-revenue form (${yearly.join(', ')}): give the fields of one form only`,
      });
      return;
    }
    const form = yearly.length > 0 ? YEARLY_FORM : ORDER_FORM;
    for (const k of form) {
      if (v[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], params: { code: 'invalid_type' }, message: 'is required' });
    }
    if (form === YEARLY_FORM && v.timeUnit !== undefined && v.timeUnit !== 'year') {
      ctx.addIssue({
        code: 'custom',
        path: ['timeUnit'],
        params: { code: 'inconsistent' },
        message: `must be 'year' or left out with the yearly-revenue form, got ${JSON.stringify(v.timeUnit)}`,
      });
    }
  });

/** @category Value */
export type CustomerLifetimeValueInput = z.input<typeof CustomerLifetimeValueInputSchema>;

/** The time unit of a lifetime value's frequency and lifespan. @category Value */
export type LifetimeTimeUnit = 'year' | 'quarter' | 'month' | 'week' | 'day';

/** @category Value */
export type CustomerLifetimeValueResult = MetricResult & {
  /** The value: lifetime revenue less the costs; may be negative. Never null. */
  readonly value: Decimal;
  /** Which input form was used. */
  readonly form: 'orderValue' | 'yearlyRevenue';
  /** The revenue part before costs: AOV × f × L, or R × Y. */
  readonly lifetimeRevenue: Decimal;
  /** The acquisition cost subtracted (0 when not given). */
  readonly acquisitionCost: Decimal;
  /** The servicing cost subtracted (0 when not given). */
  readonly servicingCost: Decimal;
  /** The time unit of frequency and lifespan, when named (`'year'` for the yearly-revenue form). */
  readonly timeUnit?: LifetimeTimeUnit;
};

function inUnits(d: Decimal, unit: string): string {
  return `${show(d)} ${unit}${d.eq(1) ? '' : 's'}`;
}

/**
 * Customer lifetime value (CLV, 客户生命周期价值 / 客户终身价值), historical form.
 *
 * What one customer brings in over the whole relationship: the average order value times how
 * often they buy times how long they stay, optionally less what it cost to win them
 * (acquisition cost) and to serve them (servicing cost). Three source variants, one function:
 * without costs (seed 000), net of the acquisition cost (seed 001), and as yearly revenue ×
 * years less acquisition and servicing costs (seed 004, the yearly-revenue form). A net value
 * below 0 (a customer who costs more than they bring) is a value, not an error. Frequency and
 * lifespan must be in the same time unit; name it with `timeUnit` and it shows in the
 * calculation. For the value of a whole set of customers use {@link averageLifetimeValue}.
 *
 * Seed 004's worked example (1,000 a year for 10 years, 2,500 to win and keep the customer)
 * gives 7,500; the article prints the arithmetic as `1,100*10-2500=7500`, a typo: with 1,100 a
 * year the value would be 8,500.
 *
 * @formula CLV = AOV × f × L − (CAC + SC), with AOV = average order value (money),
 * f = purchases per time unit, L = lifespan in the same time unit, CAC = acquisition cost,
 * SC = servicing cost (money, each 0 when not given); or CLV = R × Y − (CAC + SC) with
 * R = revenue per year and Y = years.
 * @source seed 000 §4 (`客户平均购买金额 × 购买频率 × 客户生命周期`), seed 001 §1
 * (`(平均订单金额 × 购买频率) × 客户生命周期 – 获取成本`), seed 004 §3.2 (yearly revenue × years, less
 * the cost of winning and of keeping the customer; worked example 7,500, printed with a typo).
 * @param input - `{ averageOrderValue, purchaseFrequency, lifespan, timeUnit?, acquisitionCost?, servicingCost? }`
 * or `{ yearlyRevenue, years, acquisitionCost?, servicingCost? }`.
 * @returns Money per customer (the currency of the amounts), any sign; never null. Also the
 * `form`, `lifetimeRevenue`, `acquisitionCost`, `servicingCost` and `timeUnit`.
 * @throws {@link MetricInputError} when an amount is not a decimal or is negative, when a field of
 * the chosen form is missing, when the two forms are mixed, or when `timeUnit` is unknown.
 * @example
 * customerLifetimeValue({ averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, timeUnit: 'year' }).calculation; // => 'CLV = AOV × f × L = 50 × 4 per year × 3 years = 600'
 * customerLifetimeValue({ averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, acquisitionCost: 150 }).value; // => '450'
 * customerLifetimeValue({ yearlyRevenue: 1000, years: 10, acquisitionCost: 2500 }).calculation; // => 'CLV = R × Y − CAC = 1000 per year × 10 years − 2500 = 7500'
 * @see {@link averageLifetimeValue}, {@link customerAcquisitionCost}
 * @category Value
 */
export function customerLifetimeValue(input: CustomerLifetimeValueInput): CustomerLifetimeValueResult {
  const v = parseInput('customerLifetimeValue', CustomerLifetimeValueInputSchema, input);
  const yearly = v.yearlyRevenue !== undefined;
  const unit = yearly ? 'year' : v.timeUnit;
  let revenue: Decimal;
  let revenueFormula: string;
  let revenueShown: string;
  if (yearly) {
    revenue = v.yearlyRevenue!.times(v.years!);
    revenueFormula = 'R × Y';
    revenueShown = `${show(v.yearlyRevenue!)} per year × ${inUnits(v.years!, 'year')}`;
  } else {
    const [aov, f, L] = [v.averageOrderValue!, v.purchaseFrequency!, v.lifespan!];
    revenue = aov.times(f).times(L);
    revenueFormula = 'AOV × f × L';
    revenueShown = unit === undefined ? `${show(aov)} × ${show(f)} × ${show(L)}` : `${show(aov)} × ${show(f)} per ${unit} × ${inUnits(L, unit)}`;
  }
  const cac = v.acquisitionCost;
  const sc = v.servicingCost;
  const costFormula = cac && sc ? ' − (CAC + SC)' : cac ? ' − CAC' : sc ? ' − SC' : '';
  const costShown = cac && sc ? ` − (${show(cac)} + ${show(sc)})` : cac ? ` − ${show(cac)}` : sc ? ` − ${show(sc)}` : '';
  const acquisitionCost = cac ?? ZERO;
  const servicingCost = sc ?? ZERO;
  return metricResult(
    {
      formula: `CLV = ${revenueFormula}${costFormula}`,
      substituted: `${revenueShown}${costShown}`,
      value: revenue.minus(acquisitionCost).minus(servicingCost),
    },
    {
      form: yearly ? ('yearlyRevenue' as const) : ('orderValue' as const),
      lifetimeRevenue: revenue,
      acquisitionCost,
      servicingCost,
      ...(unit === undefined ? {} : { timeUnit: unit }),
    },
  ) as CustomerLifetimeValueResult;
}
