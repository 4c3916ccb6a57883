import { describe, expect, it } from 'vitest';
import { complainingCustomerRate } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

describe('complainingCustomerRate', () => {
  it('distinct complaining customers / customers', () => {
    // 10 / 400 = 0.025
    const r = complainingCustomerRate({ complainingCustomers: 10, customers: 400 });
    expect(r.value?.toString()).toBe('0.025');
    expect(r.calculation).toBe('complaining-customer rate = complaining customers / customers = 10 / 400 = 0.025');
  });
  it('edges and validation', () => {
    expect(complainingCustomerRate({ complainingCustomers: 0, customers: 0 }).value).toBeNull();
    expect(issuesOf(() => complainingCustomerRate({ complainingCustomers: 7, customers: 6 }))[0]).toEqual({
      code: 'inconsistent',
      path: 'complainingCustomers',
      message: 'complainingCustomerRate: complainingCustomers (7) must not exceed customers (6)',
    });
  });
});
