import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

// The public surface: every function API.md names is exported from the package root under that
// exact name, and every metric file's function is exported and documented the house way.
const apiFunctions = [
  // period formulas
  'customerRetentionRate', 'customerChurnRate', 'customerGrowthRate', 'churnRate', 'customerAcquisitionCost',
  'customerLifetimeValue', 'averageLifetimeValue', 'salesConversionRate', 'averageResponseTime', 'complaintRate',
  'referralRate', 'npsCategory', 'netPromoterScore', 'customerSatisfactionScore', 'resolutionRate',
  // customer voice and health
  'compareNetPromoterScores', 'customerEffortScore', 'surveyCrossTab', 'churnReasonBreakdown', 'healthScore', 'healthTier',
  // segments
  'valueTier', 'rfmScores', 'lifecycleStage', 'segmentBy',
  // events
  'snapshotFromEvents', 'startCohortRetentionRate', 'repeatPurchaseRate', 'cohortRetention', 'customerSummaries',
  // predictive
  'fitBgNbd', 'fitParetoNbd', 'fitGammaGamma', 'expectedPurchases', 'probabilityAlive', 'expectedAverageSpend', 'predictiveLifetimeValue',
  // report
  'buildReport',
];

const root = resolve(__dirname, '..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
// A metric file is named after the function it exports.
const metricFiles = files(join(root, 'src'))
  .filter((f) => !f.includes('/core/') && !f.endsWith('index.ts'))
  .map((f) => ({ file: f.slice(root.length + 1), name: f.replace(/^.*\//, '').replace(/\.ts$/, ''), source: readFileSync(f, 'utf8') }))
  .filter(({ name, source }) => new RegExp(`export function ${name}\\b`).test(source));

describe('public surface', () => {
  it.each(apiFunctions)('exports %s from the package root', (name) => {
    expect(typeof (lib as Record<string, unknown>)[name]).toBe('function');
  });

  it('finds the metric files', () => {
    expect(metricFiles.length).toBeGreaterThanOrEqual(apiFunctions.length);
  });

  describe.each(metricFiles)('$file', ({ name, source }) => {
    it('is exported from the root, with its input schema', () => {
      expect(typeof (lib as Record<string, unknown>)[name]).toBe('function');
      const schema = `${name[0]!.toUpperCase()}${name.slice(1)}InputSchema`;
      expect(source).toContain(`export const ${schema}`);
      expect((lib as Record<string, unknown>)[schema]).toBeDefined();
    });

    it('documents the function the house way', () => {
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\b`).exec(source)?.[1] ?? '';
      for (const tag of ['@source', '@returns', '@throws', '@example', '@category']) expect(doc, `${name} ${tag}`).toContain(tag);
      expect(doc, `${name} @example shows a result`).toContain('// =>');
    });
  });
});
