import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// examples/stream-events.ts reads NDJSON as well as CSV: the same events as NDJSON give the same
// figures as the CSV (whose output the examples test checks against the script's Output block).
const root = resolve(__dirname, '../..');

describe('examples/stream-events.ts', () => {
  it('reads the bundled events as NDJSON to the same figures as the CSV', () => {
    const [head, ...lines] = readFileSync(join(root, 'examples/data/events.csv'), 'utf8').trim().split('\n');
    const names = head!.split(',').map((n) => (n === 'customer_id' ? 'customerId' : n));
    const ndjson = lines
      .map((line) => {
        const cells = line.split(',');
        return JSON.stringify(Object.fromEntries(names.map((n, i) => [n, cells[i]]).filter(([, v]) => v !== '')));
      })
      .join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'cm-ndjson-'));
    try {
      const file = join(dir, 'events.ndjson');
      writeFileSync(file, `${ndjson}\n`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'examples/stream-events.ts'), file], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(0);
      // 46, 48, 10, 8: the hand sheet's 2026-Q2 counts; 65 / 524 / 141491.25 from the CSV by awk
      expect(run.stdout).toBe(
        '2026-Q2: S 46, E 48, N 10, C 8, 0 anomalies\n65 customers bought 524 times for 141491.25 in all, as of 2026-06-30T23:59:59.999Z\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
