// `npm run mutate:recheck <area> [mutant id …]`: run the survivors of an area's last Stryker
// report (reports/mutation/<area>.json) again, against the tests as they are now. Each survivor
// is written into its source file by hand (the report gives its location and replacement), the
// tests that import that file run, and the file is restored. Far quicker than a new Stryker run
// when only a few dozen mutants are in question; the result lands in
// reports/mutation/<area>.recheck.json with the area's score counting the re-run.
// It edits src/ while it runs: use it in a checkout nobody else is using.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadMap, runMutant, testsFor } from './mutation-tests.mjs';

const args = process.argv.slice(2);
// --skip-changed: leave out the files changed since the Stryker run (listed), recheck the rest.
const skipChanged = args.includes('--skip-changed');
const [area, ...only] = args.filter((a) => a !== '--skip-changed');
if (!area) {
  console.error('usage: node test/recheck-mutants.mjs <area> [mutant id …]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(`reports/mutation/${area}.json`, 'utf8'));
const map = loadMap(false);

const counts = { total: 0, detectedBefore: 0, rechecked: 0, killedNow: 0, stillSurviving: 0 };
const results = [];
for (const [file, entry] of Object.entries(report.files)) {
  const original = readFileSync(file, 'utf8');
  if (original !== entry.source) {
    if (skipChanged) {
      console.log(`skipped: ${file} changed since the Stryker run (its ${entry.mutants.length} mutants are not counted)`);
      continue;
    }
    console.error(`${file} changed since the Stryker run: run \`npm run mutate ${area}\` again, or pass --skip-changed`);
    process.exit(2);
  }
  const tests = testsFor(file, map, area);
  for (const m of entry.mutants) {
    // Stryker's score counts detected, surviving and uncovered mutants (not compile errors).
    if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status)) counts.total++;
    if (m.status === 'Killed' || m.status === 'Timeout') {
      counts.detectedBefore++;
      continue;
    }
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    if (only.length > 0 && !only.includes(String(m.id))) continue;
    counts.rechecked++;
    const killed = runMutant(file, m, tests, area);
    if (killed) counts.killedNow++;
    else counts.stillSurviving++;
    const at = `${file}:${m.location.start.line}:${m.location.start.column}`;
    results.push({ id: m.id, file, line: m.location.start.line, mutator: m.mutatorName, replacement: m.replacement, killed });
    console.log(`${killed ? 'killed   ' : 'SURVIVED '} #${m.id} ${m.mutatorName} at ${at} → ${JSON.stringify(m.replacement ?? '').slice(0, 70)}`);
  }
}
const score = ((100 * (counts.detectedBefore + counts.killedNow)) / counts.total).toFixed(1);
console.log(`\n${area}: ${counts.total} mutants, ${counts.detectedBefore} detected by Stryker, ${counts.rechecked} re-run: ${counts.killedNow} killed now, ${counts.stillSurviving} still surviving → ${score} %`);
writeFileSync(`reports/mutation/${area}.recheck.json`, JSON.stringify({ area, ...counts, score: Number(score), results }, null, 2));
