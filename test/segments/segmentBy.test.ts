import { describe, expect, it } from 'vitest';
import { MetricInputError, rfmScores, segmentBy, valueTier } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

const customers = [
  { customerId: 'a', attributes: { region: 'north', age: 34 }, totalAmount: '1200' },
  { customerId: 'b', attributes: { region: 'south', age: 52 }, totalAmount: '300' },
  { customerId: 'c', attributes: { region: 'north', age: 27 }, totalAmount: '150' },
  { customerId: 'd', attributes: {}, totalAmount: '80' },
  { customerId: 'e', totalAmount: '700' },
  { customerId: 'f', attributes: { region: null }, totalAmount: '20' },
];
const ids = (g: readonly { customerId: string }[]) => g.map((c) => c.customerId);

describe('segmentBy', () => {
  describe('golden cases', () => {
    it('value-tier counts per region, hand-tiered (high ≥ 1000, medium ≥ 200)', () => {
      // north: a 1200 high, c 150 low; south: b 300 medium; missing (d 80, e 700, f 20): medium 1 (e), low 2.
      const r = segmentBy({
        customers,
        by: 'region',
        metric: (g) => valueTier(g, { by: 'totalAmount', thresholds: { high: '1000', medium: '200' } }).counts,
      });
      expect(r).toEqual({
        by: 'region',
        n: 6,
        groups: [
          { value: 'north', customers: 2, result: { high: 1, medium: 0, low: 1 } },
          { value: 'south', customers: 1, result: { high: 0, medium: 1, low: 0 } },
          { value: null, customers: 3, result: { high: 0, medium: 1, low: 2 } },
        ],
      });
    });

    it('the metric sees each group’s customers in input order, whole, with the group key', () => {
      const seen: unknown[] = [];
      segmentBy({
        customers,
        by: 'region',
        metric: (g, key) => {
          seen.push([key, ids(g), g[0] === customers.find((c) => c.customerId === g[0]!.customerId)]);
          return null;
        },
      });
      expect(seen).toEqual([
        [{ by: 'region', value: 'north' }, ['a', 'c'], true],
        [{ by: 'region', value: 'south' }, ['b'], true],
        [{ by: 'region', value: null }, ['d', 'e', 'f'], true],
      ]);
    });

    it('a function as `by`: age bands', () => {
      const band = (c: (typeof customers)[number]) => {
        const age = c.attributes?.age;
        return age === undefined ? null : `${Math.floor(age / 10) * 10}s`;
      };
      const r = segmentBy({ customers, by: band, metric: ids });
      expect(r.by).toBe('(function)');
      expect(r.groups).toEqual([
        { value: '20s', customers: 1, result: ['c'] },
        { value: '30s', customers: 1, result: ['a'] },
        { value: '50s', customers: 1, result: ['b'] },
        { value: null, customers: 3, result: ['d', 'e', 'f'] },
      ]);
    });
  });

  describe('edges', () => {
    it('no customers: no groups, the metric is never called', () => {
      let calls = 0;
      const r = segmentBy({ customers: [], by: 'region', metric: () => (calls += 1) });
      expect(r).toEqual({ by: 'region', n: 0, groups: [] });
      expect(calls).toBe(0);
    });

    it('values compared as strings: 30 and "30" are one group, "" is a value, booleans too; code-unit order', () => {
      const rows = [
        { customerId: '1', attributes: { k: 30 } },
        { customerId: '2', attributes: { k: '30' } },
        { customerId: '3', attributes: { k: '' } },
        { customerId: '4', attributes: { k: true } },
        { customerId: '5', attributes: { k: 'Zed' } },
        { customerId: '6', attributes: { k: 'apple' } },
      ];
      expect(segmentBy({ customers: rows, by: 'k', metric: ids }).groups.map((g) => [g.value, g.result])).toEqual([
        ['', ['3']],
        ['30', ['1', '2']],
        ['Zed', ['5']],
        ['apple', ['6']],
        ['true', ['4']],
      ]);
    });

    it('__proto__ and constructor as ids, attribute names and values', () => {
      const rows = [
        { customerId: '__proto__', attributes: JSON.parse('{"__proto__": "constructor"}') as Record<string, string> },
        { customerId: 'constructor', attributes: JSON.parse('{"__proto__": "__proto__"}') as Record<string, string> },
        { customerId: 'x', attributes: { region: 'toString' } },
      ];
      const r = segmentBy({ customers: rows, by: '__proto__', metric: ids });
      expect(r.groups).toEqual([
        { value: '__proto__', customers: 1, result: ['constructor'] },
        { value: 'constructor', customers: 1, result: ['__proto__'] },
        { value: null, customers: 1, result: ['x'] },
      ]);
      // An attribute name inherited from Object.prototype is not an attribute.
      expect(segmentBy({ customers: rows, by: 'toString', metric: ids }).groups).toEqual([{ value: null, customers: 3, result: ['__proto__', 'constructor', 'x'] }]);
    });

    it('frozen result (the metric’s result left as returned); frozen input left alone', () => {
      const input = deepFrozen(customers.map((c) => ({ ...c })));
      const before = JSON.stringify(input);
      const r = segmentBy({ customers: input, by: 'region', metric: (g) => ({ size: g.length }) });
      expect(JSON.stringify(input)).toBe(before);
      expect(Object.isFrozen(r) && Object.isFrozen(r.groups) && Object.isFrozen(r.groups[0])).toBe(true);
      expect(Object.isFrozen(r.groups[0]!.result)).toBe(false);
    });
  });

  describe('validation', () => {
    it('malformed input, with paths', () => {
      expect(pathsOf(() => segmentBy(null as never))).toEqual(['']);
      expect(pathsOf(() => segmentBy({ customers: 'x', by: '', metric: 3 } as never))).toEqual(['customers', 'by', 'metric']);
      const issues = issuesOf(() => segmentBy({ customers: [{ customerId: 'a', attributes: { region: { name: 'n' } } }, { customerId: 'b', attributes: { region: NaN } }], by: 'region', metric: ids } as never));
      expect(issues.map((i) => i.message)).toEqual([
        'segmentBy: customers[0].attributes.region must be a string, a finite number, a boolean or null, got an object',
        'segmentBy: customers[1].attributes.region must be a string, a finite number, a boolean or null, got NaN',
      ]);
      expect(issuesOf(() => segmentBy({ customers: [], by: 7, metric: ids } as never))[0]!.message).toBe(
        'segmentBy: by must be an attribute name or a function, got 7',
      );
      // An empty name: the bound is the string's length (it read "by must be at least 1, got \"\"").
      expect(issuesOf(() => segmentBy({ customers: [], by: '', metric: ids }))).toEqual([
        { code: 'too_small', path: 'by', message: 'segmentBy: by must not be empty, got ""' },
      ]);
    });

    it('an unreadable input', () => {
      const hostile = Object.defineProperty({ by: 'r', metric: ids }, 'customers', {
        enumerable: true,
        get() {
          throw new TypeError('nope');
        },
      });
      expect(issuesOf(() => segmentBy(hostile as never))[0]?.code).toBe('unreadable_input');
    });

    it('repeated ids, also next to a malformed row', () => {
      expect(pathsOf(() => segmentBy({ customers: [{ customerId: 'a' }, { customerId: 'b', attributes: 5 }, { customerId: 'a' }], by: 'r', metric: ids } as never))).toEqual([
        'customers[1].attributes',
        'customers[2].customerId',
      ]);
    });

    it('a `by` function returning an object', () => {
      expect(issuesOf(() => segmentBy({ customers, by: () => ({}) as never, metric: ids }))[0]).toEqual({
        code: 'invalid_group',
        path: 'customers[0]',
        message: 'segmentBy: customers[0] by(customer) must be a string, a finite number, a boolean or null, got an object',
      });
    });

    it('a MetricInputError from the metric comes back naming the group, with paths mapped to the full list', () => {
      const rows = [
        { customerId: 'a', attributes: { region: 'north' }, lastPurchaseAt: '2026-03-01T00:00:00Z', purchaseCount: 2, totalAmount: '10' },
        { customerId: 'b', attributes: { region: 'south' }, lastPurchaseAt: '2026-03-01T00:00:00Z', purchaseCount: 2, totalAmount: '10' },
        { customerId: 'c', attributes: { region: 'north' }, lastPurchaseAt: '2026-03-01T00:00:00Z', purchaseCount: 2, totalAmount: '1,0' },
      ];
      const issues = issuesOf(() => segmentBy({ customers: rows, by: 'region', metric: (g) => rfmScores(g, { asOf: '2026-04-01T00:00:00Z' }).segments }));
      // Inside the north group c is customers[1]; in the full list it is customers[2].
      expect(issues.map((i) => i.path)).toEqual(['customers[2].totalAmount']);
      expect(issues[0]!.message).toMatch(/^segmentBy: group region = "north": rfmScores: customers\[1\]\.totalAmount must be a decimal/);
      const missing = issuesOf(() => segmentBy({ customers: [{ customerId: 'z' }], by: 'region', metric: (g) => rfmScores(g as never, { asOf: 'now' }) }));
      expect(missing.map((i) => [i.path, i.message.slice(0, 56)])).toEqual([
        ['customers[0].lastPurchaseAt', 'segmentBy: group customers without region: rfmScores: cu'],
        ['customers[0].purchaseCount', 'segmentBy: group customers without region: rfmScores: cu'],
        ['customers[0].totalAmount', 'segmentBy: group customers without region: rfmScores: cu'],
        ['options.asOf', 'segmentBy: group customers without region: rfmScores: op'],
      ]);
    });

    it('any other error from the metric propagates unchanged', () => {
      const boom = new RangeError('boom');
      expect(() =>
        segmentBy({
          customers,
          by: 'region',
          metric: () => {
            throw boom;
          },
        }),
      ).toThrow(boom);
      try {
        segmentBy({ customers, by: 'region', metric: () => { throw boom; } });
      } catch (e) {
        expect(e).not.toBeInstanceOf(MetricInputError);
      }
    });
  });
});
