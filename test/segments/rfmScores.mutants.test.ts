import { describe, expect, it } from 'vitest';
import { MetricInputError, rfmScores } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/segments/rfmScores.ts.
const asOf = '2026-04-01T00:00:00Z';
const row = (customerId: string, lastPurchaseAt: string, purchaseCount: number, totalAmount: string) => ({ customerId, lastPurchaseAt, purchaseCount, totalAmount });
// Five customers distinct on every dimension, best first: 2, 14, 30, 60, 400 days; 12, 5, 3, 2, 1 purchases;
// 2400, 900, 450, 250, 40 spent. The i-th worst (0-based) scores ⌊5 · (i + ½) / 5⌋ + 1 = i + 1: 555, 444, 333, 222, 111.
const FIVE = [
  row('a', '2026-03-30T00:00:00Z', 12, '2400'),
  row('b', '2026-03-18T00:00:00Z', 5, '900'),
  row('c', '2026-03-02T00:00:00Z', 3, '450'),
  row('d', '2026-01-31T00:00:00Z', 2, '250'),
  row('e', '2025-02-25T00:00:00Z', 1, '40'),
];

describe('rfmScores (mutation survivors)', () => {
  it('a fractional purchase count is rejected', () => {
    expect(issuesOf(() => rfmScores([row('a', '2026-03-01T00:00:00Z', 2.5, '10')], { asOf }))).toEqual([
      {
        code: 'custom',
        path: 'customers[0].purchaseCount',
        message:
          'rfmScores: customers[0].purchaseCount must be a whole number of at least 1 (RFM scores customers who have bought; leads belong to lifecycleStage), got 2.5',
      },
    ]);
  });

  it('a missing purchase count is "required"', () => {
    const issues = issuesOf(() => rfmScores([{ customerId: 'a', lastPurchaseAt: '2026-03-01T00:00:00Z', totalAmount: '10' } as never], { asOf }));
    expect(issues.map((i) => [i.path, i.message])).toEqual([['customers[0].purchaseCount', 'rfmScores: customers[0].purchaseCount is required']]);
  });

  it('a range with a non-integer bound reports the bound only, not also min > max', () => {
    expect(pathsOf(() => rfmScores(FIVE, { asOf, rules: [{ segment: 'x', r: [4.5, 2], f: [5, 2.5] }] }))).toEqual([
      'options.rules[0].r[0]',
      'options.rules[0].f[1]',
    ]);
  });

  it('a rule range has an upper bound', () => {
    // Scores 555, 444, 333, 222, 111: R ≤ 3 holds for the last three only.
    const r = rfmScores(FIVE, { asOf, rules: [{ segment: 'R up to 3', r: [1, 3], f: [1, 5] }] });
    expect(r.customers.map((c) => c.score)).toEqual(['555', '444', '333', '222', '111']);
    expect(r.customers.map((c) => c.segment)).toEqual(['Other', 'Other', 'R up to 3', 'R up to 3', 'R up to 3']);
  });

  it('the result states its formula (the @formula of rfmScores, the three measures named)', () => {
    expect(rfmScores(FIVE, { asOf }).formula).toBe(
      'score = ⌊5 · (below + ties / 2) / n⌋ + 1, for R (fewer days since the last purchase is better), F (purchaseCount) and M (totalAmount)',
    );
  });

  it('the error names the function', () => {
    try {
      rfmScores([row('a', '2026-03-01T00:00:00Z', 0, '10')], { asOf });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MetricInputError);
      expect((e as MetricInputError).functionName).toBe('rfmScores');
    }
  });
});
