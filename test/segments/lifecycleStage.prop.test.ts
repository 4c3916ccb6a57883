import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lifecycleStage } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const asOfMs = Date.UTC(2026, 3, 1);
const asOf = new Date(asOfMs).toISOString();
const DAY = 86_400_000;

// Leads and buyers with purchases spread over two years, some with dates, activity or churn.
const row = fc.oneof(
  fc.constant({}),
  fc
    .record({
      dates: fc.array(fc.integer({ min: 0, max: 730 * 24 }), { minLength: 1, maxLength: 8 }),
      withDates: fc.boolean(),
      activityHoursAgo: fc.option(fc.integer({ min: 0, max: 400 * 24 }), { nil: undefined }),
      churn: fc.option(fc.integer({ min: -30 * 24, max: 400 * 24 }), { nil: undefined }),
    })
    .map(({ dates, withDates, activityHoursAgo, churn }) => {
      const ts = dates.map((h) => asOfMs - h * 3_600_000).sort((a, b) => a - b);
      const iso = (t: number) => new Date(t).toISOString();
      return {
        purchaseCount: ts.length,
        firstPurchaseAt: iso(ts[0]!),
        lastPurchaseAt: iso(ts[ts.length - 1]!),
        ...(withDates ? { purchaseDates: ts.map(iso) } : {}),
        ...(activityHoursAgo === undefined ? {} : { lastActivityAt: iso(asOfMs - activityHoursAgo * 3_600_000) }),
        ...(churn === undefined ? {} : { churnedAt: iso(asOfMs - churn * 3_600_000) }),
      };
    }),
);
const rows = fc.array(row, { maxLength: 30 }).map((rs) => rs.map((r, i) => ({ customerId: `c${i}`, ...r })));
const rules = fc.record({
  newWithinDays: fc.integer({ min: 1, max: 90 }),
  loyal: fc.record({ minPurchases: fc.integer({ min: 1, max: 6 }), withinDays: fc.integer({ min: 1, max: 730 }) }),
  churnAfterDays: fc.integer({ min: 1, max: 400 }),
});
const STAGE_OF_RULE = { churnFlag: 'churned', noPurchase: 'potential', inactivity: 'churned', recentFirstPurchase: 'new', repeatPurchases: 'loyal', otherwise: 'active' };

describe('lifecycleStage properties', () => {
  it('every customer gets exactly one stage, consistent with its rule; counts add up', () => {
    fc.assert(
      fc.property(rows, rules, (cs, rs) => {
        const r = lifecycleStage(cs, { asOf, rules: rs });
        expect(r.customers.map((c) => c.customerId)).toEqual(cs.map((c) => c.customerId));
        for (const c of r.customers) expect(c.stage).toBe(STAGE_OF_RULE[c.rule]);
        expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(cs.length);
      }),
    );
  });

  it('a customer’s stage depends on its own row only: alone, in a batch or shuffled, the same', () => {
    fc.assert(
      fc.property(
        rows.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        ([cs, shuffled]) => {
          const batch = lifecycleStage(cs, { asOf }).customers;
          const again = new Map(lifecycleStage(shuffled, { asOf }).customers.map((c) => [c.customerId, c]));
          cs.forEach((c, i) => {
            expect(again.get(c.customerId)).toEqual(batch[i]);
            expect(lifecycleStage([c], { asOf }).customers[0]).toEqual(batch[i]);
          });
        },
      ),
    );
  });

  it('the stages match an independent reading of the rules; inputs never mutated', () => {
    fc.assert(
      fc.property(rows, (cs) => {
        const input = deepFrozen(cs.map((c) => ({ ...c })));
        const before = JSON.stringify(input);
        const r = lifecycleStage(input, { asOf });
        expect(JSON.stringify(input)).toBe(before);
        cs.forEach((c, i) => {
          const row = c as { purchaseCount?: number; firstPurchaseAt?: string; lastPurchaseAt?: string; purchaseDates?: string[]; lastActivityAt?: string; churnedAt?: string };
          const t = (s?: string) => (s === undefined ? undefined : Date.parse(s));
          const churnedAt = t(row.churnedAt);
          const last = t(row.lastPurchaseAt);
          let expected: string;
          if (churnedAt !== undefined && churnedAt <= asOfMs && (last === undefined || last <= churnedAt)) expected = 'churned';
          else if (!row.purchaseCount) expected = 'potential';
          else if (Math.max(last!, t(row.lastActivityAt) ?? -Infinity) <= asOfMs - 180 * DAY) expected = 'churned';
          else if (t(row.firstPurchaseAt)! > asOfMs - 30 * DAY) expected = 'new';
          else {
            const start = asOfMs - 365 * DAY;
            const n = row.purchaseDates
              ? row.purchaseDates.filter((d) => Date.parse(d) > start).length
              : t(row.firstPurchaseAt)! > start
                ? row.purchaseCount
                : last! <= start
                  ? 0
                  : row.purchaseCount;
            expected = n >= 3 ? 'loyal' : 'active';
          }
          expect(r.customers[i]!.stage).toBe(expected);
        });
      }),
    );
  });
});
