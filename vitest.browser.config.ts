import './test/node20-polyfills.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// The whole unit suite again, in headless Chromium, proving the library needs no Node API.
// Test files that themselves read fixtures from disk or spawn processes (they import a `node:`
// module) can only run in Node and are left out here; everything else runs in both.
function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? testFiles(p) : p.endsWith('.test.ts') ? [p] : [];
  });
}
const nodeOnly = testFiles('test').filter((f) => /from ['"]node:/.test(readFileSync(f, 'utf8')));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/doctest/**', 'node_modules/**', ...nodeOnly],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
