// For callers in other languages: the JSON Schema (draft 2020-12) of every input schema the
// package exports, from zod 4's toJSONSchema. Decimals appear as a string pattern or a number.
import * as lib from 'customer-metrics';
import { z } from 'zod';

const names = Object.keys(lib).filter((k) => k.endsWith('InputSchema')).sort();
const schemas = Object.fromEntries(names.map((k) => [k, z.toJSONSchema(lib[k], { io: 'input', unrepresentable: 'any' })]));
console.log(`${names.length > 0} ${names.every((k) => schemas[k].$schema.includes('2020-12'))}`);
console.log(JSON.stringify(schemas.CustomerRetentionRateInputSchema.required));

/* Output:
true true
["customersAtStart","customersAtEnd","newCustomers"]
*/
