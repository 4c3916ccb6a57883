import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every example script is run as a user would run it, against the built package (it imports
// 'customer-metrics' by name, which resolves to ./dist through the package's own "exports"), and
// what it prints must equal the `/* Output: ... */` block at its end.
const root = resolve(__dirname, '../..');
const dir = join(root, 'examples');
// demo.mjs prints a long report; demo.test.ts checks its figures one by one.
const scripts = readdirSync(dir).filter((f) => /\.(mjs|cjs|ts)$/.test(f) && !f.endsWith('.d.ts') && f !== 'demo.mjs');

function shownOutput(source: string): string | undefined {
  const m = /\/\* Output:\n([\s\S]*?)\*\/\s*$/.exec(source);
  return m?.[1];
}

describe('examples', () => {
  it.each(scripts)('%s prints what it shows', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const expected = shownOutput(source);
    expect(expected, `${file} has no /* Output: */ block`).toBeDefined();
    const args = file.endsWith('.ts') ? ['--import', 'tsx', join(dir, file)] : [join(dir, file)];
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr.replace(/.*ExperimentalWarning.*\n|.*--trace-warnings.*\n/g, ''), `${file} stderr`).toBe('');
    expect(run.status, `${file} exit code`).toBe(0);
    expect(run.stdout).toBe(expected);
  });
});
