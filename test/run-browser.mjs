// Runs the unit suite in headless Chromium (vitest browser mode, playwright provider driving the
// system's Chromium: Debian's `chromium` package). CI installs Chromium first (.ci/run), so there a
// missing browser is an error; on a developer machine without it, this says so loudly and stops.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const msg = `test:browser: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) {
    console.error(msg);
    process.exit(1);
  }
  console.warn(`\n!!! ${msg}; the browser run was NOT performed.\n`);
  process.exit(0);
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
