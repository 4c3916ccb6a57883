import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, surveyCrossTab } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const ids = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor', 'ghost');
const input = fc.record({
  responses: fc.array(fc.record({ customerId: ids, answer: fc.oneof(fc.constantFrom('yes', 'no', 'maybe'), fc.integer({ min: 0, max: 3 })) }), {
    maxLength: 60,
  }),
  customers: fc.uniqueArray(
    fc.record({ customerId: fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor'), attributes: fc.record({ region: fc.constantFrom('n', 's', 7, null) }, { requiredKeys: [] }) }),
    { selector: (c) => c.customerId },
  ),
  by: fc.constant('region'),
});

describe('surveyCrossTab properties', () => {
  it('shares of every row sum to exactly 1, and no response is dropped', () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = surveyCrossTab(i);
        let total = 0;
        for (const row of t.rows) {
          const sum = row.cells.reduce((a, c) => a.plus(c.share), new Decimal(0));
          expect(sum.toString()).toBe('1');
          expect(row.cells.reduce((a, c) => a + c.count, 0)).toBe(row.responses);
          total += row.responses;
        }
        expect(total).toBe(i.responses.length);
      }),
    );
  });

  it('does not depend on the order of responses and never mutates the input', () => {
    fc.assert(
      fc.property(input, (i) => {
        const copy = structuredClone(i);
        const a = surveyCrossTab(deepFrozen(i));
        expect(i).toEqual(copy);
        const b = surveyCrossTab({ ...copy, responses: [...copy.responses].reverse() });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
    );
  });
});
