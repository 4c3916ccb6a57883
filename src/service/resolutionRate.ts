import { z } from 'zod';
import { notAbove } from '../core/countRatio.js';
import { Decimal } from '../core/decimal.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { CountSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link resolutionRate}: resolved service requests, out of all requests.
 * @category Service
 */
export const ResolutionRateInputSchema = z.object({ resolved: CountSchema, requests: CountSchema }).superRefine(notAbove('resolved', 'requests'));

/** @category Service */
export type ResolutionRateInput = z.input<typeof ResolutionRateInputSchema>;

/** @category Service */
export type ResolutionRateResult = MetricResult;

/**
 * Problem resolution rate (问题解决率): the share of service requests that were resolved.
 *
 * One of the measures of service quality beside response speed ({@link averageResponseTime}) and
 * service attitude. Count the requests of a period and those of them resolved.
 *
 * @formula resolution rate = resolved / requests.
 * @source seed 003 §10 (客户服务质量评估: 客服响应速度、问题解决率、服务态度).
 * @param input - `{ resolved, requests }`, non-negative whole numbers.
 * @returns A ratio in 0…1; `null` with a reason when there are no requests.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, or `resolved`
 * exceeds `requests`.
 * @example
 * resolutionRate({ resolved: 171, requests: 180 }).calculation; // => 'resolution rate = resolved / requests = 171 / 180 = 0.95'
 * @see {@link averageResponseTime}, {@link complaintRate}
 * @category Service
 */
export function resolutionRate(input: ResolutionRateInput): ResolutionRateResult {
  const { resolved, requests } = parseInput('resolutionRate', ResolutionRateInputSchema, input);
  return metricResult({
    formula: 'resolution rate = resolved / requests',
    substituted: `${resolved} / ${requests}`,
    value: requests === 0 ? null : new Decimal(resolved).div(requests),
    reason: 'no service requests (requests = 0)',
  });
}
