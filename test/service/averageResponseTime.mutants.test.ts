import { describe, expect, it } from 'vitest';
import { averageResponseTime, AverageResponseTimeInputSchema, AverageResponseTimeListInputSchema } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/service/averageResponseTime.ts.
describe('averageResponseTime (mutation survivors)', () => {
  describe('totals form', () => {
    it('every issue message names the function, the path and the problem', () => {
      // a negative total and a unit that is not a string: the unit's own wording, not zod's
      expect(issuesOf(() => averageResponseTime({ totalResponseTime: -1, requests: 2, unit: 3 } as never))).toEqual([
        { code: 'custom', path: 'totalResponseTime', message: 'averageResponseTime: totalResponseTime must not be negative, got -1' },
        { code: 'invalid_type', path: 'unit', message: 'averageResponseTime: unit must be a string naming the time unit, got 3' },
      ]);
    });

    it('requests = 0 with a unit: the calculation ends with the reason, no unit after it', () => {
      // 0 / 0 is undefined; the unit belongs to a value, there is none
      const r = averageResponseTime({ totalResponseTime: 0, requests: 0, unit: 'minute' });
      expect(r.value).toBeNull();
      expect(r.unit).toBe('minute');
      expect(r.calculation).toBe('ART = total response time / requests = 0 / 0 = undefined (no service requests (requests = 0))');
    });

    it('a function is not an object: one type issue, the list rule does not run on it', () => {
      // a function carrying a list of requests whose response (1 ms) comes before the opening (5 ms):
      // it is rejected as a whole, its contents are not checked
      const fn = Object.assign(() => 0, { requests: [{ openedAt: 5, firstRespondedAt: 1 }] });
      expect(issuesOf(() => averageResponseTime(fn as never))).toEqual([
        { code: 'invalid_type', path: '', message: 'averageResponseTime: input must be an object, got a function' },
      ]);
    });

    it('an input whose requests cannot be read the first time is parsed as the totals form', () => {
      // the form is decided by a first read of `requests`; when that read throws, the totals form
      // is assumed, and its parse reads again (here an empty list: neither a total nor a count)
      let reads = 0;
      const flaky = Object.defineProperty({}, 'requests', {
        enumerable: true,
        get() {
          reads++;
          if (reads === 1) throw new Error('not yet');
          return [];
        },
      });
      expect(pathsOf(() => averageResponseTime(flaky as never))).toEqual(['totalResponseTime', 'requests']);
    });
  });

  describe('list form', () => {
    it('no request answered: the calculation ends with the reason, no "(second)" after it', () => {
      // 0 answered: Σ = 0 over 0 is undefined
      const r = averageResponseTime({ requests: [{ openedAt: '2026-03-02T09:00:00Z', firstRespondedAt: null }] });
      expect(r.calculation).toBe('ART = Σ (firstRespondedAt − openedAt) / answered = 0 / 0 = undefined (no request has a first response yet)');
      expect(averageResponseTime({ requests: [] }).calculation).toBe('ART = Σ (firstRespondedAt − openedAt) / answered = 0 / 0 = undefined (no service requests)');
    });

    it('a null request is one type issue at its index, not an unreadable input', () => {
      expect(issuesOf(() => averageResponseTime({ requests: [null] } as never))).toEqual([
        { code: 'invalid_type', path: 'requests[0]', message: 'averageResponseTime: requests[0] must be an object, got null' },
      ]);
    });

    it('an invalid openedAt is not compared with the response', () => {
      // openedAt `true` is not an instant; compared as a number it would be 1 ms, after the response
      // at 0 ms (1970-01-01T00:00:00Z): only openedAt is reported
      expect(
        pathsOf(() => averageResponseTime({ requests: [{ openedAt: true, firstRespondedAt: '1970-01-01T00:00:00Z' }] } as never)),
      ).toEqual(['requests[0].openedAt']);
    });

    it('requests that stop being a list between reads: one type issue, not an unreadable input', () => {
      // a list on the first read (the form is decided), a string on the parse
      let reads = 0;
      const shifting = Object.defineProperty({}, 'requests', {
        enumerable: true,
        get() {
          reads++;
          return reads === 1 ? [] : 'x';
        },
      });
      expect(issuesOf(() => averageResponseTime(shifting as never))).toEqual([
        { code: 'invalid_type', path: 'requests', message: 'averageResponseTime: requests must be an array, got "x"' },
      ]);
    });
  });

  describe('exported schemas', () => {
    it('the input schema accepts both forms', () => {
      expect(AverageResponseTimeInputSchema.safeParse({ totalResponseTime: 900, requests: 60 }).success).toBe(true);
      expect(AverageResponseTimeInputSchema.safeParse({ requests: [{ openedAt: '2026-03-02T09:00:00Z' }] }).success).toBe(true);
      expect(AverageResponseTimeInputSchema.safeParse({ requests: 'x' }).success).toBe(false);
    });

    it('the list schema reports, never throws, on a non-object or a non-list', () => {
      for (const bad of [null, undefined, { requests: 'x' }, { requests: [null] }]) {
        expect(AverageResponseTimeListInputSchema.safeParse(bad).success).toBe(false);
      }
    });
  });
});
