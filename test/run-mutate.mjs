// `npm run mutate [area …]`: mutation testing with Stryker over src/, one area at a time.
// Stryker's vitest runner does not activate mutants under vitest 5 (every mutant "survives"), so
// each area runs with Stryker's command runner: for each mutant, test/mutant-command.mjs runs the
// test files that import the mutated source file (the area's own first), stopping at the first
// failure. Scores land in reports/mutation/<area>.json and a summary table is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const areas = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync('src').filter((d) => d !== 'index.ts');
mkdirSync('reports/mutation', { recursive: true });
const rows = [];
for (const area of areas) {
  if (!existsSync(`src/${area}`)) continue;
  const config = {
    testRunner: 'command',
    commandRunner: { command: 'node test/mutant-command.mjs' },
    mutate: [`src/${area}/**/*.ts`],
    coverageAnalysis: 'off',
    concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
    timeoutMS: 60000,
    reporters: ['clear-text', 'json', 'progress-append-only'],
    jsonReporter: { fileName: `reports/mutation/${area}.json` },
    clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
  };
  writeFileSync(`reports/mutation/${area}.config.json`, JSON.stringify(config, null, 2));
  console.log(`\n# mutate ${area} (each mutant's verdict as it comes: reports/mutation/${area}.live.log)`);
  rmSync(`reports/mutation/${area}.live.log`, { force: true });
  spawnSync('npx', ['stryker', 'run', `reports/mutation/${area}.config.json`], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_AREA: area, MUTATE_VERDICTS: resolve(`reports/mutation/${area}.live.log`) },
  });
  const report = JSON.parse(readFileSync(`reports/mutation/${area}.json`, 'utf8'));
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  for (const file of Object.values(report.files)) for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  rows.push({ area, ...counts, score: valid === 0 ? 'n/a' : ((100 * detected) / valid).toFixed(1) });
}
console.log('\narea         killed  timeout  survived  no-cov  score');
for (const r of rows) {
  console.log(`${r.area.padEnd(12)} ${String(r.Killed).padStart(6)} ${String(r.Timeout).padStart(8)} ${String(r.Survived).padStart(9)} ${String(r.NoCoverage).padStart(7)}  ${r.score}%`);
}
writeFileSync('reports/mutation/summary.json', JSON.stringify(rows, null, 2));
