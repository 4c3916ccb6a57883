import { describe, expect, it } from 'vitest';
import { complainingCustomerRate } from '../../src/index.js';

// Tests written to kill surviving mutants of src/service/complainingCustomerRate.ts.
describe('complainingCustomerRate (mutation survivors)', () => {
  it('customers = 0: the reason is said, and ends the calculation', () => {
    // 0 / 0 is undefined
    const r = complainingCustomerRate({ complainingCustomers: 0, customers: 0 });
    expect(r.reason).toBe('no customers (customers = 0)');
    expect(r.calculation).toBe('complaining-customer rate = complaining customers / customers = 0 / 0 = undefined (no customers (customers = 0))');
  });
});
