import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_RULES, lifecycleStage } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

const asOf = '2026-04-01T00:00:00Z';
// 365 days before asOf is 2025-04-01T00:00Z (no 29 February in between); 180 days is 2025-10-03T00:00Z
// (Oct 3→31: 28, Nov 30, Dec 31, Jan 31, Feb 28, Mar 31, +1 = 180); 30 days is 2026-03-02T00:00Z.
const buyer = (customerId: string, purchaseCount: number, firstPurchaseAt: string, lastPurchaseAt: string, extra: object = {}) => ({
  customerId,
  purchaseCount,
  firstPurchaseAt,
  lastPurchaseAt,
  ...extra,
});
const one = (row: object, rules?: object) => lifecycleStage([row as never], { asOf, ...(rules ? { rules } : {}) }).customers[0]!;

describe('lifecycleStage', () => {
  describe('golden cases', () => {
    it('one customer per stage under the default rules', () => {
      const r = lifecycleStage(
        [
          { customerId: 'lead-1' },
          buyer('c1', 1, '2026-03-20T10:00:00Z', '2026-03-20T10:00:00Z'), // 11 days 14 h → new (< 30 days)
          buyer('c2', 2, '2025-11-02T10:00:00Z', '2026-02-15T10:00:00Z'), // first inside the 365-day window: 2 purchases < 3
          buyer('c3', 5, '2025-06-01T10:00:00Z', '2026-03-28T10:00:00Z'), // first inside the window: 5 ≥ 3 → loyal
          buyer('c4', 3, '2024-05-01T10:00:00Z', '2025-08-01T10:00:00Z'), // Aug 1 10:00 → Apr 1: 243 days − 10 h → 242 ≥ 180
        ],
        { asOf },
      );
      expect(r.customers).toEqual([
        { customerId: 'lead-1', stage: 'potential', rule: 'noPurchase', reason: 'no purchase yet' },
        { customerId: 'c1', stage: 'new', rule: 'recentFirstPurchase', reason: 'first purchase 11 days before asOf (new within 30 days)' },
        {
          customerId: 'c2',
          stage: 'active',
          rule: 'otherwise',
          reason: '2 purchases in the 365 days before asOf (loyal from 3); active within 180 days',
        },
        { customerId: 'c3', stage: 'loyal', rule: 'repeatPurchases', reason: '5 purchases in the 365 days before asOf (loyal from 3)' },
        { customerId: 'c4', stage: 'churned', rule: 'inactivity', reason: 'no purchase or activity for 242 days (churned after 180 days)' },
      ]);
      expect(r.counts).toEqual({ potential: 1, new: 1, active: 1, loyal: 1, churned: 1 });
      expect(r.rules).toEqual(DEFAULT_LIFECYCLE_RULES);
      expect(r.asOf).toBe('2026-04-01T00:00:00.000Z');
      expect(r.n).toBe(5);
    });

    it('explicit churn: a flag, a date, a date undone by a later purchase, a date after asOf', () => {
      expect(one(buyer('a', 4, '2026-03-10T00:00:00Z', '2026-03-30T00:00:00Z', { churned: true }))).toMatchObject({
        stage: 'churned',
        rule: 'churnFlag',
        reason: 'marked churned',
      });
      expect(one(buyer('b', 2, '2025-12-01T00:00:00Z', '2026-01-15T00:00:00Z', { churnedAt: '2026-02-01T00:00:00Z' }))).toMatchObject({
        stage: 'churned',
        rule: 'churnFlag',
        reason: 'churned at 2026-02-01T00:00:00.000Z',
      });
      // Bought again on 10 March after churning on 1 February: back, and judged by the other rules.
      // First purchase before the 365-day window, last inside it, no purchaseDates: all 2 purchases counted.
      expect(one(buyer('c', 2, '2025-01-01T00:00:00Z', '2026-03-10T00:00:00Z', { churned: true, churnedAt: '2026-02-01T00:00:00Z' }))).toEqual({
        customerId: 'c',
        stage: 'active',
        rule: 'otherwise',
        reason: '2 purchases in total (without purchaseDates the 365-day window cannot be applied) (loyal from 3); active within 180 days',
      });
      // Churn dated after asOf has not happened yet.
      expect(one(buyer('d', 1, '2026-03-25T00:00:00Z', '2026-03-25T00:00:00Z', { churnedAt: '2026-05-01T00:00:00Z' })).stage).toBe('new');
      // A lead marked lost is churned, not potential.
      expect(one({ customerId: 'e', churned: true }).stage).toBe('churned');
    });

    it('inactivity: exactly 180 days is churned, 1 ms less is not; non-purchase activity counts', () => {
      expect(one(buyer('a', 2, '2025-01-01T00:00:00Z', '2025-10-03T00:00:00Z'))).toMatchObject({
        stage: 'churned',
        reason: 'no purchase or activity for 180 days (churned after 180 days)',
      });
      expect(one(buyer('b', 2, '2025-01-01T00:00:00Z', '2025-10-03T00:00:00.001Z')).stage).toBe('active');
      // Last purchase 243 days ago but a login on 1 March: not churned.
      expect(one(buyer('c', 1, '2025-08-01T00:00:00Z', '2025-08-01T00:00:00Z', { lastActivityAt: '2026-03-01T00:00:00Z' }))).toMatchObject({
        stage: 'active',
        reason: '1 purchase in the 365 days before asOf (loyal from 3); active within 180 days',
      });
    });

    it('new: a first purchase exactly 30 days before asOf is no longer new; 1 ms later it is', () => {
      expect(one(buyer('a', 1, '2026-03-02T00:00:00Z', '2026-03-02T00:00:00Z')).stage).toBe('active');
      expect(one(buyer('b', 1, '2026-03-02T00:00:00.001Z', '2026-03-02T00:00:00.001Z'))).toMatchObject({
        stage: 'new',
        reason: 'first purchase 29 days before asOf (new within 30 days)',
      });
      // New comes before loyal: 3 purchases in the first week still make a new customer.
      expect(one(buyer('c', 3, '2026-03-25T00:00:00Z', '2026-03-31T00:00:00Z')).stage).toBe('new');
    });

    it('loyalty window from purchaseDates: only purchases after asOf − 365 days count', () => {
      const dates = ['2024-01-01T00:00:00Z', '2025-04-01T00:00:00Z', '2025-04-01T00:00:00.001Z', '2026-03-01T00:00:00Z'];
      // 2025-04-01T00:00Z is exactly 365 days before: outside (the window is half-open); 2 inside < 3.
      expect(one(buyer('a', 4, dates[0]!, dates[3]!, { purchaseDates: dates }))).toMatchObject({
        stage: 'active',
        reason: '2 purchases in the 365 days before asOf (loyal from 3); active within 180 days',
      });
      const more = [...dates, '2026-03-15T00:00:00Z'];
      expect(one(buyer('b', 5, more[0]!, more[4]!, { purchaseDates: more }))).toMatchObject({
        stage: 'loyal',
        reason: '3 purchases in the 365 days before asOf (loyal from 3)',
      });
      // Without dates, a long-standing customer's window count is unknown: all purchases are counted.
      expect(one(buyer('c', 9, dates[0]!, dates[3]!))).toMatchObject({
        stage: 'loyal',
        reason: '9 purchases in total (without purchaseDates the 365-day window cannot be applied) (loyal from 3)',
      });
      // Last purchase before the window (kept from churning by activity): none in the window.
      expect(one(buyer('d', 9, '2024-01-01T00:00:00Z', '2025-03-01T00:00:00Z', { lastActivityAt: '2026-03-20T00:00:00Z' }))).toMatchObject({
        stage: 'active',
        reason: 'no purchase in the 365 days before asOf (loyal from 3); active within 180 days',
      });
    });

    it('custom rules, partially given, fill in from the defaults', () => {
      const rules = { newWithinDays: 7, loyal: { minPurchases: 2 }, churnAfterDays: 60 };
      const r = lifecycleStage(
        [
          buyer('a', 1, '2026-03-20T00:00:00Z', '2026-03-20T00:00:00Z'), // 12 days: not new within 7; 1 < 2 → active
          buyer('b', 2, '2026-03-01T00:00:00Z', '2026-03-20T00:00:00Z'), // 2 ≥ 2 → loyal
          buyer('c', 5, '2025-12-01T00:00:00Z', '2026-01-15T00:00:00Z'), // 76 days ≥ 60 → churned
        ],
        { asOf, rules },
      );
      expect(r.customers.map((c) => c.stage)).toEqual(['active', 'loyal', 'churned']);
      expect(r.rules).toEqual({ newWithinDays: 7, loyal: { minPurchases: 2, withinDays: 365 }, churnAfterDays: 60 });
    });
  });

  describe('edges', () => {
    it('no customers: zero counts', () => {
      const r = lifecycleStage([], { asOf });
      expect(r.counts).toEqual({ potential: 0, new: 0, active: 0, loyal: 0, churned: 0 });
      expect(r.customers).toEqual([]);
    });

    it('a lead with purchaseCount 0; Date inputs; ids __proto__ and constructor; extra fields ignored', () => {
      const r = lifecycleStage(
        [
          { customerId: '__proto__', purchaseCount: 0 },
          { customerId: 'constructor', purchaseCount: 1, firstPurchaseAt: new Date('2026-03-31T00:00:00Z'), lastPurchaseAt: new Date('2026-03-31T00:00:00Z'), T: 4 } as never,
        ],
        { asOf: new Date(asOf) },
      );
      expect(r.customers.map((c) => [c.customerId, c.stage])).toEqual([
        ['__proto__', 'potential'],
        ['constructor', 'new'],
      ]);
    });

    it('frozen result; frozen input left alone', () => {
      const input = deepFrozen([buyer('a', 2, '2025-11-02T10:00:00Z', '2026-02-15T10:00:00Z', { purchaseDates: ['2025-11-02T10:00:00Z', '2026-02-15T10:00:00Z'] })]);
      const before = JSON.stringify(input);
      const r = lifecycleStage(input, deepFrozen({ asOf, rules: { loyal: { withinDays: 100 } } }));
      expect(JSON.stringify(input)).toBe(before);
      expect(Object.isFrozen(r) && Object.isFrozen(r.customers[0]) && Object.isFrozen(r.rules.loyal)).toBe(true);
    });
  });

  describe('validation', () => {
    it('buyer fields: required together, consistent, not after asOf', () => {
      const rows = [
        { customerId: 'a', purchaseCount: 1 },
        { customerId: 'b', firstPurchaseAt: '2026-01-01T00:00:00Z' },
        { customerId: 'c', purchaseCount: 0, lastPurchaseAt: '2026-01-01T00:00:00Z' },
        buyer('d', 2, '2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z'),
        buyer('e', 2, '2026-02-01T00:00:00Z', '2026-04-02T00:00:00Z', { lastActivityAt: '2026-05-01T00:00:00+08:00' }),
        buyer('f', 2, '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', { purchaseDates: ['2026-02-01T00:00:00Z', '2026-04-05T00:00:00Z', '2026-03-01T00:00:00Z'] }),
        buyer('g', 1, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z', { churned: false, churnedAt: '2026-03-01T00:00:00Z' }),
      ];
      const issues = issuesOf(() => lifecycleStage(rows as never, { asOf }));
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['required', 'customers[0].firstPurchaseAt'],
        ['required', 'customers[0].lastPurchaseAt'],
        ['required', 'customers[1].purchaseCount'],
        ['inconsistent', 'customers[2].lastPurchaseAt'],
        ['inconsistent', 'customers[3].lastPurchaseAt'],
        ['inconsistent', 'customers[4].lastPurchaseAt'],
        ['inconsistent', 'customers[4].lastActivityAt'],
        ['inconsistent', 'customers[5].purchaseDates[1]'],
        ['inconsistent', 'customers[5].purchaseDates'],
        ['inconsistent', 'customers[6].churnedAt'],
      ]);
      expect(issues.map((i) => i.message)).toEqual([
        'lifecycleStage: customers[0].firstPurchaseAt is required when purchaseCount is at least 1',
        'lifecycleStage: customers[0].lastPurchaseAt is required when purchaseCount is at least 1',
        'lifecycleStage: customers[1].purchaseCount is required when purchase dates are given',
        'lifecycleStage: customers[2].lastPurchaseAt must be absent when purchaseCount is 0',
        'lifecycleStage: customers[3].lastPurchaseAt (2026-01-01T00:00:00.000Z) must not be before firstPurchaseAt (2026-02-01T00:00:00.000Z)',
        'lifecycleStage: customers[4].lastPurchaseAt (2026-04-02T00:00:00.000Z) must not be after options.asOf (2026-04-01T00:00:00.000Z)',
        'lifecycleStage: customers[4].lastActivityAt (2026-04-30T16:00:00.000Z) must not be after options.asOf (2026-04-01T00:00:00.000Z)',
        'lifecycleStage: customers[5].purchaseDates[1] (2026-04-05T00:00:00.000Z) must not be after options.asOf (2026-04-01T00:00:00.000Z)',
        'lifecycleStage: customers[5].purchaseDates lists 3 purchases but purchaseCount is 2',
        'lifecycleStage: customers[6].churnedAt must be absent when churned is false',
      ]);
    });

    it('malformed fields, repeated ids and bad rules, with their paths', () => {
      const rows = [
        { customerId: 'a', purchaseCount: -1, churned: 'yes', purchaseDates: ['2026-01-01T00:00:00Z', 'tomorrow'] },
        { customerId: 'a', lastActivityAt: '2026-13-01T00:00:00Z' },
      ];
      expect(pathsOf(() => lifecycleStage(rows as never, { asOf, rules: { newWithinDays: 0, loyal: { minPurchases: 1.5 }, churnAfterDays: '180' } } as never))).toEqual([
        'customers[0].purchaseCount',
        'customers[0].purchaseDates[1]',
        'customers[0].churned',
        'customers[1].lastActivityAt',
        'customers[1].customerId',
        'options.rules.newWithinDays',
        'options.rules.loyal.minPurchases',
        'options.rules.churnAfterDays',
      ]);
      expect(issuesOf(() => lifecycleStage([], { asOf, rules: { newWithinDays: 0 } }))[0]!.message).toBe(
        'lifecycleStage: options.rules.newWithinDays must be a whole number of at least 1, got 0',
      );
      expect(pathsOf(() => lifecycleStage([], {} as never))).toEqual(['options.asOf']);
      expect(pathsOf(() => lifecycleStage({} as never, { asOf }))).toEqual(['customers']);
    });
  });
});
