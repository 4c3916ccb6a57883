import { z } from 'zod';
import { Decimal, ZERO } from '../core/decimal.js';
import { InstantSchema } from '../core/isoInstant.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { CountSchema, describeValue, NonNegativeDecimalSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/**
 * The totals form of {@link averageResponseTime}'s input: total response time over the number of
 * requests, in the unit of the input.
 * @category Service
 */
export const AverageResponseTimeTotalsInputSchema = z.object({
  totalResponseTime: NonNegativeDecimalSchema,
  requests: CountSchema,
  unit: z.string({ error: (iss) => `must be a string naming the time unit, got ${describeValue(iss.input)}` }).optional(),
});

/**
 * The list form of {@link averageResponseTime}'s input: one entry per service request.
 * @category Service
 */
export const AverageResponseTimeListInputSchema = z
  .object({
    requests: z.array(
      z.object({
        openedAt: InstantSchema,
        firstRespondedAt: InstantSchema.nullable().optional(),
      }),
    ),
  })
  .superRefine(
    (v, ctx) => {
      if (!Array.isArray(v?.requests)) return;
      v.requests.forEach((r, i) => {
        const a = r?.openedAt;
        const b = r?.firstRespondedAt;
        if (typeof a === 'number' && typeof b === 'number' && b < a) {
          ctx.addIssue({
            code: 'custom',
            path: ['requests', i, 'firstRespondedAt'],
            params: { code: 'inconsistent' },
            message: `(${new Date(b).toISOString()}) must not be before openedAt (${new Date(a).toISOString()})`,
          });
        }
      });
    },
    { when: () => true },
  );

/**
 * Input of {@link averageResponseTime}: either totals `{ totalResponseTime, requests, unit? }` or a
 * list `{ requests: [{ openedAt, firstRespondedAt? }] }` (timestamps ISO-8601 with an offset, or
 * `Date`; a request without `firstRespondedAt`, or with null, is unanswered).
 * @category Service
 */
export const AverageResponseTimeInputSchema = z.union([AverageResponseTimeTotalsInputSchema, AverageResponseTimeListInputSchema]);

/** @category Service */
export type AverageResponseTimeInput = z.input<typeof AverageResponseTimeInputSchema>;

/** The totals form of the input. @category Service */
export type AverageResponseTimeTotalsInput = z.input<typeof AverageResponseTimeTotalsInputSchema>;

/** The list form of the input. @category Service */
export type AverageResponseTimeListInput = z.input<typeof AverageResponseTimeListInputSchema>;

/** Options of {@link averageResponseTime}: none. @category Service */
export type AverageResponseTimeOptions = Record<never, never>;

/** Result of the totals form: `value` in the unit of the input. @category Service */
export interface AverageResponseTimeTotalsResult extends MetricResult {
  readonly form: 'totals';
  /** The unit given with the input, or null when none was named. */
  readonly unit: string | null;
  readonly requests: number;
}

/** Result of the list form: every time in seconds. @category Service */
export interface AverageResponseTimeListResult extends MetricResult {
  readonly form: 'list';
  readonly unit: 'second';
  /** Mean time to first response of the answered requests (the same as `value`). */
  readonly mean: Decimal | null;
  /** Median, interpolated between the two middle answers. */
  readonly median: Decimal | null;
  /** 90th percentile, linear interpolation between closest ranks (as PERCENTILE.INC). */
  readonly p90: Decimal | null;
  /** Requests with a first response. */
  readonly answered: number;
  /** Requests without one (not in the mean, median or p90). */
  readonly unanswered: number;
  /** All requests. */
  readonly requests: number;
}

/** @category Service */
export type AverageResponseTimeResult = AverageResponseTimeTotalsResult | AverageResponseTimeListResult;

/** The q-quantile of sorted values, linear interpolation between closest ranks (PERCENTILE.INC, numpy's default). */
function percentile(sorted: readonly Decimal[], q: Decimal): Decimal {
  const h = q.times(sorted.length - 1);
  const lo = h.floor().toNumber();
  const frac = h.minus(lo);
  const a = sorted[lo]!;
  return frac.isZero() ? a : a.plus(frac.times(sorted[lo + 1]!.minus(a)));
}

const HALF = new Decimal('0.5');
const NINE_TENTHS = new Decimal('0.9');

