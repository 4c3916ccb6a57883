import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { frozen, metricResult } from '../../src/core/result.js';

describe('deep freezing leaves what is not plain data alone', () => {
  it('a function inside a result is not frozen (only objects and arrays are)', () => {
    const fn = () => 1;
    const o = frozen({ a: { f: fn } });
    expect(Object.isFrozen(o.a)).toBe(true);
    expect(Object.isFrozen(fn)).toBe(false);
    const g = () => 2;
    // 2 − 1 = 1
    const r = metricResult({ formula: 'X = a − b', substituted: '2 − 1', value: new Decimal(1) }, { g });
    expect(r.calculation).toBe('X = a − b = 2 − 1 = 1');
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(g)).toBe(false);
  });

  it('primitives are returned as they are', () => {
    expect(frozen('x')).toBe('x');
    expect(frozen(null)).toBe(null);
    expect(frozen(undefined)).toBe(undefined);
  });
});
