// `npm run mutate:sample <area> <n> [seed]`: estimate an area's mutation score from a seeded random
// sample of its mutants, for areas too large for a full Stryker run in the time at hand.
//
// Stryker lists the area's mutants first (reports/mutation/<area>.list.json: every mutant, with its
// location and replacement, from a run whose "test" fails at once for any active mutant, which takes
// a few minutes). Then each sampled mutant is written into its source file by hand (in parentheses,
// keeping Stryker's grouping), the tests that import that file run, and the file is restored. The
// estimate comes with a 95 % Wilson interval; the surviving mutants are listed for a person to kill
// or explain. It edits src/ while it runs: use it in a checkout nobody else is using.
import { writeFileSync } from 'node:fs';
import { listMutants, loadMap, runMutant, testsFor } from './mutation-tests.mjs';

const [area, nText, seedText] = process.argv.slice(2);
if (!area || !nText) {
  console.error('usage: node test/sample-mutants.mjs <area> <sample size> [seed]');
  process.exit(2);
}
const n = Number(nText);
const seed = Number(seedText ?? 20261123);
const { list } = listMutants(area);
const all = [];
for (const [file, entry] of Object.entries(list.files)) {
  for (const m of entry.mutants) if (m.status === 'Killed') all.push({ file, ...m });
}

/** mulberry32 */
function rng(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = rng(seed);
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(r() * (i + 1));
  [all[i], all[j]] = [all[j], all[i]];
}
const sample = all.slice(0, Math.min(n, all.length));

const map = loadMap(false);

let killed = 0;
const survivors = [];
for (const m of sample) {
  const dead = runMutant(m.file, m, testsFor(m.file, map, area), area);
  if (dead) killed++;
  else survivors.push({ id: m.id, file: m.file, line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, replacement: m.replacement });
  console.log(`${dead ? 'killed   ' : 'SURVIVED '} #${m.id} ${m.mutatorName} at ${m.file}:${m.location.start.line}:${m.location.start.column} → ${JSON.stringify(m.replacement ?? '').slice(0, 70)}`);
}
const k = sample.length;
const p = killed / k;
const z = 1.959963984540054;
const centre = (p + (z * z) / (2 * k)) / (1 + (z * z) / k);
const half = (z * Math.sqrt((p * (1 - p)) / k + (z * z) / (4 * k * k))) / (1 + (z * z) / k);
const pct = (x) => (100 * x).toFixed(1);
console.log(`\n${area}: ${all.length} mutants, random sample of ${k} (seed ${seed}): ${killed} killed, ${k - killed} surviving → ${pct(p)} % (95 % interval ${pct(centre - half)}–${pct(centre + half)} %)`);
writeFileSync(`reports/mutation/${area}.sample.json`, JSON.stringify({ area, mutants: all.length, sample: k, seed, killed, score: p, interval: [centre - half, centre + half], survivors }, null, 2));
// The sample as a Stryker report (sampled mutants Killed or Survived, the rest Ignored), so that
// `npm run mutate:recheck` can re-run its survivors after tests are added.
const sampled = new Set(sample.map((m) => m.id));
const surviving = new Set(survivors.map((m) => m.id));
for (const entry of Object.values(list.files)) {
  for (const m of entry.mutants) m.status = !sampled.has(m.id) ? 'Ignored' : surviving.has(m.id) ? 'Survived' : 'Killed';
}
writeFileSync(`reports/mutation/${area}.sampled.json`, JSON.stringify({ ...list, sampled: { of: all.length, size: k, seed } }));
