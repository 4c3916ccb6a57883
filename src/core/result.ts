import type { Decimal } from './decimal.js';
import { isDecimal } from './decimal.js';

/**
 * What every metric returns: a frozen, JSON-serialisable object with the exact `value` (a
 * {@link Decimal}, serialised as its decimal string), or `null` with a `reason` when the metric
 * is undefined for these inputs; the `formula` in symbols; and the worked `calculation` with the
 * inputs substituted, so a reader can check the number by hand.
 *
 * @category Core
 */
export interface MetricResult {
  /** The exact value, or `null` when the metric is undefined for these inputs. */
  readonly value: Decimal | null;
  /** Why `value` is null, in a sentence; present only then. */
  readonly reason?: string;
  /** The formula in symbols, e.g. `"CRR = (E − N) / S"`. */
  readonly formula: string;
  /** The formula with the inputs substituted and the value, e.g. `"CRR = (E − N) / S = (120 − 30) / 100 = 0.9"`. */
  readonly calculation: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || isDecimal(value) || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/** Render a decimal for a worked calculation: its exact string, negatives in parentheses. */
export function show(d: Decimal | number): string {
  const s = d.toString();
  return s.startsWith('-') ? `(${s})` : s;
}

/**
 * Build a frozen result. `formula` is `"<symbol> = <expression>"`; the calculation appends the
 * substituted expression and the value (or `undefined` and the reason).
 */
export function metricResult<E extends object = Record<never, never>>(
  parts: {
    formula: string;
    substituted: string;
    value: Decimal | null;
    reason?: string;
  },
  extra?: E,
): MetricResult & E {
  const tail = parts.value === null ? `undefined (${parts.reason ?? 'undefined for these inputs'})` : parts.value.toString();
  const out: Record<string, unknown> = {
    value: parts.value,
    ...(parts.value === null ? { reason: parts.reason ?? 'undefined for these inputs' } : {}),
    formula: parts.formula,
    calculation: `${parts.formula} = ${parts.substituted} = ${tail}`,
    ...extra,
  };
  return deepFreeze(out) as MetricResult & E;
}

/** Freeze any plain result object deeply (Decimals are immutable and left as they are). */
export function frozen<T>(value: T): T {
  return deepFreeze(value);
}
