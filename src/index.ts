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
export {
  valueTier,
  ValueTierInputSchema,
  ValueTierOptionsSchema,
  type ValueTierInput,
  type ValueTierOptions,
  type ValueTierBy,
  type ValueTierName,
  type ValueTierResult,
} from './segments/valueTier.js';
export {
  rfmScores,
  RfmScoresInputSchema,
  RfmScoresOptionsSchema,
  RfmSegmentRuleSchema,
  DEFAULT_RFM_SEGMENTS,
  type RfmScoresInput,
  type RfmScoresOptions,
  type RfmSegmentRule,
  type RfmCustomerScores,
  type RfmScoresResult,
} from './segments/rfmScores.js';
export {
  lifecycleStage,
  LifecycleStageInputSchema,
  LifecycleStageOptionsSchema,
  LifecycleRulesSchema,
  DEFAULT_LIFECYCLE_RULES,
  type LifecycleStageInput,
  type LifecycleStageOptions,
  type LifecycleRules,
  type LifecycleStageName,
  type LifecycleRuleName,
  type LifecycleStageResult,
} from './segments/lifecycleStage.js';
export {
  segmentBy,
  SegmentByInputSchema,
  type SegmentByInput,
  type SegmentByCustomer,
  type SegmentGroupKey,
  type SegmentAttributeValue,
  type SegmentByResult,
} from './segments/segmentBy.js';

// Events

// Predictive
