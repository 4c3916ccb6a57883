// A valid call of every function the package root exports: the fuzz suite breaks one field of
// each at a time, so that the deep validation paths are reached, not only the first type check.
// A new export without a sample here fails the suite.
export const samples: Record<string, readonly unknown[]> = {
  round: ['2.345', { places: 2, mode: 'halfEven' }],
  formatPercent: ['0.9', { places: 1 }],
  customerRetentionRate: [{ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 10 }],
};
