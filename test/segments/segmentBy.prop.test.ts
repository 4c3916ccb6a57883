import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentBy } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const value = fc.oneof(fc.constantFrom('north', 'south', '__proto__', 'constructor', '', '30'), fc.constant(30), fc.constant(null), fc.constant(undefined), fc.boolean());
const rows = fc
  .array(fc.option(value, { nil: 'absent' as const }), { maxLength: 40 })
  .map((vs) => vs.map((v, i) => (v === 'absent' ? { customerId: `c${i}` } : { customerId: `c${i}`, attributes: { region: v } })));

describe('segmentBy properties', () => {
  it('the groups partition the customers: each customer in exactly one group, sizes add up to n', () => {
    fc.assert(
      fc.property(rows, (cs) => {
        const r = segmentBy({ customers: cs, by: 'region', metric: (g) => g.map((c) => c.customerId) });
        const all = r.groups.flatMap((g) => g.result);
        expect(all.slice().sort()).toEqual(cs.map((c) => c.customerId).sort());
        expect(r.groups.reduce((a, g) => a + g.customers, 0)).toBe(cs.length);
        for (const g of r.groups) expect(g.result).toHaveLength(g.customers);
        expect(new Set(r.groups.map((g) => g.value)).size).toBe(r.groups.length);
      }),
    );
  });

  it('input order changes neither the groups nor their sizes; inputs are never mutated', () => {
    fc.assert(
      fc.property(
        rows.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        ([cs, shuffled]) => {
          const input = deepFrozen(cs.map((c) => ({ ...c })));
          const before = JSON.stringify(input);
          const sizes = (x: readonly { customerId: string }[]) =>
            segmentBy({ customers: x, by: 'region', metric: (g) => g.map((c) => c.customerId).sort() }).groups;
          const a = sizes(input);
          expect(JSON.stringify(input)).toBe(before);
          expect(sizes(shuffled)).toEqual(a);
        },
      ),
    );
  });
});
