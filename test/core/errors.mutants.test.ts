import { describe, expect, it } from 'vitest';
import { MetricInputError } from '../../src/core/errors.js';
import { Decimal } from '../../src/core/decimal.js';
import { frozen, metricResult, show } from '../../src/core/result.js';

describe('MetricInputError', () => {
  it('one issue: its message is the error message', () => {
    const e = new MetricInputError('f', [{ code: 'c', path: 'p', message: 'f: p is bad' }]);
    expect(e.message).toBe('f: p is bad');
    expect(e.name).toBe('MetricInputError');
    expect(e.functionName).toBe('f');
    expect(e).toBeInstanceOf(MetricInputError);
    expect(e).toBeInstanceOf(Error);
  });

  it('two or more issues: counted and joined with "; "', () => {
    const e = new MetricInputError('f', [
      { code: 'a', path: 'x', message: 'f: x is bad' },
      { code: 'b', path: 'y', message: 'f: y is worse' },
    ]);
    expect(e.message).toBe('2 problems: f: x is bad; f: y is worse');
    expect(e.issues.map((i) => i.code)).toEqual(['a', 'b']);
  });

  it('no issue: one invalid_input issue for the whole input', () => {
    const e = new MetricInputError('g', []);
    expect(e.issues).toEqual([{ code: 'invalid_input', path: '', message: 'g: invalid input' }]);
    expect(e.message).toBe('g: invalid input');
  });

  it('issues are frozen copies', () => {
    const given = { code: 'c', path: 'p', message: 'm' };
    const e = new MetricInputError('f', [given]);
    expect(e.issues[0]).not.toBe(given);
    expect(e.issues[0]).toEqual(given);
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
    expect(Object.isFrozen(given)).toBe(false);
  });
});

describe('show', () => {
  it('negatives in parentheses, others as they are, numbers too', () => {
    expect(show(new Decimal('-0.5'))).toBe('(-0.5)');
    expect(show(new Decimal('0.5'))).toBe('0.5');
    expect(show(-3)).toBe('(-3)');
    expect(show(7)).toBe('7');
    expect(show(new Decimal('1e-7'))).toBe('0.0000001');
  });
});

describe('metricResult', () => {
  it('a value: no reason key at all, extra fields after the calculation', () => {
    const r = metricResult({ formula: 'X = a / b', substituted: '1 / 4', value: new Decimal('0.25') }, { n: 4 });
    expect(Object.keys(r)).toEqual(['value', 'formula', 'calculation', 'n']);
    expect('reason' in r).toBe(false);
    expect(r.calculation).toBe('X = a / b = 1 / 4 = 0.25');
    expect(r.n).toBe(4);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('a null value with its own reason: the reason in the result and in the calculation', () => {
    const r = metricResult({ formula: 'X = a / b', substituted: '1 / 0', value: null, reason: 'no customers' });
    expect(r).toEqual({ value: null, reason: 'no customers', formula: 'X = a / b', calculation: 'X = a / b = 1 / 0 = undefined (no customers)' });
    expect(Object.keys(r)).toEqual(['value', 'reason', 'formula', 'calculation']);
  });

  it('without extra fields there are only the four', () => {
    expect(Object.keys(metricResult({ formula: 'F', substituted: 's', value: new Decimal(1) }))).toEqual(['value', 'formula', 'calculation']);
  });
});

describe('frozen', () => {
  it('freezes nested arrays and objects, not Decimals, and leaves an already frozen object as it is', () => {
    const inner = { c: 1 };
    const pre = Object.freeze({ inner });
    const o = frozen({ list: [{ a: new Decimal(1) }], pre });
    expect(Object.isFrozen(o)).toBe(true);
    expect(Object.isFrozen(o.list)).toBe(true);
    expect(Object.isFrozen(o.list[0])).toBe(true);
    expect(Object.isFrozen(o.list[0]!.a)).toBe(false);
    // an object that is already frozen is not walked again
    expect(Object.isFrozen(inner)).toBe(false);
    expect(frozen(null)).toBeNull();
    expect(frozen('s')).toBe('s');
  });
});
