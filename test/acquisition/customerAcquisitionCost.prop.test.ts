import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, customerAcquisitionCost } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

// Cost lines with arbitrary names (prototype names included) and cent amounts.
const lineName = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'marketing', 'sales'));
const amount = fc.integer({ min: 0, max: 1e12 }).map((cents) => new Decimal(cents).div(100).toString());
const costsEntries = fc.uniqueArray(fc.tuple(lineName, amount), { selector: ([name]) => name, maxLength: 8 });
const toObject = (entries: [string, string][]): Record<string, string> => {
  const o: Record<string, string> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
};

describe('customerAcquisitionCost properties', () => {
  it('CAC × N = total, the per-customer parts add up to the CAC, the shares to 1, lines in input order', () => {
    fc.assert(
      fc.property(costsEntries, fc.integer({ min: 1, max: 1e6 }), (entries, N) => {
        const r = customerAcquisitionCost({ costs: new Map(entries), newCustomers: N });
        const total = entries.reduce((s, [, a]) => s.plus(a), new Decimal(0));
        expect(r.totalCost.eq(total)).toBe(true);
        expect(r.value!.times(N).minus(total).abs().lte('1e-20')).toBe(true);
        expect(r.lines.reduce((s, l) => s.plus(l.perCustomer!), new Decimal(0)).minus(r.value!).abs().lte('1e-20')).toBe(true);
        if (!total.isZero()) expect(r.lines.reduce((s, l) => s.plus(l.share!), new Decimal(0)).minus(1).abs().lte('1e-30')).toBe(true);
        expect(r.lines.map((l) => l.line)).toEqual(entries.map(([k]) => k));
      }),
    );
  });

  it('object and Map forms agree; number, string and Decimal amounts give equal results', () => {
    fc.assert(
      fc.property(costsEntries, fc.integer({ min: 0, max: 1e6 }), (entries, N) => {
        const ordered = entries.map(([k]) => k);
        const fromObject = customerAcquisitionCost({ costs: toObject(entries), newCustomers: N });
        const fromMap = customerAcquisitionCost({ costs: new Map(entries), newCustomers: N });
        const fromDecimals = customerAcquisitionCost({ costs: new Map(entries.map(([k, a]) => [k, new Decimal(a)])), newCustomers: N });
        const fromNumbers = customerAcquisitionCost({ costs: new Map(entries.map(([k, a]) => [k, Number(a)])), newCustomers: N });
        const json = (x: unknown) => JSON.stringify(x);
        expect(json(fromMap)).toBe(json(fromDecimals));
        // cent amounts up to 10^10 are exact as numbers
        expect(json(fromMap)).toBe(json(fromNumbers));
        // object key order may differ from insertion order (integer-like names go first)
        expect(new Set(fromObject.lines.map((l) => l.line))).toEqual(new Set(ordered));
        expect(fromObject.totalCost.eq(fromMap.totalCost)).toBe(true);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(costsEntries, fc.nat(1000), (entries, N) => {
        const costs = toObject(entries);
        const before = JSON.stringify(Object.entries(costs));
        customerAcquisitionCost(deepFrozen({ costs, newCustomers: N }));
        expect(JSON.stringify(Object.entries(costs))).toBe(before);
      }),
    );
  });
});
