import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal, collectEvents, customerSummaries, type CustomerEvent } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';
import { buy, st } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cdnow/${name}`, import.meta.url), 'utf8');

describe('customerSummaries', () => {
  describe('golden cases', () => {
    it('CDNOW sample: reproduces the published calibration summary for all 2,357 customers', () => {
      // CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars. Purchases at midnight UTC.
      // Reference: cdnow_customers_summary_with_transactions.csv (x, t_x, T in weeks, zbar), the
      // 39-week calibration period ending 1997-09-30. lifetimes cuts by period (observation end
      // '1997-09-30', daily), so a purchase any time on 09-30 counts: asOf is the last instant of
      // that day. Daily recency and T divided by 7 give weeks.
      const events: CustomerEvent[] = fixture('CDNOW_sample.txt')
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((l) => {
          const [, id, d, , dollars] = l.trim().split(/\s+/) as [string, string, string, string, string];
          return { customerId: id, type: 'purchase', at: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T00:00:00Z`, amount: dollars };
        });
      expect(events).toHaveLength(6919);
      const rows = customerSummaries(events, { asOf: '1997-09-30T23:59:59.999Z', timeUnit: 'day' });
      const ref = fixture('cdnow_customers_summary_with_transactions.csv').trim().split(/\r?\n/).slice(1);
      expect(rows).toHaveLength(2357);
      expect(ref).toHaveLength(2357);
      const byId = new Map(rows.map((r) => [Number(r.customerId), r]));
      const half = new Decimal('0.005');
      let checked = 0;
      for (const line of ref) {
        const [id, x, tx, T, zbar] = line.split(',') as [string, string, string, string, string];
        const r = byId.get(Number(id))!;
        expect(r.frequency, `frequency of ${id}`).toBe(Number(x));
        expect(new Decimal(r.recency).div(7).minus(tx).abs().lte(half), `recency of ${id}`).toBe(true);
        expect(new Decimal(r.T).div(7).minus(T).abs().lte(half), `T of ${id}`).toBe(true);
        expect(r.monetaryValue.minus(zbar).abs().lte(half), `monetary of ${id}`).toBe(true);
        checked++;
      }
      expect(checked).toBe(2357);
      // Customer 0001 by hand: 1997-01-01 29.33, 01-18 29.73, 08-02 14.96 (12-12 is after asOf).
      // x = 2; t_x = 213 days = 30.43 weeks; T = 272 days = 38.86 weeks; zbar = (29.73 + 14.96) / 2 = 22.345
      const one = byId.get(1)!;
      expect([one.frequency, one.recency, one.T, one.purchaseCount]).toEqual([2, 213, 272, 3]);
      expect(one.monetaryValue.toString()).toBe('22.345');
      expect(one.totalAmount.toString()).toBe('74.02');
    });

    it('same-day purchases collapse into one period, their amounts summed (lifetimes convention)', () => {
      // Days 01-01 (20), 01-03 (10 + 5 = 15), 01-06 (25). frequency = 3 days − 1 = 2;
      // recency = 5 days; T = 01-10 − 01-01 = 9 days; monetary = (15 + 25) / 2 = 20; mean amount = 60 / 4 = 15.
      const [a] = customerSummaries(
        [buy('a', '2026-01-01T10:00:00Z', '20'), buy('a', '2026-01-03T10:00:00Z', '10'), buy('a', '2026-01-03T18:00:00Z', '5'), buy('a', '2026-01-06T10:00:00Z', '25')],
        { asOf: '2026-01-10T00:00:00Z' },
      );
      expect(a).toMatchObject({ customerId: 'a', frequency: 2, recency: 5, T: 9, purchaseCount: 4, repeatPurchaseCount: 3, tenure: 9 });
      expect(a?.monetaryValue.toString()).toBe('20');
      expect(a?.averageAmount.toString()).toBe('15');
      expect(a?.totalAmount.toString()).toBe('60');
      expect([a?.firstPurchaseAt, a?.lastPurchaseAt]).toEqual(['2026-01-01T10:00:00.000Z', '2026-01-06T10:00:00.000Z']);
    });

    it('a single purchase: frequency 0, recency 0, monetary 0 (as in lifetimes)', () => {
      const [a] = customerSummaries([buy('a', '2026-01-01T10:00:00Z', '19.99')], { asOf: '2026-01-31T00:00:00Z' });
      expect([a?.frequency, a?.recency, a?.T]).toEqual([0, 0, 30]);
      expect(a?.monetaryValue.toString()).toBe('0');
      expect(a?.averageAmount.toString()).toBe('19.99');
    });

    it('asOf cuts by instant: a purchase later on the same day is ignored (unlike lifetimes)', () => {
      const events = [buy('a', '2026-01-01T10:00:00Z', '10'), buy('a', '2026-01-05T12:00:00Z', '30')];
      const [early] = customerSummaries(events, { asOf: '2026-01-05T11:59:59Z' });
      expect([early?.frequency, early?.T, early?.purchaseCount]).toEqual([0, 4, 1]);
      const [late] = customerSummaries(events, { asOf: '2026-01-05T12:00:00Z' });
      expect([late?.frequency, late?.T, late?.purchaseCount]).toEqual([1, 4, 2]);
      expect(customerSummaries(events, { asOf: '2025-12-31T00:00:00Z' })).toEqual([]);
    });

    it('weeks are ISO weeks (Monday first), months are calendar months', () => {
      // Sun 2026-01-04 and Mon 2026-01-05 are in different ISO weeks; asOf Wed 2026-01-21 is 3 weeks after the week of 01-04.
      const events = [buy('a', '2026-01-04T12:00:00Z'), buy('a', '2026-01-05T12:00:00Z'), buy('a', '2026-01-06T12:00:00Z')];
      const [w] = customerSummaries(events, { asOf: '2026-01-21T00:00:00Z', timeUnit: 'week' });
      expect([w?.frequency, w?.recency, w?.T]).toEqual([1, 1, 3]);
      // Months: 01-31 and 02-01 differ by one month; asOf 2026-04-15 is 3 months after January.
      const [m] = customerSummaries([buy('a', '2026-01-31T12:00:00Z'), buy('a', '2026-02-01T12:00:00Z')], { asOf: '2026-04-15T00:00:00Z', timeUnit: 'month' });
      expect([m?.frequency, m?.recency, m?.T]).toEqual([1, 1, 3]);
    });

    it('days follow the time zone: 16:30Z and 15:30Z next day are one Shanghai day apart and two UTC days apart', () => {
      const events = [buy('a', '2026-01-01T15:30:00Z'), buy('a', '2026-01-02T16:30:00Z')];
      // Shanghai: 01-01 23:30 and 01-03 00:30 → 2 days; UTC: 01-01 and 01-02 → 1 day.
      expect(customerSummaries(events, { asOf: '2026-01-05T00:00:00Z', timeZone: 'Asia/Shanghai' })[0]?.recency).toBe(2);
      expect(customerSummaries(events, { asOf: '2026-01-05T00:00:00Z' })[0]?.recency).toBe(1);
    });

    it('tenure counts from the first acquisition when it came before the first purchase', () => {
      const [a] = customerSummaries([st('a', 'acquired', '2025-12-22T00:00:00Z'), buy('a', '2026-01-01T00:00:00Z')], { asOf: '2026-01-11T00:00:00Z' });
      expect([a?.customerSince, a?.tenure, a?.T]).toEqual(['2025-12-22T00:00:00.000Z', 20, 10]);
    });

    it('out-of-order purchases give the same row; `__proto__` and `constructor` are ids; rows sorted by id', () => {
      const events = [
        buy('constructor', '2026-01-09T00:00:00Z', '1.10'),
        buy('__proto__', '2026-01-05T00:00:00Z', '3'),
        buy('constructor', '2026-01-02T00:00:00Z', '2.20'),
        buy('constructor', '2026-01-05T00:00:00Z', '3.30'),
        buy('constructor', '2026-01-02T05:00:00Z', '0.01'),
      ];
      const rows = customerSummaries(events, { asOf: '2026-01-10T00:00:00Z' });
      expect(rows.map((r) => r.customerId)).toEqual(['__proto__', 'constructor']);
      // constructor: days 01-02 (2.21), 01-05 (3.30), 01-09 (1.10): frequency 2, recency 7, T 8, monetary (3.30 + 1.10) / 2 = 2.2
      expect(rows[1]).toMatchObject({ frequency: 2, recency: 7, T: 8 });
      expect(rows[1]?.monetaryValue.toString()).toBe('2.2');
      expect(rows[1]?.totalAmount.toString()).toBe('6.61');
    });

    it('money is exact: 0.1 + 0.2, many decimals, and sums beyond 2^53 hundredths', () => {
      const [a] = customerSummaries([buy('a', '2026-01-01T00:00:00Z', 0.1), buy('a', '2026-01-01T01:00:00Z', 0.2)], { asOf: '2026-01-02T00:00:00Z' });
      expect(a?.totalAmount.toString()).toBe('0.3');
      const big = '9999999999999.99'; // 13 integer digits: on the fast path; two of them exceed 2^53 hundredths
      const [b] = customerSummaries(
        [buy('b', '2026-01-01T00:00:00Z', big), buy('b', '2026-01-02T00:00:00Z', big), buy('b', '2026-01-03T00:00:00Z', '0.001'), buy('b', '2026-01-03T00:00:00Z', '123456789012345678.5')],
        { asOf: '2026-01-04T00:00:00Z' },
      );
      expect(b?.totalAmount.toString()).toBe('123476789012345678.481');
      // repeat periods: 01-02 (9999999999999.99), 01-03 (123456789012345678.501) → / 2
      expect(b?.monetaryValue.toString()).toBe('61733394506172839.2455');
    });
  });

  describe('edges and validation', () => {
    it('no purchases: no rows; customers without a purchase are left out', () => {
      expect(customerSummaries([], { asOf: '2026-01-01T00:00:00Z' })).toEqual([]);
      expect(customerSummaries([st('a', 'acquired', '2025-01-01T00:00:00Z')], { asOf: '2026-01-01T00:00:00Z' })).toEqual([]);
    });

    it('frozen result, input untouched, collected events give the same rows', () => {
      const events = deepFrozen([buy('a', '2026-01-01T00:00:00Z', '5'), buy('a', '2026-01-03T00:00:00Z', '7')]);
      const rows = customerSummaries(events, { asOf: '2026-01-04T00:00:00Z' });
      expect(Object.isFrozen(rows) && Object.isFrozen(rows[0])).toBe(true);
      expect(customerSummaries(collectEvents(events), { asOf: '2026-01-04T00:00:00Z' })).toEqual(rows);
      expect(JSON.parse(JSON.stringify(rows))[0]).toMatchObject({ totalAmount: '12', monetaryValue: '7' });
    });

    it('rejects bad options with their paths', () => {
      expect(pathsOf(() => customerSummaries([], {} as never))).toEqual(['options.asOf']);
      expect(pathsOf(() => customerSummaries([], { asOf: '2026-01-01' }))).toEqual(['options.asOf']);
      expect(pathsOf(() => customerSummaries([], { asOf: '2026-01-01T00:00:00Z', timeUnit: 'year' } as never))).toEqual(['options.timeUnit']);
      expect(pathsOf(() => customerSummaries([], { asOf: '2026-01-01T00:00:00Z', timeZone: 'Nowhere' }))).toEqual(['options.timeZone']);
      expect(issuesOf(() => customerSummaries([buy('a', 'x')], { asOf: '2026-01-01T00:00:00Z' }))[0]?.path).toBe('events[0].at');
    });
  });
});
