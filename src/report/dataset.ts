import { z } from 'zod';
import { isCollected, type CustomerEvent } from '../core/events.js';
import { InstantSchema } from '../core/instant.js';
import { PeriodSchema, type Period } from '../core/period.js';
import { NonNegativeDecimalSchema, describeValue } from '../core/schemas.js';
import type { HealthModel } from '../health/model.js';

const CustomerIdSchema = z.string({ error: (iss) => `must be a customer id (a string), got ${describeValue(iss.input)}` });

const AttributeValueSchema = z.union([z.string(), z.number(), z.null()], {
  error: (iss) => `must be a string, a number or null, got ${describeValue(iss.input)}`,
});

// The events themselves (any iterable). Collected events are refused with a reason: the report
// reads churn reasons, which collectEvents does not keep.
const EventsSchema = z.custom<Iterable<CustomerEvent>>(
  (v) => v !== null && typeof v === 'object' && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function',
  {
    error: (iss) =>
      isCollected(iss.input)
        ? 'must be the events themselves, not collected events: the report reads churn reasons, which collected events do not keep'
        : `must be an array or an iterable of events, got ${describeValue(iss.input)}`,
  },
);

const HealthModelInputSchema = z.custom<HealthModel>((v) => v !== null && typeof v === 'object', {
  error: (iss) => `must be a health model { behaviours, tiers, missing }, got ${describeValue(iss.input)}`,
});

/**
 * A data set for {@link buildReport}: every section optional. `customers` with their attributes
 * (region, industry …); `events` (acquisitions, churns with reasons, purchases — any iterable);
 * `surveys` (NPS 0–10, CSAT, CES answers with the date answered and free-text `answers`);
 * `serviceRequests` (opened, first response, resolution, complaint flag); `leads` (created,
 * converted); `costs` (acquisition spend by named line, dated); `health` (a health model and
 * dated observations of its behaviours). `name` and `asOf` are optional: the report's subject
 * and the instant the data was exported. Timestamps are ISO-8601 strings with an offset or
 * Dates; money is a decimal string, number or Decimal. Each event is checked by the event
 * functions (paths `events[i]…`), each survey score by the survey functions.
 *
 * @category Report
 */
export const DatasetSchema = z.object({
  name: z.string().optional(),
  asOf: InstantSchema.optional(),
  customers: z.array(z.object({ customerId: CustomerIdSchema, attributes: z.record(z.string(), AttributeValueSchema).optional() })).optional(),
  events: EventsSchema.optional(),
  surveys: z
    .array(
      z.object({
        customerId: CustomerIdSchema,
        kind: z.enum(['nps', 'csat', 'ces']),
        score: z.number({ error: (iss) => `must be a number, got ${describeValue(iss.input)}` }),
        at: InstantSchema,
        answers: z.record(z.string(), z.string()).optional(),
      }),
    )
    .optional(),
  serviceRequests: z
    .array(
      z.object({
        customerId: CustomerIdSchema,
        openedAt: InstantSchema,
        firstRespondedAt: InstantSchema.optional(),
        resolvedAt: InstantSchema.optional(),
        complaint: z.boolean().optional(),
      }),
    )
    .optional(),
  leads: z
    .array(
      z.object({
        leadId: z.string({ error: (iss) => `must be a lead id (a string), got ${describeValue(iss.input)}` }),
        createdAt: InstantSchema,
        convertedAt: InstantSchema.optional(),
        customerId: CustomerIdSchema.optional(),
      }),
    )
    .optional(),
  costs: z
    .array(
      z.object({
        at: InstantSchema,
        line: z.string().min(1, { error: 'must name the cost line (marketing, sales …)' }),
        amount: NonNegativeDecimalSchema,
      }),
    )
    .optional(),
  health: z
    .object({
      model: HealthModelInputSchema,
      observations: z.array(
        z.object({
          customerId: CustomerIdSchema,
          at: InstantSchema,
          behaviour: z.string(),
          value: z.number({ error: (iss) => `must be a number, got ${describeValue(iss.input)}` }),
        }),
      ),
    })
    .optional(),
});

/** A data set for {@link buildReport} (see {@link DatasetSchema}). @category Report */
export type Dataset = z.input<typeof DatasetSchema>;

/**
 * Options of {@link buildReport}: `previous` (`'auto'`, the default: the calendar period just
 * before, or the interval of the same length just before; a period of your choice; or `false`
 * for none), `locale` (`'en'` default, or `'zh-CN'`), `asOf` (the instant the data is read at:
 * conversions and resolutions count up to it; default the data set's `asOf`, else its latest
 * timestamp), and `trendPeriods` (how many periods the retention chart shows, default 6).
 *
 * @category Report
 */
export const BuildReportOptionsSchema = z
  .object({
    previous: z
      .union([z.literal('auto'), z.literal(false), PeriodSchema], {
        error: (iss) =>
          `must be 'auto', false or a period ({ start, end }, { month: "2026-03" }, { quarter: "2026-Q1" } or { year: "2026" }), got ${describeValue(iss.input)}`,
      })
      .optional(),
    locale: z.enum(['en', 'zh-CN']).optional(),
    asOf: InstantSchema.optional(),
    trendPeriods: z.number().int().min(1).max(60).optional(),
  })
  .optional();

/** @category Report */
export type BuildReportOptions = z.input<typeof BuildReportOptionsSchema>;

export type { Period };
