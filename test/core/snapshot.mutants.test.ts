import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { notAbove } from '../../src/core/countRatio.js';
import { partialSnapshotRules } from '../../src/core/partialSnapshot.js';
import { isCount, PeriodSnapshotSchema, SnapshotFields, snapshotRules } from '../../src/core/snapshot.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

const full = (newAllRetained: boolean) => z.object(SnapshotFields).superRefine(snapshotRules(newAllRetained));
const issues = (schema: z.ZodType, v: unknown) => issuesOf(() => parseInput('f', schema, v));
const TS = 'must be an ISO-8601 timestamp or a valid Date';

describe('isCount', () => {
  it('non-negative safe integers only', () => {
    expect([0, 1, 2 ** 53 - 1].map(isCount)).toEqual([true, true, true]);
    expect([-1, 0.5, 2 ** 53, NaN, Infinity, '1', null, undefined].map(isCount)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('snapshotRules', () => {
  it('E may equal S + N but not exceed it', () => {
    // S + N = 10 + 5 = 15
    expect(parseInput('f', full(false), { customersAtStart: 10, customersAtEnd: 15, newCustomers: 5 })).toMatchObject({ customersAtEnd: 15 });
    expect(issues(full(false), { customersAtStart: 10, customersAtEnd: 16, newCustomers: 5 })).toEqual([
      { code: 'inconsistent', path: 'customersAtEnd', message: 'f: customersAtEnd (16) must not exceed customersAtStart + newCustomers (10 + 5 = 15)' },
    ]);
  });

  it('with newAllRetained, N may equal E but not exceed it', () => {
    expect(parseInput('f', full(true), { customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 })).toMatchObject({ newCustomers: 5 });
    expect(issues(full(true), { customersAtStart: 10, customersAtEnd: 4, newCustomers: 5 })).toEqual([
      {
        code: 'inconsistent',
        path: 'newCustomers',
        message:
          'f: newCustomers (5) must not exceed customersAtEnd (4): the formula assumes every new customer is still there at period end; for a period in which new customers also left, use startCohortRetentionRate on the events',
      },
    ]);
    expect(parseInput('f', full(false), { customersAtStart: 10, customersAtEnd: 4, newCustomers: 5 })).toMatchObject({ newCustomers: 5 });
  });

  it('C must equal S + N − E when given', () => {
    // 10 + 5 − 12 = 3
    expect(parseInput('f', full(false), { customersAtStart: 10, customersAtEnd: 12, newCustomers: 5, churnedCustomers: 3 })).toMatchObject({ churnedCustomers: 3 });
    expect(issues(full(false), { customersAtStart: 10, customersAtEnd: 12, newCustomers: 5, churnedCustomers: 4 })).toEqual([
      { code: 'inconsistent', path: 'churnedCustomers', message: 'f: churnedCustomers (4) must equal customersAtStart + newCustomers − customersAtEnd (10 + 5 − 12 = 3)' },
    ]);
    expect(issues(full(false), { customersAtStart: 10, customersAtEnd: 12, newCustomers: 5, churnedCustomers: 2 })[0]?.path).toBe('churnedCustomers');
    // E = S + N exactly: C must be 0 (10 + 5 − 15 = 0)
    expect(issues(full(false), { customersAtStart: 10, customersAtEnd: 15, newCustomers: 5, churnedCustomers: 1 })).toEqual([
      { code: 'inconsistent', path: 'churnedCustomers', message: 'f: churnedCustomers (1) must equal customersAtStart + newCustomers − customersAtEnd (10 + 5 − 15 = 0)' },
    ]);
    // when E already exceeds S + N only that is reported
    expect(issues(full(false), { customersAtStart: 1, customersAtEnd: 9, newCustomers: 1, churnedCustomers: 0 }).map((i) => i.path)).toEqual(['customersAtEnd']);
  });

  it('the period must end after it starts', () => {
    const base = { customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 };
    expect(issues(full(false), { ...base, periodStart: '2026-03-02T00:00:00Z', periodEnd: '2026-03-02T00:00:00Z' })).toEqual([
      { code: 'inconsistent', path: 'periodEnd', message: 'f: periodEnd must be after periodStart' },
    ]);
    expect(issues(full(false), { ...base, periodStart: new Date('2026-03-02T00:00:00Z'), periodEnd: '2026-03-01T00:00:00Z' })[0]?.path).toBe('periodEnd');
    expect(parseInput('f', full(false), { ...base, periodStart: '2026-03-01T00:00:00Z', periodEnd: '2026-03-01T00:00:00.001Z' })).toMatchObject(base);
    expect(parseInput('f', full(false), { ...base, periodEnd: '2026-03-01T00:00:00Z' })).toMatchObject(base);
    expect(parseInput('f', full(false), { ...base, periodStart: '2026-03-01T00:00:00Z' })).toMatchObject(base);
  });

  it('an unreadable timestamp is named with its value', () => {
    const base = { customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 };
    expect(issues(full(false), { ...base, periodStart: 'soon' })).toEqual([{ code: 'custom', path: 'periodStart', message: `f: periodStart ${TS}, got "soon"` }]);
    // An invalid Date or a number fails the string | Date union itself, which words it the same way.
    expect(issues(full(false), { ...base, periodEnd: new Date(NaN) })).toEqual([{ code: 'invalid_union', path: 'periodEnd', message: `f: periodEnd ${TS}, got a Date` }]);
    expect(issues(full(false), { ...base, periodStart: 20260301 })).toEqual([{ code: 'invalid_union', path: 'periodStart', message: `f: periodStart ${TS}, got 20260301` }]);
  });

  it('no cross-field rule runs on a field that failed its own check', () => {
    expect(issues(full(true), { customersAtStart: -1, customersAtEnd: 99, newCustomers: 100 }).map((i) => i.path)).toEqual(['customersAtStart']);
    expect(issues(full(true), { customersAtStart: 1, customersAtEnd: 1.5, newCustomers: 100 }).map((i) => i.path)).toEqual(['customersAtEnd']);
    expect(issues(full(true), { customersAtStart: 1, customersAtEnd: 99, newCustomers: -100 }).map((i) => i.path)).toEqual(['newCustomers']);
    expect(issues(full(false), { customersAtStart: 1, customersAtEnd: 1, newCustomers: 0, churnedCustomers: -1 }).map((i) => i.path)).toEqual(['churnedCustomers']);
    expect(issues(full(false), { customersAtStart: 1, customersAtEnd: 1, newCustomers: 0, churnedCustomers: 0.5 })).toHaveLength(1);
  });

  it('PeriodSnapshotSchema does not assume new customers were all retained', () => {
    expect(PeriodSnapshotSchema.safeParse({ customersAtStart: 10, customersAtEnd: 4, newCustomers: 5 }).success).toBe(true);
    expect(PeriodSnapshotSchema.safeParse({ customersAtStart: 10, customersAtEnd: 16, newCustomers: 5 }).success).toBe(false);
  });
});

describe('partialSnapshotRules', () => {
  const schema = z
    .object({
      customersAtStart: SnapshotFields.customersAtStart,
      customersAtEnd: SnapshotFields.customersAtEnd.optional(),
      newCustomers: SnapshotFields.newCustomers.optional(),
      churnedCustomers: SnapshotFields.churnedCustomers,
      periodStart: SnapshotFields.periodStart,
      periodEnd: SnapshotFields.periodEnd,
    })
    .superRefine(partialSnapshotRules());
  const ok = (v: object) => expect(parseInput('f', schema, v)).toMatchObject(v);

  it('S, E and N: the full rules (without newAllRetained)', () => {
    ok({ customersAtStart: 10, customersAtEnd: 4, newCustomers: 5 });
    expect(issues(schema, { customersAtStart: 10, customersAtEnd: 16, newCustomers: 5 })[0]?.message).toBe(
      'f: customersAtEnd (16) must not exceed customersAtStart + newCustomers (10 + 5 = 15)',
    );
    expect(issues(schema, { customersAtStart: 10, customersAtEnd: 12, newCustomers: 5, churnedCustomers: 4 })[0]?.path).toBe('churnedCustomers');
  });

  it('E and C without N: C ≥ S − E', () => {
    // S − E = 10 − 7 = 3: C = 3 is fine, C = 2 is not
    ok({ customersAtStart: 10, customersAtEnd: 7, churnedCustomers: 3 });
    ok({ customersAtStart: 10, customersAtEnd: 12, churnedCustomers: 0 });
    expect(issues(schema, { customersAtStart: 10, customersAtEnd: 7, churnedCustomers: 2 })).toEqual([
      {
        code: 'inconsistent',
        path: 'churnedCustomers',
        message: 'f: churnedCustomers (2) must be at least customersAtStart − customersAtEnd (10 − 7 = 3): the customers fell by more than were lost',
      },
    ]);
  });

  it('N and C without E: C ≤ S + N', () => {
    // S + N = 10 + 5 = 15
    ok({ customersAtStart: 10, newCustomers: 5, churnedCustomers: 15 });
    expect(issues(schema, { customersAtStart: 10, newCustomers: 5, churnedCustomers: 16 })).toEqual([
      { code: 'inconsistent', path: 'churnedCustomers', message: 'f: churnedCustomers (16) must not exceed customersAtStart + newCustomers (10 + 5 = 15)' },
    ]);
  });

  it('only S, or S with one more count: nothing to cross-check', () => {
    ok({ customersAtStart: 10 });
    ok({ customersAtStart: 10, churnedCustomers: 99 });
    ok({ customersAtStart: 10, customersAtEnd: 0 });
    ok({ customersAtStart: 10, newCustomers: 0 });
  });

  it('no cross-field rule on a failed field', () => {
    expect(issues(schema, { customersAtStart: -1, customersAtEnd: 7, churnedCustomers: 0 }).map((i) => i.path)).toEqual(['customersAtStart']);
    expect(issues(schema, { customersAtStart: 10, customersAtEnd: 7.5, churnedCustomers: 0 }).map((i) => i.path)).toEqual(['customersAtEnd']);
    expect(issues(schema, { customersAtStart: 10, newCustomers: 5, churnedCustomers: 16.5 }).map((i) => i.path)).toEqual(['churnedCustomers']);
    expect(issues(schema, { customersAtStart: 10, newCustomers: -5, churnedCustomers: 16 }).map((i) => i.path)).toEqual(['newCustomers']);
  });

  it('the period bounds', () => {
    expect(issues(schema, { customersAtStart: 1, periodStart: '2026-03-02T00:00:00Z', periodEnd: '2026-03-02T00:00:00Z' })).toEqual([
      { code: 'inconsistent', path: 'periodEnd', message: 'f: periodEnd must be after periodStart' },
    ]);
    ok({ customersAtStart: 1, periodStart: '2026-03-01T00:00:00Z', periodEnd: '2026-03-02T00:00:00Z' });
    ok({ customersAtStart: 1, periodStart: '2026-03-01T00:00:00Z' });
    ok({ customersAtStart: 1, periodEnd: '2026-03-01T00:00:00Z' });
    // with E and N given the full rules check the bounds
    expect(issues(schema, { customersAtStart: 1, customersAtEnd: 1, newCustomers: 0, periodStart: '2026-03-02T00:00:00Z', periodEnd: '2026-03-01T00:00:00Z' }).map((i) => i.path)).toEqual([
      'periodEnd',
    ]);
  });
});

describe('notAbove', () => {
  const schema = z.object({ resolved: z.number(), total: z.number() }).superRefine(notAbove('resolved', 'total'));
  it('equal is fine; above is named with both values', () => {
    expect(parseInput('f', schema, { resolved: 3, total: 3 })).toEqual({ resolved: 3, total: 3 });
    expect(issues(schema, { resolved: 4, total: 3 })).toEqual([{ code: 'inconsistent', path: 'resolved', message: 'f: resolved (4) must not exceed total (3)' }]);
  });
  it('only between counts', () => {
    expect(parseInput('f', schema, { resolved: 4.5, total: 3 })).toEqual({ resolved: 4.5, total: 3 });
    expect(parseInput('f', schema, { resolved: 4, total: -3 })).toEqual({ resolved: 4, total: -3 });
  });
});

describe('survivors of the full core run (December 2026)', () => {
  it('a valid Date is read by its time, not by its string form: a bound in year −1 is accepted', () => {
    // new Date('-000001-01-01T00:00:00Z') is a valid Date (ECMAScript reaches back to year −271821),
    // but its toString() form "Fri Jan 01 -0001 …" is not one Date.parse reads back
    const base = { customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 };
    const start = new Date('-000001-01-01T00:00:00Z');
    expect(Number.isNaN(start.getTime())).toBe(false);
    expect(parseInput('f', full(false), { ...base, periodStart: start, periodEnd: '2026-03-01T00:00:00Z' })).toMatchObject(base);
    expect(PeriodSnapshotSchema.safeParse({ ...base, periodStart: start }).success).toBe(true);
  });
});
