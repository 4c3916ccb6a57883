// `npm run mutate:all <area>`: every mutant of an area, in one long-lived vitest, resumable.
//
// Stryker lists the area's mutants (reports/mutation/<area>.list.json, as `npm run mutate:sample`
// does). Each mutant is then written into its source file (in parentheses, keeping Stryker's
// grouping, as the recheck does), vitest is told the file changed, and the test files that import
// it run in the same vitest process (`createVitest` from `vitest/node`), stopping at the first
// failure; the file is restored. Starting vitest once instead of once a mutant halves the time of a
// killed mutant. Each verdict is appended to reports/mutation/<area>.verdicts.log as it comes, and a
// run that is stopped (or a session that ends) resumes where it was: verdicts already in the log are
// kept, as long as the sources are those the mutants were listed from.
//
// A mutant whose tests run past MUTATE_TIMEOUT_MS (default 30 s) counts as detected, as Stryker
// counts a timeout: the vitest process is stopped, the file restored, and a new process takes the
// next mutant. The log marks it `timeout` so it can be run again on a quiet machine.
//
// At the end: reports/mutation/<area>.json in Stryker's report format (for `npm run mutate:recheck`)
// and the score. It edits src/ while it runs: use it in a checkout nobody else is using.
import { fork } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listMutants, loadMap, mutatedSource, testsFor } from './mutation-tests.mjs';

const child = process.argv[2] === '--child';

if (child) {
  // The vitest process: takes { file, tests } messages, answers { killed, ms }.
  const { createVitest } = await import('vitest/node');
  const vitest = await createVitest('test', {
    config: 'vitest.mutation.config.ts',
    watch: false,
    bail: 1,
    isolate: false,
    pool: 'threads',
    reporters: [{}],
    coverage: { enabled: false },
  });
  const project = vitest.getRootProject();
  process.on('message', async ({ file, tests }) => {
    // The server's transform of the file, and, through the watcher's list, the worker's copies of
    // it and of every module that imports it (without the latter, an importer kept by the worker
    // from the previous run still holds the previous mutant).
    vitest.invalidateFile(resolve(file));
    vitest.watcher.invalidates.add(resolve(file));
    const t0 = performance.now();
    let killed = true;
    try {
      const r = await vitest.runTestSpecifications(tests.map((t) => project.createSpecification(resolve(t))));
      killed = r.testModules.length === 0 || r.testModules.some((m) => !m.ok()) || r.unhandledErrors.length > 0;
    } catch {
      killed = true; // a mutant that breaks loading or collection fails the run
    }
    if (process.connected) process.send({ killed, ms: Math.round(performance.now() - t0) });
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true });
} else {
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
  let worker;
  let current;
  const restore = () => {
    if (current === undefined) return;
    writeFileSync(current.file, current.original);
    rmSync(inflight, { force: true });
    current = undefined;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      worker?.kill('SIGKILL');
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
  const map = loadMap(false);
  const todo = [];
  for (const [file, entry] of Object.entries(list.files)) {
    const tests = testsFor(file, map, area);
    for (const m of entry.mutants) if (!done.has(m.id)) todo.push({ file, m, tests });
  }
  console.log(`${area}: ${Object.values(list.files).reduce((n, e) => n + e.mutants.length, 0)} mutants, ${todo.length} to run`);

  const start = () =>
    new Promise((ready) => {
      worker = fork(new URL(import.meta.url).pathname, ['--child'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      worker.once('message', () => ready());
    });
  const run = (job) =>
    new Promise((settle) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        worker.kill('SIGKILL');
        settle({ status: 'timeout', ms: limit });
      }, limit);
      worker.once('message', ({ killed, ms }) => {
        clearTimeout(timer);
        settle({ status: killed ? 'killed' : 'survived', ms });
      });
      worker.send(job);
    });

  await start();
  const t0 = performance.now();
  let n = 0;
  for (const { file, m, tests } of todo) {
    const original = readFileSync(file, 'utf8');
    if (original !== list.files[file].source) throw new Error(`${file} changed while the mutants ran`);
    current = { file, original };
    writeFileSync(inflight, JSON.stringify(current));
    writeFileSync(file, mutatedSource(original, m));
    let verdict;
    try {
      verdict = await run({ file, tests });
    } finally {
      restore();
    }
    if (verdict.status === 'timeout') await start();
    appendFileSync(logFile, `${m.id} ${verdict.status} ${verdict.ms}\n`);
    done.set(m.id, verdict.status);
    n++;
    if (verdict.status !== 'killed') console.log(`${verdict.status.padEnd(8)} #${m.id} ${m.mutatorName} at ${file}:${m.location.start.line}:${m.location.start.column} → ${JSON.stringify(m.replacement ?? '').slice(0, 70)}`);
    if (n % 100 === 0) console.log(`… ${n} of ${todo.length} in ${((performance.now() - t0) / 60000).toFixed(1)} min`);
  }
  worker.kill();

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
}
