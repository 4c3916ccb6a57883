import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { Decimal, MetricInputError } from '../../src/index.js';
import { frozen, metricResult, show } from '../../src/core/result.js';
import { fail, parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

describe('metricResult', () => {
  it('writes the calculation and freezes deeply, leaving Decimals as they are', () => {
    const r = metricResult(
      { formula: 'X = a − b', substituted: `${show(new Decimal(1))} − ${show(new Decimal(-2))}`, value: new Decimal(3) },
      { parts: [{ a: 1 }] },
    );
    expect(r.calculation).toBe('X = a − b = 1 − (-2) = 3');
    expect(Object.isFrozen(r.parts)).toBe(true);
    expect(Object.isFrozen(r.parts[0])).toBe(true);
    expect(Object.isFrozen(r.value)).toBe(false);
  });

  it('a null value always carries a reason', () => {
    const r = metricResult({ formula: 'X = a / b', substituted: '1 / 0', value: null });
    expect(r.reason).toBe('undefined for these inputs');
    expect(r.calculation).toBe('X = a / b = 1 / 0 = undefined (undefined for these inputs)');
  });

  it('frozen() freezes plain objects deeply', () => {
    const o = frozen({ a: { b: [1] } });
    expect(Object.isFrozen(o.a.b)).toBe(true);
    expect(frozen(5)).toBe(5);
  });
});

describe('parseInput', () => {
  const S = z.object({ list: z.array(z.number()).min(1).max(2), pick: z.enum(['a', 'b']), n: z.number().max(3).gt(0) });

  it('words zod issues in the library style', () => {
    const messages = issuesOf(() => parseInput('f', S, { list: [], pick: 'c', n: 5, extra: 1 })).map((i) => i.message);
    expect(messages).toEqual([
      'f: list must have at least 1 item',
      'f: pick must be one of "a", "b", got "c"',
      'f: n must be at most 3, got 5',
    ]);
    expect(issuesOf(() => parseInput('f', S, { list: [1, 2, 3], pick: 'a', n: 0 })).map((i) => i.message)).toEqual([
      'f: list must have at most 2 items',
      'f: n must be greater than 0, got 0',
    ]);
    expect(issuesOf(() => parseInput('f', z.strictObject({}), { k: 1 }))[0]?.message).toBe('f: input has unknown key "k"');
    expect(issuesOf(() => parseInput('f', z.array(z.string()), [1], 'xs'))[0]?.message).toBe('f: xs[0] must be a string, got 1');
    expect(issuesOf(() => parseInput('f', z.object({ a: z.string() }), {}))[0]?.message).toBe('f: a is required');
    expect(issuesOf(() => parseInput('f', z.string().email(), 'x'))[0]?.message).toMatch(/^f: input /);
  });

  it('turns anything thrown while reading into a MetricInputError', () => {
    const trap = new Proxy({}, { get: () => { throw 'raw'; } }); // eslint-disable-line no-throw-literal
    expect(issuesOf(() => parseInput('f', S, trap, 'arg'))[0]?.message).toBe('f: arg could not be read (raw)');
  });

  it('fail() throws a single issue', () => {
    expect(() => fail('f', 'bad', '', 'is wrong')).toThrow(new MetricInputError('f', [{ code: 'bad', path: '', message: 'f: input is wrong' }]));
    expect(new MetricInputError('f', []).message).toBe('f: invalid input');
  });
});
