// `npm run mutate:all <area>`: every mutant of an area, resumable.
//
// Stryker lists the area's mutants (reports/mutation/<area>.list.json, as `npm run mutate:sample`
// does). Each mutant is then written into its source file (in parentheses, keeping Stryker's
// grouping, as the recheck does), the test files that import it run in a fresh vitest process,
// stopping at the first failure, and the file is restored. Each verdict is appended to
// reports/mutation/<area>.verdicts.log as it comes, and a run that is stopped (or a session that
// ends) resumes where it was: verdicts already in the log are kept, as long as the sources are those
// the mutants were listed from.
//
// One long-lived vitest taking mutant after mutant was tried first (half the time a killed mutant
// costs) and dropped: without isolation, a run cut short by its first failure can leave state behind
// in the shared worker (most likely an after-hook that never ran), and later mutants were "killed" by it (ids 55–59 of
// core survive alone and were killed after ids 0–54 in the same process, even with every source
// module reloaded).
//
// A mutant whose tests run past MUTATE_TIMEOUT_MS (default 30 s) counts as detected, as Stryker
// counts a timeout; the log marks it `timeout` so it can be run again on a quiet machine.
//
// MUTATE_IDS=<from>-<to> runs only the mutants with ids in that range (inclusive), so that one
// area can be split across checkouts (each its own CPU): append the other checkouts'
// verdicts.log lines to this one's and run again, and it writes the report once every mutant has
// a verdict.
//
// At the end: reports/mutation/<area>.json in Stryker's report format (for `npm run mutate:recheck`)
// and the score. It edits src/ while it runs: use it in a checkout nobody else is using.
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { listMutants, loadMap, mutatedSource, testVerdict, testsFor } from './mutation-tests.mjs';

const area = process.argv[2];
if (!area) {
  console.error('usage: node test/run-mutants.mjs <area>');
  process.exit(2);
}
const limit = Number(process.env.MUTATE_TIMEOUT_MS ?? 30_000);
// The file being mutated and its text, kept on disk while a mutant is written in, so that a run
// killed in the middle leaves nothing mutated behind: the next run restores it first.
const inflight = `reports/mutation/${area}.inflight.json`;
if (existsSync(inflight)) {
  const { file, original } = JSON.parse(readFileSync(inflight, 'utf8'));
  writeFileSync(file, original);
  rmSync(inflight);
  console.log(`restored ${file}, left mutated by a run that was stopped`);
}
let current;
const restore = () => {
  if (current === undefined) return;
  writeFileSync(current.file, current.original);
  rmSync(inflight, { force: true });
  current = undefined;
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    restore();
    process.exit(130);
  });
}
const { list, relisted } = listMutants(area);
const logFile = `reports/mutation/${area}.verdicts.log`;
const done = new Map();
if (relisted && existsSync(logFile)) {
  renameSync(logFile, `${logFile}.stale`);
  console.log(`sources changed since the last run: its verdicts moved to ${logFile}.stale`);
}
if (existsSync(logFile)) {
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    const [id, status] = line.split(' ');
    if (id) done.set(id, status);
  }
  console.log(`resuming: ${done.size} verdicts in ${logFile}`);
}
const range = process.env.MUTATE_IDS?.match(/^(\d+)-(\d+)$/);
if (process.env.MUTATE_IDS !== undefined && !range) {
  console.error('MUTATE_IDS must be <from>-<to>, e.g. 2000-4641');
  process.exit(2);
}
const inRange = (id) => !range || (Number(id) >= Number(range[1]) && Number(id) <= Number(range[2]));
const map = loadMap(false);
const todo = [];
for (const [file, entry] of Object.entries(list.files)) {
  const tests = testsFor(file, map, area);
  for (const m of entry.mutants) if (!done.has(m.id) && inRange(m.id)) todo.push({ file, m, tests });
}
console.log(`${area}: ${Object.values(list.files).reduce((n, e) => n + e.mutants.length, 0)} mutants, ${todo.length} to run`);

const t0 = performance.now();
let n = 0;
for (const { file, m, tests } of todo) {
  const original = readFileSync(file, 'utf8');
  if (original !== list.files[file].source) throw new Error(`${file} changed while the mutants ran`);
  current = { file, original };
  writeFileSync(inflight, JSON.stringify(current));
  writeFileSync(file, mutatedSource(original, m));
  const t1 = performance.now();
  let verdict;
  try {
    verdict = testVerdict(tests, area, { limit });
  } finally {
    restore();
  }
  appendFileSync(logFile, `${m.id} ${verdict} ${Math.round(performance.now() - t1)}\n`);
  done.set(m.id, verdict);
  n++;
  if (verdict !== 'killed') console.log(`${verdict.padEnd(8)} #${m.id} ${m.mutatorName} at ${file}:${m.location.start.line}:${m.location.start.column} → ${JSON.stringify(m.replacement ?? '').slice(0, 70)}`);
  if (n % 100 === 0) console.log(`… ${n} of ${todo.length} in ${((performance.now() - t0) / 60000).toFixed(1)} min`);
}

const all = Object.values(list.files).flatMap((entry) => entry.mutants);
const missing = all.filter((m) => !done.has(m.id)).length;
if (missing > 0) {
  console.log(`\n${area}: ${all.length - missing} of ${all.length} mutants have a verdict (${logFile}); the report is written once all have`);
  process.exit(0);
}
const counts = { killed: 0, timeout: 0, survived: 0 };
const status = { killed: 'Killed', timeout: 'Timeout', survived: 'Survived' };
for (const entry of Object.values(list.files)) {
  for (const m of entry.mutants) {
    const s = done.get(m.id);
    counts[s]++;
    m.status = status[s];
  }
}
writeFileSync(`reports/mutation/${area}.json`, JSON.stringify(list));
const total = counts.killed + counts.timeout + counts.survived;
console.log(
  `\n${area}: ${total} mutants, ${counts.killed} killed, ${counts.timeout} timed out, ${counts.survived} surviving → ${((100 * (counts.killed + counts.timeout)) / total).toFixed(1)} % (reports/mutation/${area}.json)`,
);
