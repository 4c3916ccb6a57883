import { describe, expect, it } from 'vitest';
import { Decimal, ValueTierInputSchema, valueTier } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

const tiers = (r: ReturnType<typeof valueTier>) => r.customers.map((c) => c.tier);
const amounts = (xs: readonly (string | number)[]) => xs.map((totalAmount, i) => ({ customerId: `c${i}`, totalAmount }));

describe('valueTier', () => {
  describe('golden cases', () => {
    it('given thresholds: high from 1000, medium from 200, each cut inclusive', () => {
      // 1500 ≥ 1000 high; 640.50 medium; 120 < 200 low; 200 = 200 medium; 1000 = 1000 high
      const r = valueTier(amounts(['1500', '640.50', '120', '200', '1000']), { by: 'totalAmount', thresholds: { high: '1000', medium: '200' } });
      expect(tiers(r)).toEqual(['high', 'medium', 'low', 'medium', 'high']);
      expect(r.counts).toEqual({ high: 2, medium: 2, low: 1 });
      expect(r.method).toBe('thresholds');
      expect(r.thresholds.high?.toString()).toBe('1000');
      expect(r.calculation).toBe('high: totalAmount ≥ 1000; medium: 200 ≤ totalAmount < 1000; low: totalAmount < 200');
      expect(r.customers[1]!.value.toString()).toBe('640.5');
    });

    it('quantiles on 10…100: top 20 % high, next 30 % medium', () => {
      // sorted v = 10, 20, …, 100 (n = 10). P80: h = 0.8 · 9 = 7.2 → v[8] + 0.2 · (v[9] − v[8]) = 80 + 0.2 · 10 = 82.
      // P50: h = 4.5 → v[5] + 0.5 · (v[6] − v[5]) = 50 + 5 = 55. high: 90, 100; medium: 60, 70, 80; low: 10…50.
      const r = valueTier(amounts([70, 10, 100, 40, 90, 20, 60, 30, 80, 50]), { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } });
      expect(r.thresholds.high?.toString()).toBe('82');
      expect(r.thresholds.medium?.toString()).toBe('55');
      expect(r.counts).toEqual({ high: 2, medium: 3, low: 5 });
      expect(tiers(r)).toEqual(['medium', 'low', 'high', 'low', 'high', 'low', 'medium', 'low', 'medium', 'low']);
      expect(r.method).toBe('quantiles');
      expect(r.calculation).toBe(
        'n = 10, v sorted ascending; high ≥ P80 = v[8] + 0.2 × (v[9] − v[8]) = 80 + 0.2 × (90 − 80) = 82; medium ≥ P50 = v[5] + 0.5 × (v[6] − v[5]) = 50 + 0.5 × (60 − 50) = 55',
      );
    });

    it('ties at the cut go to the higher tier, so a tier can exceed its share', () => {
      // v = 100, 200, 300, 300, 300. P80: h = 3.2 → 300 + 0.2 · (300 − 300) = 300: all three 300s are high (60 %).
      // P50: h = 2 → v[3] = 300 as well, so nobody is medium.
      const r = valueTier(amounts([300, 100, 300, 200, 300]), { by: 'totalAmount', quantiles: { high: '0.8', medium: '0.5' } });
      expect(r.counts).toEqual({ high: 3, medium: 0, low: 2 });
      // v = 100, 200, 200, 200, 300. P80: h = 3.2 → 200 + 0.2 · 100 = 220 → high: 300. P50: h = 2 → 200 → the three 200s are medium.
      const s = valueTier(amounts([200, 100, 300, 200, 200]), { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } });
      expect(s.thresholds.high?.toString()).toBe('220');
      expect(tiers(s)).toEqual(['medium', 'low', 'high', 'medium', 'medium']);
    });

    it('by purchase count, average amount and tenure', () => {
      const rows = [
        { customerId: 'a', purchaseCount: 12, averageAmount: '35.5', firstPurchaseAt: '2024-04-01T00:00:00Z' }, // 730 days to asOf
        { customerId: 'b', purchaseCount: 4, averageAmount: '120', firstPurchaseAt: '2025-10-03T12:00:00Z' }, // 179.5 → 179 days
        { customerId: 'c', purchaseCount: 1, averageAmount: '80', firstPurchaseAt: '2026-03-25T00:00:00Z' }, // 7 days
      ];
      expect(tiers(valueTier(rows, { by: 'purchaseCount', thresholds: { high: 10, medium: 3 } }))).toEqual(['high', 'medium', 'low']);
      expect(tiers(valueTier(rows, { by: 'averageAmount', thresholds: { high: 100, medium: 50 } }))).toEqual(['low', 'high', 'medium']);
      const t = valueTier(rows, { by: 'tenure', thresholds: { high: 365, medium: 180 }, asOf: '2026-04-01T00:00:00Z' });
      expect(t.customers.map((c) => c.value.toNumber())).toEqual([730, 179, 7]);
      expect(tiers(t)).toEqual(['high', 'low', 'low']);
    });
  });

  describe('edges', () => {
    it('no customers: zero counts; with quantiles the cuts are undefined, with a reason', () => {
      expect(valueTier([], { by: 'totalAmount', thresholds: { high: 1, medium: 0 } }).counts).toEqual({ high: 0, medium: 0, low: 0 });
      const q = valueTier([], { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } });
      expect(q.thresholds).toEqual({ high: null, medium: null });
      expect(q.reason).toBe('no customers to take quantiles of');
      expect(q.calculation).toBe('cuts undefined (no customers to take quantiles of)');
      expect(q.n).toBe(0);
    });

    it('one customer, or all equal: every value is at its own percentile, so all are high', () => {
      expect(tiers(valueTier(amounts(['5']), { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } }))).toEqual(['high']);
      expect(tiers(valueTier(amounts([7, 7, 7]), { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } }))).toEqual(['high', 'high', 'high']);
    });

    it('medium equal to high leaves no medium tier; quantile 0 puts everyone at least medium', () => {
      expect(valueTier(amounts([1, 5, 9]), { by: 'totalAmount', thresholds: { high: 5, medium: 5 } }).counts).toEqual({ high: 2, medium: 0, low: 1 });
      expect(valueTier(amounts([1, 5, 9]), { by: 'totalAmount', quantiles: { high: 1, medium: 0 } }).counts).toEqual({ high: 1, medium: 2, low: 0 });
    });

    it('negative thresholds and amounts render in parentheses', () => {
      const r = valueTier(amounts(['-5', '3']), { by: 'totalAmount', thresholds: { high: 0, medium: '-10' } });
      expect(r.calculation).toBe('high: totalAmount ≥ 0; medium: (-10) ≤ totalAmount < 0; low: totalAmount < (-10)');
      expect(tiers(r)).toEqual(['medium', 'high']);
    });

    it('only the field `by` names is read: other fields may be anything', () => {
      const r = valueTier([{ customerId: 'a', totalAmount: '10', averageAmount: 'n/a', firstPurchaseAt: 'soon' } as never], {
        by: 'totalAmount',
        thresholds: { high: 5, medium: 1 },
      });
      expect(tiers(r)).toEqual(['high']);
    });

    it('string, number and Decimal give the same result; frozen input left alone; frozen result', () => {
      const input = deepFrozen(amounts(['10.10', '20.20', '30.30']));
      const opts = deepFrozen({ by: 'totalAmount' as const, quantiles: { high: 0.8, medium: 0.5 } });
      const a = JSON.stringify(valueTier(input, opts));
      expect(JSON.stringify(valueTier(amounts([10.1, 20.2, 30.3]), opts))).toBe(a);
      expect(JSON.stringify(valueTier(input.map((c) => ({ ...c, totalAmount: new Decimal(c.totalAmount) })), opts))).toBe(a);
      const r = valueTier(input, opts);
      expect(Object.isFrozen(r) && Object.isFrozen(r.customers[0]) && Object.isFrozen(r.counts)).toBe(true);
    });
  });

  describe('validation', () => {
    it('the field `by` needs, with its exact path', () => {
      const rows = [{ customerId: 'a', totalAmount: '1' }, { customerId: 'b', totalAmount: 2 }, { customerId: 'c' }, { customerId: 'd', totalAmount: '1,000' }];
      const issues = issuesOf(() => valueTier(rows as never, { by: 'totalAmount', thresholds: { high: 10, medium: 1 } }));
      expect(issues.map((i) => i.path)).toEqual(['customers[2].totalAmount', 'customers[3].totalAmount']);
      expect(issues[1]!.message).toMatch(/^valueTier: customers\[3\]\.totalAmount must be a decimal/);
      expect(pathsOf(() => valueTier([{ customerId: 'a', purchaseCount: 1.5 }], { by: 'purchaseCount', thresholds: { high: 2, medium: 1 } }))).toEqual([
        'customers[0].purchaseCount',
      ]);
      expect(
        pathsOf(() => valueTier([{ customerId: 'a', firstPurchaseAt: '2026-01-01' }], { by: 'tenure', thresholds: { high: 2, medium: 1 }, asOf: '2026-04-01T00:00:00Z' })),
      ).toEqual(['customers[0].firstPurchaseAt']);
    });

    it('a first purchase after asOf', () => {
      const issues = issuesOf(() =>
        valueTier([{ customerId: 'a', firstPurchaseAt: '2026-04-02T00:00:00Z' }], { by: 'tenure', thresholds: { high: 2, medium: 1 }, asOf: '2026-04-01T00:00:00Z' }),
      );
      expect(issues[0]).toEqual({
        code: 'inconsistent',
        path: 'customers[0].firstPurchaseAt',
        message: 'valueTier: customers[0].firstPurchaseAt (2026-04-02T00:00:00.000Z) must not be after options.asOf (2026-04-01T00:00:00.000Z)',
      });
    });

    it('options: exactly one of thresholds and quantiles, medium ≤ high, quantiles in 0…1, asOf for tenure', () => {
      const rows = amounts([1]);
      const one = issuesOf(() => valueTier(rows, { by: 'totalAmount' }));
      expect(one).toEqual([{ code: 'inconsistent', path: 'options', message: 'valueTier: options must give exactly one of thresholds and quantiles' }]);
      expect(pathsOf(() => valueTier(rows, { by: 'totalAmount', thresholds: { high: 2, medium: 1 }, quantiles: { high: 0.8, medium: 0.5 } }))).toEqual([
        'options',
      ]);
      expect(issuesOf(() => valueTier(rows, { by: 'totalAmount', thresholds: { high: 200, medium: 1000 } }))[0]).toEqual({
        code: 'inconsistent',
        path: 'options.thresholds.medium',
        message: 'valueTier: options.thresholds.medium (1000) must not exceed thresholds.high (200)',
      });
      expect(pathsOf(() => valueTier(rows, { by: 'totalAmount', quantiles: { high: 1.2, medium: -0.1 } }))).toEqual([
        'options.quantiles.high',
        'options.quantiles.medium',
      ]);
      expect(pathsOf(() => valueTier(rows, { by: 'totalAmount', quantiles: { high: 0.5, medium: 0.8 } }))).toEqual(['options.quantiles.medium']);
      expect(pathsOf(() => valueTier([{ customerId: 'a', firstPurchaseAt: '2026-01-01T00:00:00Z' }], { by: 'tenure', thresholds: { high: 2, medium: 1 } }))).toEqual([
        'options.asOf',
      ]);
      expect(pathsOf(() => valueTier(rows, { by: 'revenue', thresholds: { high: 2, medium: 1 } } as never))).toEqual(['options.by']);
      expect(pathsOf(() => valueTier(rows, null as never))).toEqual(['options']);
    });

    it('the exported schema validates rows at the user’s boundary, repeated ids included', () => {
      const r = ValueTierInputSchema.safeParse([{ customerId: 'a', totalAmount: 'x' }, { customerId: 'a' }]);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.totalAmount', '1.customerId']);
    });

    it('repeated ids, a non-array list, and problems in both arguments at once', () => {
      expect(pathsOf(() => valueTier(amounts([1, 2]).map((c) => ({ ...c, customerId: 'x' })), { by: 'totalAmount', thresholds: { high: 2, medium: 1 } }))).toEqual([
        'customers[1].customerId',
      ]);
      expect(pathsOf(() => valueTier('abc' as never, { by: 'totalAmount', thresholds: { high: 2, medium: 1 } }))).toEqual(['customers']);
      expect(pathsOf(() => valueTier([{ customerId: 'a' }], { by: 'totalAmount', thresholds: { high: 'x', medium: 1 } } as never))).toEqual([
        'customers[0].totalAmount',
        'options.thresholds.high',
      ]);
    });
  });
});
