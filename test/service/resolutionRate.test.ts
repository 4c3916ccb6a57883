import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, resolutionRate } from '../../src/index.js';
import { pathsOf } from '../helpers/errors.js';

describe('resolutionRate', () => {
  it('seed 003 §10: resolved / requests', () => {
    // 171 / 180 = 0.95
    expect(resolutionRate({ resolved: 171, requests: 180 }).calculation).toBe('resolution rate = resolved / requests = 171 / 180 = 0.95');
    // 1 / 3, exact to 40 significant digits
    expect(resolutionRate({ resolved: 1, requests: 3 }).value?.eq(new Decimal(1).div(3))).toBe(true);
  });
  it('edges and validation', () => {
    expect(resolutionRate({ resolved: 0, requests: 0 }).reason).toBe('no service requests (requests = 0)');
    expect(pathsOf(() => resolutionRate({ resolved: 5, requests: 4 }))).toEqual(['resolved']);
    expect(pathsOf(() => resolutionRate({ resolved: 1.5, requests: NaN }))).toEqual(['resolved', 'requests']);
  });
  it('stays within 0…1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(), (n, k) => {
        const v = resolutionRate({ resolved: k % (n + 1), requests: n }).value!;
        expect(v.gte(0) && v.lte(1)).toBe(true);
      }),
    );
  });
});
