// An ES-module consumer: import the package by name, compute, format, and handle bad input.
import { customerRetentionRate, formatPercent, MetricInputError } from 'customer-metrics';

const crr = customerRetentionRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 });
console.log(crr.calculation);
console.log(`retention: ${formatPercent(crr)}`);
console.log(JSON.stringify(crr));

try {
  customerRetentionRate({ customersAtStart: 100, customersAtEnd: 30, newCustomers: '35' });
} catch (e) {
  if (!(e instanceof MetricInputError)) throw e;
  for (const issue of e.issues) console.log(`${issue.path}: ${issue.code}`);
}

/* Output:
CRR = (E − N) / S = (120 − 30) / 100 = 0.9
retention: 90.0%
{"value":"0.9","formula":"CRR = (E − N) / S","calculation":"CRR = (E − N) / S = (120 − 30) / 100 = 0.9"}
newCustomers: invalid_type
*/