/**
 * Average response time of customer service (客户服务响应时间): total response time over the
 * number of service requests.
 *
 * From totals, the seed's formula, in whatever unit the total is in (name it with `unit`). From a
 * list of requests, the time from opening each request to its first response, in seconds: the
 * mean (`value`), and the median and 90th percentile beside it, because a mean hides the few
 * requests that waited for days. Requests not yet answered are counted in `unanswered` and left
 * out of the statistics, never dropped silently.
 *
 * @formula totals: ART = total response time / requests. List: ART = Σ (firstRespondedAt −
 * openedAt) / answered, in seconds; median and p90 by linear interpolation between closest ranks
 * (p90 of 1…10 is 9.1).
 * @source seed 000 §7 (`客户服务总响应时间/客户服务请求数量`).
 * @param input - `{ totalResponseTime, requests, unit? }` or `{ requests: [{ openedAt, firstRespondedAt? }] }`.
 * @returns Totals: a Decimal in the unit of the input, `null` when requests = 0. List: seconds
 * (`unit: 'second'`), `null` with a reason when no request was answered.
 * @throws {@link MetricInputError} for a negative or non-decimal total, a bad count, a timestamp
 * that is not ISO-8601 with an offset or a valid Date, or a first response before its request
 * (`requests[2].firstRespondedAt`).
 * @example
 * averageResponseTime({ totalResponseTime: 900, requests: 60, unit: 'minute' }).calculation; // => 'ART = total response time / requests = 900 / 60 = 15 (minute)'
 * const r = averageResponseTime({
 *   requests: [
 *     { openedAt: '2026-03-02T09:00:00Z', firstRespondedAt: '2026-03-02T09:10:00Z' },
 *     { openedAt: '2026-03-02T10:00:00+08:00', firstRespondedAt: '2026-03-02T10:30:00+08:00' },
 *     { openedAt: '2026-03-02T11:00:00Z' },
 *   ],
 * });
 * r.calculation; // => 'ART = Σ (firstRespondedAt − openedAt) / answered = 2400 / 2 = 1200 (second)'
 * r.unanswered; // => 1
 * @see {@link resolutionRate}, {@link complaintRate}
 * @category Service
 */
export function averageResponseTime(input: AverageResponseTimeTotalsInput): AverageResponseTimeTotalsResult;
export function averageResponseTime(input: AverageResponseTimeListInput): AverageResponseTimeListResult;
export function averageResponseTime(input: AverageResponseTimeInput): AverageResponseTimeResult;
export function averageResponseTime(input: AverageResponseTimeInput): AverageResponseTimeResult {
  let isList = false;
  try {
    isList = typeof input === 'object' && input !== null && Array.isArray((input as { requests?: unknown }).requests);
  } catch {
    // an unreadable input: parseInput below reports it
  }
  if (!isList) {
    const t = parseInput('averageResponseTime', AverageResponseTimeTotalsInputSchema, input);
    const unit = t.unit ?? null;
    const r = metricResult(
      {
        formula: 'ART = total response time / requests',
        substituted: `${t.totalResponseTime.toString()} / ${t.requests}`,
        value: t.requests === 0 ? null : t.totalResponseTime.div(t.requests),
        reason: 'no service requests (requests = 0)',
      },
      { form: 'totals' as const, unit, requests: t.requests },
    );
    return r.value === null || unit === null ? r : withSuffix(r, ` (${unit})`);
  }
  const { requests } = parseInput('averageResponseTime', AverageResponseTimeListInputSchema, input);
  const durations: Decimal[] = [];
  for (const r of requests) {
    if (r.firstRespondedAt !== undefined && r.firstRespondedAt !== null) durations.push(new Decimal(r.firstRespondedAt - r.openedAt).div(1000));
  }
  const answered = durations.length;
  const sorted = durations.slice().sort((a, b) => a.comparedTo(b));
  const sum = durations.reduce((a, d) => a.plus(d), ZERO);
  const mean = answered === 0 ? null : sum.div(answered);
  const result = metricResult(
    {
      formula: 'ART = Σ (firstRespondedAt − openedAt) / answered',
      substituted: `${sum.toString()} / ${answered}`,
      value: mean,
      reason: requests.length === 0 ? 'no service requests' : 'no request has a first response yet',
    },
    {
      form: 'list' as const,
      unit: 'second' as const,
      mean,
      median: answered === 0 ? null : percentile(sorted, HALF),
      p90: answered === 0 ? null : percentile(sorted, NINE_TENTHS),
      answered,
      unanswered: requests.length - answered,
      requests: requests.length,
    },
  );
  return mean === null ? result : withSuffix(result, ' (second)');
}

/** Append the unit to a result's calculation (a fresh frozen copy). */
function withSuffix<R extends MetricResult>(r: R, suffix: string): R {
  return Object.freeze({ ...r, calculation: r.calculation + suffix });
}
