import { z } from 'zod';
import { compareCodeUnits, CustomerIdSchema, parseWithUniqueIds, uniqueCustomerIds } from '../core/customerRows.js';
import { MetricInputError } from '../core/errors.js';
import { describeValue } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/** A group value as {@link segmentBy} reads it: compared as a string; `null` or `undefined` means missing. @category Segments */
export type SegmentAttributeValue = string | number | boolean | null | undefined;

const isAttributeValue = (v: unknown): v is SegmentAttributeValue =>
  v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

const attributeProblem = 'must be a string, a finite number, a boolean or null';

/**
 * Input of {@link segmentBy}: `{ customers, by, metric }`. Each customer has a `customerId`
 * (ids must not repeat) and optional `attributes` (`{ region: 'north', ageBand: '30-39' }`);
 * any other fields are kept and handed to the metric as they are. `by` is an attribute name or a
 * function of a customer returning its group value; `metric` is any function of a customer set.
 * Only the attribute named by `by` is checked: a string, a finite number, a boolean or null.
 * @category Segments
 */
export const SegmentByInputSchema = z
  .object({
    customers: z.array(z.looseObject({ customerId: CustomerIdSchema, attributes: z.record(z.string(), z.unknown()).optional() })),
    by: z.union([z.string().min(1), z.custom<(customer: never) => unknown>((v) => typeof v === 'function')], {
      error: (iss) => `must be an attribute name or a function, got ${describeValue(iss.input)}`,
    }),
    metric: z.custom<(customers: never, group: never) => unknown>((v) => typeof v === 'function', {
      error: (iss) => `must be a function of a customer set, got ${describeValue(iss.input)}`,
    }),
  })
  .superRefine((input, ctx) => {
    if (!Array.isArray(input.customers)) return;
    // Runs even when other fields failed: read only what is there.
    uniqueCustomerIds(input.customers, ctx, ['customers']);
    const by = input.by;
    if (typeof by !== 'string') return;
    input.customers.forEach((c, i) => {
      const attrs = c?.attributes;
      if (typeof attrs !== 'object' || attrs === null || !Object.prototype.hasOwnProperty.call(attrs, by)) return;
      const v: unknown = (attrs as Record<string, unknown>)[by];
      if (!isAttributeValue(v)) {
        ctx.addIssue({ code: 'custom', path: ['customers', i, 'attributes', by], message: `${attributeProblem}, got ${describeValue(v)}` });
      }
    });
  }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null });

/**
 * The input of {@link segmentBy}, typed by the customer row `C` (anything with a `customerId`
 * and optional `attributes`) and the metric's result `R`. (Generic, so written out rather than
 * inferred from {@link SegmentByInputSchema}, which checks the same shape.)
 * @category Segments
 */
export interface SegmentByInput<C extends SegmentByCustomer, R> {
  readonly customers: readonly C[];
  /** An attribute name, or a function returning the customer's group value (`null`/`undefined`: missing). */
  readonly by: string | ((customer: C) => SegmentAttributeValue);
  /** The metric computed on each group's customers (in input order). */
  readonly metric: (customers: C[], group: SegmentGroupKey) => R;
}

/** A customer row for {@link segmentBy}: an id and optional attributes; other fields pass through. @category Segments */
export interface SegmentByCustomer {
  readonly customerId: string;
  readonly attributes?: Readonly<Record<string, unknown>> | undefined;
}

/** Which group a metric call is for: the attribute value as a string, or `null` for customers lacking it. @category Segments */
export interface SegmentGroupKey {
  readonly by: string;
  readonly value: string | null;
}

/** @category Segments */
export interface SegmentByResult<R> {
  /** The attribute grouped by (`'(function)'` when `by` was a function). */
  readonly by: string;
  /** The number of customers. */
  readonly n: number;
  /**
   * One row per attribute value, in code-unit order of the value, then (only when some customer
   * lacks the attribute) one row with `value: null`. `customers` is the group's size, `result`
   * what the metric returned for it (left as the metric returned it).
   */
  readonly groups: readonly { readonly value: string | null; readonly customers: number; readonly result: R }[];
}

