// Ad-hoc A/B helper (not a bench module; `npm run bench` runs only *.bench.ts): the customer
// summaries of the same 1M collected events by this tree and by another checkout, imported side by
// side into one process and called alternately after gc(), so that both see the same machine.
//   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   RUNS=12 node --expose-gc --import tsx bench/ab.ts /tmp/old
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, eventObjects } from './events.bench.js';
import * as here from '../src/index.js';

type Lib = Pick<typeof here, 'collectEvents' | 'customerSummaries'>;
const other = process.argv[2];
if (other === undefined) throw new Error('usage: node --expose-gc --import tsx bench/ab.ts <other checkout>');
const there = (await import(pathToFileURL(resolve(other, 'src/index.ts')).href)) as Lib;
const log = generate(1_000_000, 100_000);
const events = eventObjects(log);
const sides: [string, Lib][] = [['this tree', here], [other, there]];
const collected = sides.map(([, lib]) => lib.collectEvents(events));
const times: number[][] = [[], []];
const runs = Number(process.env['RUNS'] ?? 12);
for (let r = 0; r < runs; r++) {
  for (const s of r % 2 === 0 ? [0, 1] : [1, 0]) {
    globalThis.gc?.();
    const t0 = performance.now();
    sides[s]![1].customerSummaries(collected[s]!, { asOf: '2025-12-31T23:59:59.999Z' });
    times[s]!.push(performance.now() - t0);
  }
}
for (let s = 0; s < 2; s++) {
  const t = times[s]!.sort((a, b) => a - b);
  console.log(`${sides[s]![0]}: median ${t[Math.floor(t.length / 2)]!.toFixed(0)} ms, runs ${t.map((x) => x.toFixed(0)).join(' ')}`);
}
