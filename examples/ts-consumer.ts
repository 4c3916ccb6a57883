// A TypeScript consumer: the input and result types come with the package.
import {
  customerRetentionRate,
  type CustomerRetentionRateInput,
  type CustomerRetentionRateResult,
  formatPercent,
} from 'customer-metrics';

const snapshot: CustomerRetentionRateInput = { customersAtStart: 0, customersAtEnd: 4, newCustomers: 4 };
const result: CustomerRetentionRateResult = customerRetentionRate(snapshot);
console.log(result.value === null ? `undefined: ${result.reason}` : formatPercent(result));

/* Output:
undefined: no customers at period start (S = 0)
*/
