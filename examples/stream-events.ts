// Stream a large event file through customer-metrics without holding it in memory.
//
//   npx tsx examples/stream-events.ts events.ndjson        one JSON event per line
//   npx tsx examples/stream-events.ts events.csv           header: customer_id,type,at,amount[,reason]
//
// Node-only (it reads a file), so it lives here and not in the browser-safe package root. The
// library side is `collectEventsAsync`, which validates every event (with its line's position in
// the error paths, `events[41].at`) and stores them compactly; every event function then accepts
// the collected events. For files too large for one process, collect parts in worker threads
// (the collected events are plain typed arrays, transferable with postMessage) and combine them
// with `mergeCollectedEvents` in the original order.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  collectEventsAsync,
  customerSummaries,
  snapshotFromEvents,
  type CustomerEvent,
} from '../src/index.js'; // in your project: from 'customer-metrics'

/** The events of an NDJSON or CSV stream, one per non-empty line. */
export async function* eventsFromLines(input: NodeJS.ReadableStream, format: 'ndjson' | 'csv'): AsyncGenerator<CustomerEvent> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let header: string[] | undefined;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (format === 'ndjson') {
      yield JSON.parse(line) as CustomerEvent;
      continue;
    }
    // A plain CSV without quoted commas (customer ids, types, ISO instants and amounts have none).
    const cells = line.split(',');
    if (!header) {
      header = cells.map((c) => c.trim());
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      const v = cells[i]?.trim() ?? '';
      if (v !== '') row[name === 'customer_id' ? 'customerId' : name] = v;
    });
    yield row as unknown as CustomerEvent;
  }
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx examples/stream-events.ts <events.ndjson | events.csv>');
    process.exit(2);
  }
  const format = file.endsWith('.csv') ? 'csv' : 'ndjson';
  const events = await collectEventsAsync(eventsFromLines(createReadStream(file), format));
  console.log(`${events.length} events of ${events.ids.length} customers`);
  const snapshot = snapshotFromEvents(events, { quarter: '2025-Q4' });
  console.log('2025-Q4 snapshot', snapshot);
  const rows = customerSummaries(events, { asOf: '2025-12-31T23:59:59.999Z', timeUnit: 'week' });
  console.log(`first summaries of ${rows.length}:`, rows.slice(0, 3));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
