// The command Stryker's command runner calls for each mutant (see test/run-mutate.mjs).
// Running a whole area's tests costs 3–5 s a mutant, most of it vitest starting up and loading
// test files that never reach the mutated code. This script finds which source file holds the
// active mutant (the instrumented sandbox names every mutant id in its file) and runs only the
// test files that import that source file (test/mutation-tests.mjs), stopping at the first
// failure. Without an active mutant (Stryker's initial dry run) it runs the area's tests.
import { appendFileSync } from 'node:fs';
import { areaTests, loadMap, testsFor, testVerdict } from './mutation-tests.mjs';

const area = process.env.MUTATE_AREA ?? '';
const active = process.env.__STRYKER_ACTIVE_MUTANT__;

let targets = areaTests(area);
// MUTANT_FILE=src/x.ts node test/mutant-command.mjs prints the tests a mutant of that file gets.
const probe = process.env.MUTANT_FILE;
if (active !== undefined || probe !== undefined) {
  const map = loadMap();
  const file = probe ?? map.mutantFile[active];
  const related = file === undefined ? [] : testsFor(file, map, area);
  if (related.length > 0) targets = related;
}
if (probe !== undefined) {
  console.log(targets.join('\n'));
  process.exit(0);
}
// An endless loop is a detected mutant, as Stryker counts it; stopping it here, after a run far
// longer than any passing one (the slowest core mutant's tests take ~10 s under load), frees the
// worker sooner than Stryker's own timeout (the dry run, with no mutant, has no limit). The live
// log names these runs for a re-run.
const limit = Number(process.env.MUTATE_TIMEOUT_MS ?? 30_000);
const verdict = testVerdict(targets, area, { stdio: 'inherit', limit: active === undefined ? undefined : limit });
// A line per mutant as it is tested (npm run mutate sets the file), so survivors can be worked on
// before a run of an hour or more ends.
if (active !== undefined && process.env.MUTATE_VERDICTS) appendFileSync(process.env.MUTATE_VERDICTS, `${active} ${verdict}\n`);
process.exit(verdict === 'survived' ? 0 : 1);
