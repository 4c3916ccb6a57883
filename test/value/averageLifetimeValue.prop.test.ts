import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, averageLifetimeValue } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const money = fc.integer({ min: -1e12, max: 1e12 }).map((cents) => new Decimal(cents).div(100).toString());
const values = fc.array(money, { minLength: 1, maxLength: 40 });

describe('averageLifetimeValue properties', () => {
  it('lies between the smallest and largest value; n × mean = total', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const r = averageLifetimeValue(vs);
        const ds = vs.map((v) => new Decimal(v));
        expect(r.value!.gte(Decimal.min(...ds)) && r.value!.lte(Decimal.max(...ds))).toBe(true);
        expect(r.value!.times(vs.length).minus(r.total).abs().lte('1e-20')).toBe(true);
        expect(r.count).toBe(vs.length);
      }),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(values, fc.func(fc.integer()), (vs, key) => {
        const shuffled = [...vs].sort((a, b) => key(a) - key(b));
        expect(averageLifetimeValue(shuffled).value!.eq(averageLifetimeValue(vs).value!)).toBe(true);
      }),
    );
  });

  it('strings, Decimals and result objects give equal values', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const a = averageLifetimeValue(vs).value!;
        expect(averageLifetimeValue(vs.map((v) => new Decimal(v))).value!.eq(a)).toBe(true);
        expect(averageLifetimeValue(vs.map((v) => ({ value: v }))).value!.eq(a)).toBe(true);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const copy = [...vs];
        averageLifetimeValue(deepFrozen(vs));
        expect(vs).toEqual(copy);
      }),
    );
  });
});
