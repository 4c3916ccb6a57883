/**
 * customer-metrics: exact, sourced customer-management metrics.
 *
 * The only barrel of the package: an explicit, grouped list of named exports.
 * @packageDocumentation
 */

// Core
export { Decimal } from './core/decimal.js';
export { MetricInputError, type MetricInputIssue } from './core/errors.js';
export type { MetricResult } from './core/result.js';
export { DecimalLikeSchema, NonNegativeDecimalSchema, CountSchema, type DecimalLike } from './core/schemas.js';
export { PeriodSnapshotSchema, type PeriodSnapshot } from './core/snapshot.js';

// Output
export { round, formatPercent, RoundOptionsSchema, type RoundOptions, type RoundingMode } from './core/rounding.js';

// Retention
export {
  customerRetentionRate,
  CustomerRetentionRateInputSchema,
  type CustomerRetentionRateInput,
  type CustomerRetentionRateResult,
} from './retention/customerRetentionRate.js';

// Acquisition

// Value

// Survey

// Service

// Health

// Segments

// Events
export {
  PeriodSchema,
  resolvePeriod,
  previousPeriod,
  type Period,
  type ResolvedPeriod,
} from './core/period.js';
export { InstantSchema, type Instant } from './core/instant.js';
export {
  CustomerEventSchema,
  CustomerEventsSchema,
  type CustomerEvent,
  type CustomerEvents,
  type CollectedEvents,
  type EventChunk,
} from './core/events.js';
export type { EventAnomaly } from './core/timeline.js';
export {
  collectEvents,
  collectEventsAsync,
  mergeCollectedEvents,
  CollectEventsInputSchema,
  type CollectEventsInput,
  type CollectEventsResult,
} from './events/collectEvents.js';
export {
  snapshotFromEvents,
  SnapshotFromEventsInputSchema,
  SnapshotFromEventsOptionsSchema,
  type SnapshotFromEventsInput,
  type SnapshotFromEventsOptions,
  type SnapshotFromEventsResult,
} from './events/snapshotFromEvents.js';
export {
  startCohortRetentionRate,
  StartCohortRetentionRateInputSchema,
  type StartCohortRetentionRateInput,
  type StartCohortRetentionRateResult,
} from './events/startCohortRetentionRate.js';
export {
  repeatPurchaseRate,
  RepeatPurchaseRateInputSchema,
  type RepeatPurchaseRateInput,
  type RepeatPurchaseRateResult,
} from './events/repeatPurchaseRate.js';
export {
  cohortRetention,
  CohortRetentionInputSchema,
  CohortRetentionOptionsSchema,
  type CohortRetentionInput,
  type CohortRetentionOptions,
  type CohortRetentionResult,
  type CohortRow,
} from './events/cohortRetention.js';
export {
  customerSummaries,
  CustomerSummariesInputSchema,
  CustomerSummariesOptionsSchema,
  type CustomerSummariesInput,
  type CustomerSummariesOptions,
  type CustomerSummariesResult,
  type CustomerSummary,
} from './events/customerSummaries.js';

// Predictive
