// A CommonJS consumer: require() gets the same API from the package's CJS build.
const { customerRetentionRate, round, Decimal } = require('customer-metrics');

const crr = customerRetentionRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 });
console.log(crr.value.toString());
console.log(round(crr, { places: 4 }).toString());
console.log(Decimal.isDecimal(crr.value));

/* Output:
0.6666666666666666666666666666666666666667
0.6667
true
*/
