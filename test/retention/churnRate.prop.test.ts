import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, churnRate, customerChurnRate } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

// A consistent snapshot: E = S + N − C, C ≤ S + N.
const snapshot = fc
  .record({ S: fc.integer({ min: 0, max: 1e9 }), N: fc.integer({ min: 0, max: 1e9 }), lost: fc.integer({ min: 0, max: 2e9 }) })
  .map(({ S, N, lost }) => {
    const C = lost % (S + N + 1);
    return { customersAtStart: S, customersAtEnd: S + N - C, newCustomers: N, churnedCustomers: C };
  });
const base = fc.constantFrom('start' as const, 'average' as const, 'end' as const);

describe('churnRate properties', () => {
  it('is C / base for every base, never negative, null exactly when the base is 0', () => {
    fc.assert(
      fc.property(snapshot, base, (s, b) => {
        const r = churnRate({ ...s, base: b });
        const size = { start: s.customersAtStart, average: (s.customersAtStart + s.customersAtEnd) / 2, end: s.customersAtEnd }[b];
        expect(r.base).toBe(b);
        expect(r.baseCustomers.eq(size)).toBe(true);
        if (size === 0) expect(r.value).toBeNull();
        else expect(r.value!.eq(new Decimal(s.churnedCustomers).div(size))).toBe(true);
        if (r.value) expect(r.value.gte(0)).toBe(true);
      }),
    );
  });

  it('an explicit count equal to a named base gives the same value', () => {
    fc.assert(
      fc.property(snapshot, base, (s, b) => {
        const named = churnRate({ ...s, base: b });
        const counted = churnRate({ ...s, base: { count: named.baseCustomers } });
        expect(counted.value === null ? null : counted.value.toString()).toBe(named.value === null ? null : named.value.toString());
      }),
    );
  });

  it('number, string and Decimal counts give equal results', () => {
    fc.assert(
      fc.property(snapshot, fc.integer({ min: 0, max: 1e9 }), (s, count) => {
        const values = [count, String(count), new Decimal(count)].map((c) => churnRate({ ...s, base: { count: c } }).value?.toString());
        expect(new Set(values).size).toBe(1);
      }),
    );
  });

  it('on the start base, equals CCR when no new customer churned (C = S − E + N with N ≤ E)', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        fc.pre(s.customersAtStart > 0 && s.newCustomers <= s.customersAtEnd);
        expect(churnRate(s).value!.eq(customerChurnRate(s).value!)).toBe(true);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(snapshot, base, (s, b) => {
        const input = { ...s, base: b };
        const copy = { ...input };
        churnRate(deepFrozen(input));
        expect(input).toEqual(copy);
      }),
    );
  });
});
