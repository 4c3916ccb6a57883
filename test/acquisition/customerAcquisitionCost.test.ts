import { describe, expect, it } from 'vitest';
import { Decimal, customerAcquisitionCost } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('customerAcquisitionCost', () => {
  describe('golden cases', () => {
    it('seed 001 §2: (marketing + sales) / new customers', () => {
      // (6000 + 4000) / 50 = 10000 / 50 = 200
      const r = customerAcquisitionCost({ costs: { marketing: '6000', sales: '4000' }, newCustomers: 50 });
      expect(r.value?.toString()).toBe('200');
      expect(r.totalCost.toString()).toBe('10000');
      expect(r.newCustomers).toBe(50);
      expect(r.formula).toBe('CAC = total acquisition cost / N');
      expect(r.calculation).toBe('CAC = total acquisition cost / N = (6000 + 4000) / 50 = 200');
      // shares 6000 / 10000 = 0.6 and 0.4; per customer 6000 / 50 = 120 and 4000 / 50 = 80
      expect(JSON.parse(JSON.stringify(r.lines))).toEqual([
        { line: 'marketing', amount: '6000', share: '0.6', perCustomer: '120' },
        { line: 'sales', amount: '4000', share: '0.4', perCustomer: '80' },
      ]);
    });

    it('seed 000 §3: marketing, sales, advertising and other lines all in the total', () => {
      // (3000 + 2500 + 1500 + 1000) / 40 = 8000 / 40 = 200
      const r = customerAcquisitionCost({ costs: { marketing: 3000, sales: 2500, advertising: 1500, events: 1000 }, newCustomers: 40 });
      expect(r.value?.toString()).toBe('200');
      expect(r.lines.map((l) => [l.line, l.share?.toString(), l.perCustomer?.toString()])).toEqual([
        ['marketing', '0.375', '75'], // 3000 / 8000, 3000 / 40
        ['sales', '0.3125', '62.5'], // 2500 / 8000, 2500 / 40
        ['advertising', '0.1875', '37.5'], // 1500 / 8000, 1500 / 40
        ['events', '0.125', '25'], // 1000 / 8000, 1000 / 40
      ]);
    });

    it('exact money: 0.1 + 0.2 spread over 3 customers', () => {
      // (0.1 + 0.2) / 3 = 0.3 / 3 = 0.1
      expect(customerAcquisitionCost({ costs: { a: 0.1, b: 0.2 }, newCustomers: 3 }).value?.toString()).toBe('0.1');
    });

    it('one line shows without parentheses; a Map keeps its order', () => {
      expect(customerAcquisitionCost({ costs: { ads: '999.99' }, newCustomers: 1 }).calculation).toBe('CAC = total acquisition cost / N = 999.99 / 1 = 999.99');
      const r = customerAcquisitionCost({ costs: new Map([['sales', '30'], ['marketing', '10']]), newCustomers: 4 });
      // (30 + 10) / 4 = 10
      expect(r.calculation).toBe('CAC = total acquisition cost / N = (30 + 10) / 4 = 10');
      expect(r.lines.map((l) => l.line)).toEqual(['sales', 'marketing']);
    });
  });

  describe('edges', () => {
    it('N = 0 is undefined, with the reason; shares are still given', () => {
      const r = customerAcquisitionCost({ costs: { marketing: '500' }, newCustomers: 0 });
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no new customers in the period (N = 0)');
      expect(r.calculation).toBe('CAC = total acquisition cost / N = 500 / 0 = undefined (no new customers in the period (N = 0))');
      expect(r.lines[0]?.share?.toString()).toBe('1');
      expect(r.lines[0]?.perCustomer).toBeNull();
    });

    it('empty costs: nothing spent, CAC 0 (a value)', () => {
      const r = customerAcquisitionCost({ costs: {}, newCustomers: 10 });
      expect(r.value?.toString()).toBe('0');
      expect(r.calculation).toBe('CAC = total acquisition cost / N = 0 / 10 = 0');
      expect(r.lines).toEqual([]);
    });

    it('all-zero lines: CAC 0 and shares undefined (null), never NaN', () => {
      const r = customerAcquisitionCost({ costs: { marketing: 0, sales: '0.00' }, newCustomers: 5 });
      expect(r.value?.toString()).toBe('0');
      expect(r.lines.map((l) => l.share)).toEqual([null, null]);
    });

    it('any line name is a value, never a key: __proto__, constructor, toString', () => {
      const costs = JSON.parse('{"__proto__": "10", "constructor": "20", "toString": "30"}') as Record<string, string>;
      const r = customerAcquisitionCost({ costs, newCustomers: 2 });
      // (10 + 20 + 30) / 2 = 30
      expect(r.value?.toString()).toBe('30');
      expect(r.lines.map((l) => l.line)).toEqual(['__proto__', 'constructor', 'toString']);
      expect(Object.getPrototypeOf(r.lines[0])).toBe(Object.prototype);
    });

    it('returns a frozen result (lines too) and leaves a frozen input alone', () => {
      const input = deepFrozen({ costs: { marketing: new Decimal('1.5') }, newCustomers: 3 });
      const r = customerAcquisitionCost(input);
      expect(Object.isFrozen(r) && Object.isFrozen(r.lines) && Object.isFrozen(r.lines[0])).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({
        value: '0.5',
        formula: 'CAC = total acquisition cost / N',
        calculation: 'CAC = total acquisition cost / N = 1.5 / 3 = 0.5',
        totalCost: '1.5',
        newCustomers: 3,
        lines: [{ line: 'marketing', amount: '1.5', share: '1', perCustomer: '0.5' }],
      });
    });
  });

  describe('validation', () => {
    it('a negative cost names its line', () => {
      expect(issuesOf(() => customerAcquisitionCost({ costs: { marketing: '100', refunds: '-20' }, newCustomers: 2 }))).toEqual([
        { code: 'custom', path: 'costs.refunds', message: 'customerAcquisitionCost: costs.refunds must not be negative, got -20' },
      ]);
    });

    it('reports every bad line and a bad N together, __proto__ included', () => {
      const costs = JSON.parse('{"__proto__": "-1", "sales": "1,000", "ads": null}') as Record<string, string>;
      expect(pathsOf(() => customerAcquisitionCost({ costs, newCustomers: -3 }))).toEqual(['costs.__proto__', 'costs.sales', 'costs.ads', 'newCustomers']);
    });

    it('says what a bad amount must be', () => {
      expect(issuesOf(() => customerAcquisitionCost({ costs: { sales: '12%' }, newCustomers: 1 }))[0]?.message).toBe(
        'customerAcquisitionCost: costs.sales must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal, got "12%"',
      );
    });

    it.each([[[1, 2]], ['100'], [100], [null], [new Decimal(5)], [new Date(0)]])('rejects costs = %o', (costs) => {
      const issues = issuesOf(() => customerAcquisitionCost({ costs, newCustomers: 1 } as never));
      expect(issues.map((i) => i.path)).toEqual(['costs']);
      expect(issues[0]?.message).toMatch(/^customerAcquisitionCost: costs must be an object \(or a Map\) of named cost lines/);
    });

    it('a Map with a non-string line name', () => {
      expect(issuesOf(() => customerAcquisitionCost({ costs: new Map<unknown, string>([[7, '1']]), newCustomers: 1 } as never))[0]).toMatchObject({
        path: 'costs',
        message: 'customerAcquisitionCost: costs has a cost line whose name is not a string (7)',
      });
    });

    it('missing fields and a non-object input', () => {
      expect(issuesOf(() => customerAcquisitionCost({} as never)).map((i) => i.message)).toEqual([
        'customerAcquisitionCost: costs is required',
        'customerAcquisitionCost: newCustomers is required',
      ]);
      expect(pathsOf(() => customerAcquisitionCost(undefined as never))).toEqual(['']);
    });

    it('turns a throwing getter on a cost line into its own error', () => {
      const costs = Object.defineProperty({}, 'sales', {
        enumerable: true,
        get() {
          throw new TypeError('nope');
        },
      });
      expect(issuesOf(() => customerAcquisitionCost({ costs, newCustomers: 1 }))[0]?.code).toBe('unreadable_input');
    });
  });
});
