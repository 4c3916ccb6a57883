import type { CustomerEvent } from '../../src/index.js';

/** A status event. */
export function st(customerId: string, type: 'acquired' | 'churned' | 'reactivated', at: string): CustomerEvent {
  return { customerId, type, at };
}

/** A purchase event. */
export function buy(customerId: string, at: string, amount: string | number = '10'): CustomerEvent {
  return { customerId, type: 'purchase', at, amount };
}

/** The four counts and reactivations of a snapshot, for compact comparisons. */
export function counts(s: { customersAtStart: number; customersAtEnd: number; newCustomers: number; churnedCustomers: number; reactivatedCustomers: number }) {
  return { S: s.customersAtStart, E: s.customersAtEnd, N: s.newCustomers, C: s.churnedCustomers, R: s.reactivatedCustomers };
}
