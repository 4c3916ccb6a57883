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
export {
  TimeUnitSchema,
  PurchaseHistorySchema,
  SpendHistorySchema,
  BgNbdModelSchema,
  ParetoNbdModelSchema,
  PurchaseModelSchema,
  GammaGammaModelSchema,
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
