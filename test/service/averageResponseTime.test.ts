import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageResponseTime } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, 0) + minutes * 60_000).toISOString();

describe('averageResponseTime', () => {
  describe('totals form (seed 000 §7)', () => {
    it('total response time / requests, in the unit of the input', () => {
      // 900 / 60 = 15 (minutes)
      const r = averageResponseTime({ totalResponseTime: 900, requests: 60, unit: 'minute' });
      expect(r.value?.toString()).toBe('15');
      expect(r.calculation).toBe('ART = total response time / requests = 900 / 60 = 15 (minute)');
      expect(r.form).toBe('totals');
      expect(r.unit).toBe('minute');
      // "7.5" hours over 4 requests = 1.875; no unit named
      const h = averageResponseTime({ totalResponseTime: '7.5', requests: 4 });
      expect(h.calculation).toBe('ART = total response time / requests = 7.5 / 4 = 1.875');
      expect(h.unit).toBeNull();
    });

    it('requests = 0 is undefined', () => {
      const r = averageResponseTime({ totalResponseTime: 0, requests: 0 });
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no service requests (requests = 0)');
    });

    it('validation', () => {
      expect(pathsOf(() => averageResponseTime({ totalResponseTime: -1, requests: 1.5 }))).toEqual(['totalResponseTime', 'requests']);
      expect(pathsOf(() => averageResponseTime({ totalResponseTime: '1,000', requests: 1, unit: 3 } as never))).toEqual(['totalResponseTime', 'unit']);
      expect(pathsOf(() => averageResponseTime(null as never))).toEqual(['']);
    });
  });

  describe('list form', () => {
    it('hand case: mean, median and p90 over answered requests, in seconds', () => {
      // waits 10, 30, 20, 60, 40 minutes = 600, 1800, 1200, 3600, 2400 s; one unanswered
      // mean = 9600 / 5 = 1920 s; sorted 600 1200 1800 2400 3600: median = 1800;
      // p90: h = (5 − 1) × 0.9 = 3.6 → 2400 + 0.6 × (3600 − 2400) = 3120
      const r = averageResponseTime({
        requests: [
          { openedAt: at(0), firstRespondedAt: at(10) },
          { openedAt: at(5), firstRespondedAt: at(35) },
          { openedAt: at(0), firstRespondedAt: at(20) },
          { openedAt: at(100), firstRespondedAt: at(160) },
          { openedAt: at(0), firstRespondedAt: at(40) },
          { openedAt: at(0) },
        ],
      });
      expect(r.form).toBe('list');
      expect(r.unit).toBe('second');
      expect(r.value?.toString()).toBe('1920');
      expect(r.calculation).toBe('ART = Σ (firstRespondedAt − openedAt) / answered = 9600 / 5 = 1920 (second)');
      expect(r.median?.toString()).toBe('1800');
      expect(r.p90?.toString()).toBe('3120');
      expect([r.answered, r.unanswered, r.requests]).toEqual([5, 1, 6]);
    });

    it('METRICS.md convention: p90 of 1…10 is 9.1, median 5.5', () => {
      const r = averageResponseTime({
        requests: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => ({ openedAt: '2026-01-01T00:00:00Z', firstRespondedAt: `2026-01-01T00:00:${String(s).padStart(2, '0')}Z` })),
      });
      expect(r.p90?.toString()).toBe('9.1');
      expect(r.median?.toString()).toBe('5.5');
      expect(r.mean?.toString()).toBe('5.5');
    });

    it('any offset and Date; milliseconds kept; null means unanswered', () => {
      // 10:00+08:00 = 02:00Z; responded 02:00:01.5Z → 1.5 s
      const r = averageResponseTime({
        requests: [
          { openedAt: '2026-03-02T10:00:00+08:00', firstRespondedAt: new Date('2026-03-02T02:00:01.500Z') },
          { openedAt: '2026-03-02T10:00:00Z', firstRespondedAt: null },
        ],
      });
      expect(r.value?.toString()).toBe('1.5');
      expect(r.unanswered).toBe(1);
    });

    it('all unanswered, or no requests: null with a reason', () => {
      const r = averageResponseTime({ requests: [{ openedAt: at(0) }] });
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no request has a first response yet');
      expect([r.median, r.p90, r.unanswered]).toEqual([null, null, 1]);
      expect(averageResponseTime({ requests: [] }).reason).toBe('no service requests');
    });

    it('a response before its request names requests[i].firstRespondedAt', () => {
      const issues = issuesOf(() =>
        averageResponseTime({
          requests: [
            { openedAt: at(0), firstRespondedAt: at(1) },
            { openedAt: at(10), firstRespondedAt: at(5) },
          ],
        }),
      );
      expect(issues).toEqual([
        {
          code: 'inconsistent',
          path: 'requests[1].firstRespondedAt',
          message: 'averageResponseTime: requests[1].firstRespondedAt (2026-03-02T09:05:00.000Z) must not be before openedAt (2026-03-02T09:10:00.000Z)',
        },
      ]);
    });

    it('rejects timestamps without an offset, impossible dates and invalid Dates, every one with its path', () => {
      expect(
        pathsOf(() =>
          averageResponseTime({
            requests: [
              { openedAt: '2026-03-02T09:00:00' },
              { openedAt: '2026-02-30T09:00:00Z' },
              { openedAt: new Date(NaN) },
              { openedAt: at(0), firstRespondedAt: 'soon' },
              { openedAt: at(10), firstRespondedAt: at(0) },
              {},
            ],
          } as never),
        ),
      ).toEqual(['requests[0].openedAt', 'requests[1].openedAt', 'requests[2].openedAt', 'requests[3].firstRespondedAt', 'requests[5].openedAt', 'requests[4].firstRespondedAt']);
    });

    it('properties: min ≤ median ≤ p90 ≤ max, mean within min…max, input untouched', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 50 }), (waits) => {
          const input = deepFrozen({ requests: waits.map((w) => ({ openedAt: '2026-01-01T00:00:00Z', firstRespondedAt: new Date(Date.UTC(2026, 0, 1) + w * 1000) })) });
          const r = averageResponseTime(input);
          const lo = Math.min(...waits);
          const hi = Math.max(...waits);
          expect(r.median!.gte(lo) && r.median!.lte(r.p90!) && r.p90!.lte(hi)).toBe(true);
          expect(r.mean!.gte(lo) && r.mean!.lte(hi)).toBe(true);
        }),
      );
    });
  });

  it('number-form independence in the totals form', () => {
    const n = averageResponseTime({ totalResponseTime: 12.5, requests: 5 }).value!;
    expect(averageResponseTime({ totalResponseTime: '12.5', requests: 5 }).value!.eq(n)).toBe(true);
    expect(n.toString()).toBe('2.5');
  });

  it('turns a throwing getter into its own error', () => {
    const hostile = Object.defineProperty({}, 'requests', {
      enumerable: true,
      get() {
        throw new TypeError('nope');
      },
    });
    expect(issuesOf(() => averageResponseTime(hostile as never))[0]?.code).toBe('unreadable_input');
  });
});
