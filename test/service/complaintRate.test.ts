import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintRate } from '../../src/index.js';
import { deepFrozen, pathsOf } from '../helpers/errors.js';

describe('complaintRate', () => {
  it('seed 000 §8: complaints / customers, and it may exceed 1', () => {
    // 12 / 400 = 0.03; 9 / 6 = 1.5
    expect(complaintRate({ complaints: 12, customers: 400 }).calculation).toBe('complaint rate = complaints / customers = 12 / 400 = 0.03');
    expect(complaintRate({ complaints: 9, customers: 6 }).value?.toString()).toBe('1.5');
  });
  it('customers = 0 is undefined; bad counts have paths', () => {
    expect(complaintRate({ complaints: 3, customers: 0 }).reason).toBe('no customers (customers = 0)');
    expect(pathsOf(() => complaintRate({ complaints: -1, customers: '4' } as never))).toEqual(['complaints', 'customers']);
  });
  it('never negative; frozen input untouched', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 1e9 }), (k, c) => {
        expect(complaintRate(deepFrozen({ complaints: k, customers: c })).value!.gte(0)).toBe(true);
      }),
    );
  });
});
