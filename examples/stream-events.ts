// A data team's script over an export too large to hold: read an NDJSON or CSV file of events
// line by line, synchronously, and hand the lines straight to the event functions. An iterable
// that is not an array streams through them: the snapshot keeps only status events, the customer
// summaries one running row per customer, so memory follows the customers, not the events
// (ten million events in about 220 MB: bench/RESULTS.md). Each question reads the file again.
//
//   npx tsx examples/stream-events.ts [events.ndjson | events.csv] [2026-Q2] [asOf]
//
// NDJSON: one event object per line. CSV: a header `customer_id,type,at,amount[,reason]`. Node-only
// (it reads a file), so it lives here, not in the browser-safe package.
import { closeSync, openSync, readSync } from 'node:fs';
import { customerSummaries, Decimal, snapshotFromEvents, type CustomerEvent } from 'customer-metrics';

/** The lines of a file, read in 64 KiB blocks (the file is never held whole). */
export function* linesOf(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const block = Buffer.alloc(65_536);
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  try {
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
      const lines = (rest + decoder.decode(block.subarray(0, n), { stream: true })).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Events from NDJSON lines, or from CSV lines with a header row. */
export function* eventsOf(lines: Iterable<string>, format: 'ndjson' | 'csv'): Generator<CustomerEvent> {
  let header: string[] | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (format === 'ndjson') {
      yield JSON.parse(line) as CustomerEvent;
      continue;
    }
    // A plain CSV without quoted commas: ids, types, ISO instants and amounts have none.
    const cells = line.split(',').map((c) => c.trim());
    if (!header) {
      header = cells.map((name) => (name === 'customer_id' ? 'customerId' : name));
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      if (cells[i]) row[name] = cells[i]!;
    });
    yield row as unknown as CustomerEvent;
  }
}

const file = process.argv[2] ?? new URL('./data/events.csv', import.meta.url).pathname;
const quarter = process.argv[3] ?? '2026-Q2';
const asOf = process.argv[4] ?? '2026-06-30T23:59:59.999Z';
const format = file.endsWith('.ndjson') || file.endsWith('.jsonl') ? 'ndjson' : 'csv';
const events = () => eventsOf(linesOf(file), format);

const s = snapshotFromEvents(events(), { quarter });
console.log(`${quarter}: S ${s.customersAtStart}, E ${s.customersAtEnd}, N ${s.newCustomers}, C ${s.churnedCustomers}, ${s.anomalies.length} anomalies`);

const rows = customerSummaries(events(), { asOf });
let purchases = 0;
let total = new Decimal(0);
for (const r of rows) {
  purchases += r.purchaseCount;
  total = total.plus(r.totalAmount);
}
console.log(`${rows.length} customers bought ${purchases} times for ${total.toFixed(2)} in all, as of ${asOf}`);

// The counts are the hand-kept sheet's for 2026-Q2 (examples/data/quarters.json: 46, 48, 10, 8);
// 65 buyers, 524 purchases and 141,491.25 are what awk and Python's decimal give over the CSV.
/* Output:
2026-Q2: S 46, E 48, N 10, C 8, 0 anomalies
65 customers bought 524 times for 141491.25 in all, as of 2026-06-30T23:59:59.999Z
*/
