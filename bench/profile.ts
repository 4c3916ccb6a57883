// Ad-hoc profiling helper (not a bench module; `npm run bench` runs only *.bench.ts): 1M events as
// in the events bench, then collect and/or summaries RUNS times. Use with --cpu-prof or --trace-gc:
//   RUNS=5 node --expose-gc --import tsx bench/profile.ts [collect|summaries|all]
import { generate, eventObjects } from './events.bench.js';
import { collectEvents, customerSummaries, snapshotFromEvents } from '../src/index.js';
const log = generate(1_000_000, 100_000);
const events = eventObjects(log);
const what = process.argv[2] ?? 'all';
const c = collectEvents(events);
for (let r = 0; r < Number(process.env.RUNS ?? 5); r++) {
  globalThis.gc?.();
  const t0 = performance.now();
  if (what !== 'summaries') collectEvents(events);
  const t1 = performance.now();
  if (what === 'all') snapshotFromEvents(c, { quarter: '2025-Q3' });
  const t2 = performance.now();
  if (what !== 'collect') customerSummaries(c, { asOf: '2025-12-31T23:59:59.999Z' });
  const t3 = performance.now();
  console.log(`collect ${(t1 - t0).toFixed(0)} snapshot ${(t2 - t1).toFixed(0)} summaries ${(t3 - t2).toFixed(0)} ms`);
}
