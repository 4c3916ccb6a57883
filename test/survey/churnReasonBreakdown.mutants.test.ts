import { describe, expect, it } from 'vitest';
import { churnReasonBreakdown } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/survey/churnReasonBreakdown.ts.
describe('churnReasonBreakdown (mutation survivors)', () => {
  it('a tie between the missing-reason row and a named reason puts the named one first, whichever came first', () => {
    // missing (absent) seen first, 'x' second; both count 1 → named before missing: [x, null]
    const b1 = churnReasonBreakdown([{ customerId: 'a' }, { customerId: 'b', reason: 'x' }]);
    expect(b1.rows.map((r) => r.reason)).toEqual(['x', null]);
    // same with null and "" as the missing reason, and two named reasons 'b' > 'a' seen in reverse order:
    // counts: null 2 (null, ""), b 2, a 2 → named by code unit ('a' < 'b'), missing last: [a, b, null]
    const b2 = churnReasonBreakdown([
      { customerId: '1', reason: null },
      { customerId: '2', reason: 'b' },
      { customerId: '3', reason: '' },
      { customerId: '4', reason: 'a' },
      { customerId: '5', reason: 'b' },
      { customerId: '6', reason: 'a' },
    ]);
    expect(b2.rows.map((r) => [r.reason, r.count])).toEqual([
      ['a', 2],
      ['b', 2],
      [null, 2],
    ]);
    // 6 churns of 6 distinct customers; each share 2 / 6 = 1/3, apportioned to sum to exactly 1
    expect(b2.churns).toBe(6);
    expect(b2.customers).toBe(6);
  });

  it('the missing-reason row is not compared as a string: it stays after a numeric-looking reason on a tie', () => {
    // '5' seen first, then a churn without reason; both count 1 → named first: ['5', null]
    // (null < '5' would be true in JS coercion, 0 < 5: the missing row must be handled before that)
    const b = churnReasonBreakdown([{ customerId: 'a', reason: '5' }, { customerId: 'b' }]);
    expect(b.rows.map((r) => r.reason)).toEqual(['5', null]);
  });

  it('names the function, the path and the problem in each message', () => {
    // every wording below is the schema's own phrase, prefixed "churnReasonBreakdown: <path> "
    expect(issuesOf(() => churnReasonBreakdown([{ customerId: 5 as unknown as string }]))).toEqual([
      { code: 'invalid_type', path: 'churns[0].customerId', message: 'churnReasonBreakdown: churns[0].customerId must be a string (any string is a valid id), got 5' },
    ]);
    const typed = issuesOf(() => churnReasonBreakdown([{ customerId: 'a', type: 'lost' as 'churned' }]));
    expect(typed.map((i) => [i.path, i.message])).toEqual([
      ['churns[0].type', `churnReasonBreakdown: churns[0].type must be 'churned' when given (pass only churn events), got "lost"`],
    ]);
    const reason = issuesOf(() => churnReasonBreakdown([{ customerId: 'a', reason: 7 as unknown as string }]));
    expect(reason.map((i) => [i.path, i.message])).toEqual([['churns[0].reason', 'churnReasonBreakdown: churns[0].reason must be a string, null or absent, got 7']]);
  });
});
