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

// Predictive
