// CRM side: validate a form's fields with the exported zod schema before storing them, and show
// the person every problem at once, each next to its field.
import { CustomerRetentionRateInputSchema } from 'customer-metrics';

const fromForm = { customersAtStart: 100, customersAtEnd: 140, newCustomers: 30 };
const checked = CustomerRetentionRateInputSchema.safeParse(fromForm);
console.log(checked.success);
for (const issue of checked.success ? [] : checked.error.issues) console.log(`${issue.path.join('.')}: ${issue.message}`);

/* Output:
false
customersAtEnd: (140) must not exceed customersAtStart + newCustomers (100 + 30 = 130)
*/
