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
export {
  customerChurnRate,
  CustomerChurnRateInputSchema,
  type CustomerChurnRateInput,
  type CustomerChurnRateResult,
} from './retention/customerChurnRate.js';
export {
  customerGrowthRate,
  CustomerGrowthRateInputSchema,
  type CustomerGrowthRateInput,
  type CustomerGrowthRateResult,
} from './retention/customerGrowthRate.js';
export { churnRate, ChurnRateInputSchema, type ChurnRateInput, type ChurnRateBase, type ChurnRateResult } from './retention/churnRate.js';

// Acquisition
export {
  customerAcquisitionCost,
  CustomerAcquisitionCostInputSchema,
  type CustomerAcquisitionCostInput,
  type CustomerAcquisitionCostLine,
  type CustomerAcquisitionCostResult,
} from './acquisition/customerAcquisitionCost.js';
export {
  salesConversionRate,
  SalesConversionRateInputSchema,
  type SalesConversionRateInput,
  type SalesConversionRateResult,
} from './acquisition/salesConversionRate.js';

// Value
export {
  customerLifetimeValue,
  CustomerLifetimeValueInputSchema,
  type CustomerLifetimeValueInput,
  type CustomerLifetimeValueResult,
  type LifetimeTimeUnit,
} from './value/customerLifetimeValue.js';
export {
  averageLifetimeValue,
  AverageLifetimeValueInputSchema,
  type AverageLifetimeValueInput,
  type AverageLifetimeValueResult,
} from './value/averageLifetimeValue.js';

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
export {
  HealthModelSchema,
  HealthTiersSchema,
  DEFAULT_HEALTH_TIERS,
  SEED_004_HEALTH_MODEL,
  type HealthModel,
  type HealthTiers,
  type HealthTierRange,
  type DeepReadonly,
} from './health/model.js';
export {
  healthScore,
  HealthScoreInputSchema,
  HealthScoreOptionsSchema,
  type HealthScoreInput,
  type HealthObservation,
  type HealthScoreOptions,
  type HealthScoreResult,
  type HealthComponent,
  type HealthOverride,
} from './health/healthScore.js';
export {
  healthTier,
  HealthTierInputSchema,
  type HealthTierInput,
  type HealthTierOptions,
  type HealthTierResult,
} from './health/healthTier.js';
export {
  healthTrend,
  HealthTrendInputSchema,
  HealthTrendOptionsSchema,
  type HealthTrendInput,
  type HealthTrendOptions,
  type HealthTrendResult,
  type HealthComponentTrend,
  type HealthDirection,
} from './health/healthTrend.js';

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
export {
  TimeUnitSchema,
  PurchaseHistorySchema,
  SpendHistorySchema,
  BgNbdModelSchema,
  ParetoNbdModelSchema,
  PurchaseModelSchema,
  GammaGammaModelSchema,
  type FitOptions,
  type TimeUnit,
  type PurchaseHistory,
  type SpendHistory,
  type PurchaseModel,
  type SpendModel,
  type FittedModelBase,
  type BgNbdModel,
  type ParetoNbdModel,
  type GammaGammaModel,
} from './core/predictive.js';
export {
  fitBgNbd,
  FitBgNbdInputSchema,
  type FitBgNbdInput,
  type FitBgNbdOptions,
  type FitBgNbdResult,
} from './predictive/fitBgNbd.js';
export {
  fitParetoNbd,
  FitParetoNbdInputSchema,
  type FitParetoNbdInput,
  type FitParetoNbdOptions,
  type FitParetoNbdResult,
} from './predictive/fitParetoNbd.js';
export {
  fitGammaGamma,
  FitGammaGammaInputSchema,
  type FitGammaGammaInput,
  type FitGammaGammaOptions,
  type FitGammaGammaResult,
} from './predictive/fitGammaGamma.js';
export {
  expectedPurchases,
  ExpectedPurchasesInputSchema,
  type ExpectedPurchasesInput,
  type ExpectedPurchasesOptions,
  type ExpectedPurchasesResult,
} from './predictive/expectedPurchases.js';
export {
  probabilityAlive,
  ProbabilityAliveInputSchema,
  type ProbabilityAliveInput,
  type ProbabilityAliveOptions,
  type ProbabilityAliveResult,
} from './predictive/probabilityAlive.js';
export {
  expectedAverageSpend,
  ExpectedAverageSpendInputSchema,
  type ExpectedAverageSpendInput,
  type ExpectedAverageSpendOptions,
  type ExpectedAverageSpendResult,
} from './predictive/expectedAverageSpend.js';
export {
  predictiveLifetimeValue,
  PredictiveLifetimeValueInputSchema,
  type PredictiveLifetimeValueInput,
  type PredictiveLifetimeValueOptions,
  type PredictiveLifetimeValueResult,
  type PredictiveLifetimeValueMonth,
} from './predictive/predictiveLifetimeValue.js';

// Report
export { buildReport, BuildReportInputSchema, type BuildReportInput } from './report/buildReport.js';
export { DatasetSchema, BuildReportOptionsSchema, type Dataset, type BuildReportOptions } from './report/dataset.js';
export type {
  Report,
  ReportBar,
  ReportChange,
  ReportChartId,
  ReportCharts,
  ReportDetail,
  ReportLocale,
  ReportMetric,
  ReportPeriod,
  ReportPreviousValue,
  ReportSection,
  ReportSectionId,
  ReportTable,
  ReportUnit,
} from './report/types.js';
