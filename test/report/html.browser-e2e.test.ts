import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type Dataset } from '../../src/index.js';
import { renderHtml } from '../../src/report/render/index.js';

// The HTML report of the bundled sample, opened in headless Chromium (Debian's `chromium`, driven by
// playwright-core): every chart must draw a non-empty SVG, the page must log no console error and
// make no network request, and a screenshot is saved as test-artifacts/report.png.
const root = resolve(__dirname, '../..');
const out = join(root, 'test-artifacts');
const dataset = JSON.parse(readFileSync(join(root, 'examples/data/dataset.json'), 'utf8')) as Dataset;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('report.html in headless Chromium', () => {
  it('renders every chart of the sample report, without console errors, and saves a screenshot', async () => {
    mkdirSync(out, { recursive: true });
    const file = join(out, 'report.html');
    writeFileSync(file, renderHtml(buildReport(dataset, { quarter: '2026-Q2' }, { previous: 'auto' })));

    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    const charts = await page.$$eval('figure[data-chart]', (figs) =>
      figs.map((f) => {
        const svg = f.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return {
          id: f.getAttribute('data-chart'),
          shapes: svg ? svg.querySelectorAll('rect, path, circle, line').length : 0,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
        };
      }),
    );
    // With the sample's health section, its tier chart must draw too.
    const expected = ['churnReasons', 'cohorts', 'nps', 'rfmSegments', 'trend', ...(dataset.health ? ['healthTiers'] : [])];
    expect(charts.map((c) => c.id).sort()).toEqual(expected.sort());
    for (const c of charts) {
      // At least one shape per bar: the health-tier chart has three tiers.
      expect(c.shapes, `${c.id} draws shapes`).toBeGreaterThanOrEqual(3);
      expect(c.width, `${c.id} width`).toBeGreaterThan(100);
      expect(c.height, `${c.id} height`).toBeGreaterThan(40);
    }
    expect(await page.locator('.nps-interval').count()).toBe(1);
    expect(await page.locator('section').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('h1').textContent()).toContain('Customer management report');

    await page.screenshot({ path: join(out, 'report.png'), fullPage: true });
    expect(statSync(join(out, 'report.png')).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
