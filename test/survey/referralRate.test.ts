import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralRate } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('referralRate', () => {
  it('seed 000 §9: willing to recommend / all customers', () => {
    // 45 / 200 = 0.225
    const r = referralRate({ willingToRecommend: 45, customers: 200 });
    expect(r.value?.toString()).toBe('0.225');
    expect(r.calculation).toBe('referral rate = W / customers = 45 / 200 = 0.225');
  });

  it('no customers: null with a reason', () => {
    const r = referralRate({ willingToRecommend: 0, customers: 0 });
    expect(r.value).toBeNull();
    expect(r.reason).toBe('no customers (customers = 0)');
  });

  it('willing > customers is inconsistent', () => {
    const issues = issuesOf(() => referralRate({ willingToRecommend: 5, customers: 4 }));
    expect(issues).toEqual([
      { code: 'inconsistent', path: 'willingToRecommend', message: 'referralRate: willingToRecommend (5) must not exceed customers (4)' },
    ]);
    expect(pathsOf(() => referralRate({ willingToRecommend: -1, customers: 1.5 } as never))).toEqual(['willingToRecommend', 'customers']);
  });

  it('stays within 0…1; input untouched', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(), (c, k) => {
        const input = deepFrozen({ willingToRecommend: k % (c + 1), customers: c });
        const v = referralRate(input).value!;
        expect(v.gte(0) && v.lte(1)).toBe(true);
      }),
    );
  });
});
