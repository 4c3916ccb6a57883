import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salesConversionRate } from '../../src/index.js';
import { deepFrozen, pathsOf } from '../helpers/errors.js';

const pair = fc.tuple(fc.nat(1e9), fc.nat(1e9)).map(([a, b]) => ({ convertedCustomers: Math.min(a, b), leads: Math.max(a, b) }));

describe('salesConversionRate properties', () => {
  it('stays within 0…1, null only without leads', () => {
    fc.assert(
      fc.property(pair, (p) => {
        const v = salesConversionRate(p).value;
        if (p.leads === 0) expect(v).toBeNull();
        else expect(v!.gte(0) && v!.lte(1)).toBe(true);
      }),
    );
  });

  it('rejects every converted count above the leads, at convertedCustomers', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.integer({ min: 1, max: 1e6 }), (leads, more) => {
        expect(pathsOf(() => salesConversionRate({ convertedCustomers: leads + more, leads }))).toEqual(['convertedCustomers']);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(pair, (p) => {
        const copy = { ...p };
        salesConversionRate(deepFrozen(p));
        expect(p).toEqual(copy);
      }),
    );
  });
});