/**
 * Metric by customer segment (地理 / 人口统计细分: a metric per region, age band, industry…).
 *
 * Splits a customer set by one attribute and computes any customer-set metric on each part:
 * value tiers per region, RFM segment counts per industry, the average spend per age band.
 * The metric is your function, so it works with every metric of the library that takes
 * customers, and with your own.
 *
 * @formula groups = customers partitioned by String(attribute value); each group's result =
 * metric(group's customers). Customers whose attribute is absent, null or undefined form one
 * more group with value null.
 * @source seed 002 §1 (客户细分分析: geographic 地理细分 and demographic 人口统计细分 segmentation).
 * Attribute values are compared as strings (`30` and `'30'` are one group), so numbers should be
 * banded before grouping (pass `by` as a function for that).
 * @param input - `{ customers: [{ customerId, attributes? , ...anything }], by, metric }`.
 * @returns `{ by, n, groups: [{ value, customers, result }] }`, frozen (the metric's results are
 * left as returned). No customers gives no groups, and the metric is not called.
 * @throws {@link MetricInputError} when the input is malformed, ids repeat, the attribute holds
 * an object, or `by` (as a function) returns one (path `customers[2].attributes.region`). A
 * `MetricInputError` thrown by the metric is re-thrown by `segmentBy` with the group named in
 * each message and a path `customers[k]` mapped back to the customer's index in the full list.
 * @example
 * const customers = [
 *   { customerId: 'a', attributes: { region: 'north' }, totalAmount: '1200' },
 *   { customerId: 'b', attributes: { region: 'south' }, totalAmount: '300' },
 *   { customerId: 'c', attributes: { region: 'north' }, totalAmount: '150' },
 *   { customerId: 'd', attributes: {}, totalAmount: '80' },
 * ];
 * const r = segmentBy({ customers, by: 'region', metric: (g) => valueTier(g, { by: 'totalAmount', thresholds: { high: '1000', medium: '200' } }).counts });
 * r.groups; // => [{ value: 'north', customers: 2, result: { high: 1, medium: 0, low: 1 } }, { value: 'south', customers: 1, result: { high: 0, medium: 1, low: 0 } }, { value: null, customers: 1, result: { high: 0, medium: 0, low: 1 } }]
 * @see {@link valueTier}, {@link rfmScores}, {@link lifecycleStage}
 * @category Segments
 */
export function segmentBy<C extends SegmentByCustomer, R>(input: SegmentByInput<C, R>): SegmentByResult<R> {
  let rawRows: unknown;
  try {
    rawRows = (input as { customers?: unknown } | null | undefined)?.customers;
  } catch {
    rawRows = undefined; // the parse reports the unreadable input
  }
  parseWithUniqueIds('segmentBy', () => parseInput('segmentBy', SegmentByInputSchema, input), rawRows);
  const { customers, by, metric } = input;
  const label = typeof by === 'string' ? by : '(function)';

  // Group value of each customer; a function's answer is checked like an attribute.
  const members = new Map<string | null, number[]>();
  const badKeys: { code: string; path: string; message: string }[] = [];
  customers.forEach((c, i) => {
    let v: unknown;
    if (typeof by === 'string') {
      const attrs = c.attributes;
      v = attrs !== undefined && Object.prototype.hasOwnProperty.call(attrs, by) ? attrs[by] : undefined;
    } else {
      v = by(c);
      if (!isAttributeValue(v)) {
        badKeys.push({ code: 'invalid_group', path: `customers[${i}]`, message: `segmentBy: customers[${i}] by(customer) ${attributeProblem}, got ${describeValue(v)}` });
        return;
      }
    }
    const key = v === null || v === undefined ? null : String(v);
    const list = members.get(key);
    if (list === undefined) members.set(key, [i]);
    else list.push(i);
  });
  if (badKeys.length > 0) throw new MetricInputError('segmentBy', badKeys);

  const keys = [...members.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareCodeUnits(a, b)));
  const groups = keys.map((value) => {
    const idx = members.get(value)!;
    const group: SegmentGroupKey = Object.freeze({ by: label, value });
    let result: R;
    try {
      result = metric(
        idx.map((i) => customers[i]!),
        group,
      );
    } catch (e) {
      if (!(e instanceof MetricInputError)) throw e;
      const where = value === null ? `customers without ${label}` : `${label} = ${JSON.stringify(value)}`;
      throw new MetricInputError(
        'segmentBy',
        e.issues.map((iss) => ({
          code: iss.code,
          path: iss.path.replace(/^customers\[(\d+)\]/, (whole, k: string) => (Number(k) < idx.length ? `customers[${idx[Number(k)]}]` : whole)),
          message: `segmentBy: group ${where}: ${iss.message}`,
        })),
      );
    }
    return Object.freeze({ value, customers: idx.length, result });
  });
  return Object.freeze({ by: label, n: customers.length, groups: Object.freeze(groups) });
}
