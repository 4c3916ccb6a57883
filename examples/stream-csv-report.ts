// A data team's script: stream a CRM's CSV export of events line by line (the raw file is never
// held in memory), validate it into the library's compact form for the period metrics, and build
// the quarter's whole report.
//
//   npx tsx examples/stream-csv-report.ts [events.csv] [2026-Q2]
//
// The CSV has a header `customer_id,type,at,amount,reason` (amount for purchases, reason for
// churns). Node-only (it reads a file), so it lives here, not in the browser-safe package. The
// library side is `collectEventsAsync`: every event is validated, with its row's position in the
// error paths (`events[41].at`), and stored compactly (about 21 bytes an event); every event
// function accepts the collected events. For files too large for one process, collect parts in
// worker threads (collected events are plain typed arrays) and combine them with
// `mergeCollectedEvents`. The report reads churn reasons too, which collected events do not keep,
// so it is given the parsed events themselves.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { buildReport, collectEventsAsync, customerRetentionRate, formatPercent, snapshotFromEvents, type CustomerEvent } from 'customer-metrics';
import { renderMarkdown } from 'customer-metrics/report';

/** The events of a CSV stream, one per non-empty line after the header. */
export async function* eventsFromCsv(input: NodeJS.ReadableStream): AsyncGenerator<CustomerEvent> {
  let header: string[] | undefined;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    // A plain CSV without quoted commas: ids, types, ISO instants and amounts have none.
    const cells = line.split(',').map((c) => c.trim());
    if (!header) {
      header = cells;
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      if (cells[i]) row[name === 'customer_id' ? 'customerId' : name] = cells[i]!;
    });
    yield row as unknown as CustomerEvent;
  }
}

const file = process.argv[2] ?? new URL('./data/events.csv', import.meta.url).pathname;
const quarter = process.argv[3] ?? '2026-Q2';
const parsed: CustomerEvent[] = [];
async function* keeping(events: AsyncIterable<CustomerEvent>): AsyncGenerator<CustomerEvent> {
  for await (const e of events) yield (parsed.push(e), e);
}
const log = await collectEventsAsync(keeping(eventsFromCsv(createReadStream(file))));
console.log(`${log.length} events of ${log.ids.length} customers read from ${file.replace(/^.*\//, '')}`);
const crr = customerRetentionRate(snapshotFromEvents(log, { quarter }));
console.log(`${quarter} customer retention: ${formatPercent(crr)} (${crr.calculation})`);

// The rest of the CRM export (customers, surveys, costs…) is small: plain JSON.
const { events: _fromJson, ...rest } = JSON.parse(readFileSync(new URL('./data/dataset.json', import.meta.url), 'utf8'));
const report = buildReport({ ...rest, events: parsed }, { quarter });
console.log(renderMarkdown(report).split('\n')[0]);
console.log(`${report.sections.length} sections`);

/* Output:
608 events of 65 customers read from events.csv
2026-Q2 customer retention: 82.6% (CRR = (E − N) / S = (48 − 10) / 46 = 0.826086956521739130434782608695652173913)
# Customer management report — Lumen Analytics (a made-up B2B software company)
10 sections
*/
