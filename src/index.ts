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
export { npsCategory, NpsCategoryInputSchema, type NpsCategoryInput, type NpsCategoryResult } from './survey/npsCategory.js';
export {
  netPromoterScore,
  NetPromoterScoreInputSchema,
  type NetPromoterScoreInput,
  type NetPromoterScoreOptions,
  type NetPromoterScoreResult,
} from './survey/netPromoterScore.js';
export type { CategoryCount as NpsCategoryCount } from './core/nps.js';
export {
  compareNetPromoterScores,
  CompareNetPromoterScoresInputSchema,
  type CompareNetPromoterScoresInput,
  type CompareNetPromoterScoresOptions,
  type CompareNetPromoterScoresResult,
  type NpsSide,
} from './survey/compareNetPromoterScores.js';
export {
  customerSatisfactionScore,
  CustomerSatisfactionScoreInputSchema,
  type CustomerSatisfactionScoreInput,
  type CustomerSatisfactionScoreOptions,
  type CustomerSatisfactionScoreResult,
} from './survey/customerSatisfactionScore.js';
export {
  customerEffortScore,
  CustomerEffortScoreInputSchema,
  type CustomerEffortScoreInput,
  type CustomerEffortScoreOptions,
  type CustomerEffortScoreResult,
} from './survey/customerEffortScore.js';
export {
  surveyCrossTab,
  SurveyCrossTabInputSchema,
  type SurveyCrossTabInput,
  type SurveyCrossTabOptions,
  type SurveyCrossTabResult,
  type SurveyCrossTabRow,
  type SurveyCrossTabCell,
} from './survey/surveyCrossTab.js';
export {
  churnReasonBreakdown,
  ChurnReasonBreakdownInputSchema,
  type ChurnReasonBreakdownInput,
  type ChurnReasonBreakdownOptions,
  type ChurnReasonBreakdownResult,
  type ChurnReasonRow,
} from './survey/churnReasonBreakdown.js';
export { referralRate, ReferralRateInputSchema, type ReferralRateInput, type ReferralRateResult } from './survey/referralRate.js';

// Service
export {
  averageResponseTime,
  AverageResponseTimeInputSchema,
  AverageResponseTimeTotalsInputSchema,
  AverageResponseTimeListInputSchema,
  type AverageResponseTimeInput,
  type AverageResponseTimeTotalsInput,
  type AverageResponseTimeListInput,
  type AverageResponseTimeOptions,
  type AverageResponseTimeResult,
  type AverageResponseTimeTotalsResult,
  type AverageResponseTimeListResult,
} from './service/averageResponseTime.js';
export { complaintRate, ComplaintRateInputSchema, type ComplaintRateInput, type ComplaintRateResult } from './service/complaintRate.js';
export {
  complainingCustomerRate,
  ComplainingCustomerRateInputSchema,
  type ComplainingCustomerRateInput,
  type ComplainingCustomerRateResult,
} from './service/complainingCustomerRate.js';
export { resolutionRate, ResolutionRateInputSchema, type ResolutionRateInput, type ResolutionRateResult } from './service/resolutionRate.js';

// Health

// Segments

// Events

// Predictive
