import './test/node20-polyfills.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
// A test needs Node when it, or a helper it imports from test/ (followed transitively), imports a
// `node:` module.
function needsNode(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  if (/from ['"]node:/.test(source)) return true;
  return [...source.matchAll(/from ['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m) => join(dirname(file), m[1]!).replace(/\.js$/, '.ts'))
    .filter((dep) => dep.startsWith('test/') && existsSync(dep))
    .some((dep) => needsNode(dep, seen));
}
const nodeOnly = testFiles('test').filter((f) => needsNode(f));

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
