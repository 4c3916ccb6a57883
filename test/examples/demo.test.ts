import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// `npm run demo` on the bundled sample (examples/data/quarters.json), checked figure by figure
// against arithmetic done by hand from the sheet's counts.
const root = resolve(__dirname, '../..');
let out = '';

beforeAll(() => {
  const run = spawnSync(process.execPath, ['examples/demo.mjs'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  out = run.stdout;
});

describe('npm run demo', () => {
  it('prints both quarters', () => {
    expect(out).toContain('== 2026-Q1: S 40, E 46, N 12, C 6');
    expect(out).toContain('== 2026-Q2: S 46, E 48, N 10, C 8');
  });

  it('retention and churn, by hand from the counts', () => {
    // Q1: (46 − 12) / 40 = 34 / 40 = 0.85; (40 − 46 + 12) / 40 = 6 / 40 = 0.15
    expect(out).toMatch(/customer retention rate \(CRR\) +85\.0% +CRR = \(E − N\) \/ S = \(46 − 12\) \/ 40 = 0\.85\n/);
    expect(out).toMatch(/customer churn rate \(CCR\) +15\.0% +CCR = \(S − E \+ N\) \/ S = \(40 − 46 \+ 12\) \/ 40 = 0\.15\n/);
    // Q2: (48 − 10) / 46 = 38 / 46 = 0.8260… → 82.6 %; churn on the average base 8 / 47 = 0.1702… → 17.0 %
    expect(out).toMatch(/customer retention rate \(CRR\) +82\.6% +CRR = \(E − N\) \/ S = \(48 − 10\) \/ 46 = 0\.826086956/);
    expect(out).toMatch(/churn rate, average base +17\.0% +churn rate = C \/ \(\(S \+ E\) \/ 2\) = 8 \/ \(\(46 \+ 48\) \/ 2\)/);
    // growth Q2: (48 − 46) / 46 = 0.0434… → 4.3 %
    expect(out).toMatch(/customer growth rate +4\.3%/);
  });

  it('acquisition cost and conversion', () => {
    // Q1: (18000 + 12000 + 6000) / 12 = 36000 / 12 = 3000; Q2: 35000 / 10 = 3500
    expect(out).toContain('CAC = total acquisition cost / N = (18000 + 12000 + 6000) / 12 = 3000');
    expect(out).toContain('CAC = total acquisition cost / N = (15000 + 12500 + 7500) / 10 = 3500');
    // 18000 / 36000 = 50.0 %; 12 / 60 = 0.2
    expect(out).toMatch(/marketing +18000\.00 +50\.0% of the total/);
    expect(out).toContain('conversion rate = converted / leads = 12 / 60 = 0.2');
  });

  it('lifetime values', () => {
    // 250 × 8 × 3 = 6000; net of CAC 6000 − 3000 = 3000; 2000 × 3 − (3000 + 600) = 2400; mean 11400 / 3 = 3800
    expect(out).toContain('CLV = AOV × f × L = 250 × 8 per year × 3 years = 6000');
    expect(out).toContain('CLV = AOV × f × L − CAC = 250 × 8 per year × 3 years − 3000 = 3000');
    expect(out).toContain('CLV = R × Y − (CAC + SC) = 2000 per year × 3 years − (3000 + 600) = 2400');
    expect(out).toMatch(/average of the three +3800\.00/);
  });

  it('surveys: NPS with its interval, CSAT, referral, and the change between quarters', () => {
    // Q1: 12 promoters, 8 detractors of 30: 100 × 4 / 30 = 13.33…; Q2: 100 × (16 − 6) / 32 = 31.25
    expect(out).toContain('NPS = 100 × (P − D) / n = 100 × (12 − 8) / 30 = 13.3333');
    expect(out).toContain('NPS = 100 × (P − D) / n = 100 × (16 − 6) / 32 = 31.25');
    // Q1: p = 0.4, d = 0.2667; variance = 0.4 + 0.2667 − 0.1333² = 0.64889; SE = 100·√(0.64889 / 30) = 14.707;
    // margin = 1.96 × 14.707 = 28.83 → 13.33 ± 28.83 = −15.5 … 42.2
    expect(out).toContain('12 promoters, 10 passives, 8 detractors of 30; 95% interval -15.5 to 42.2');
    // CSAT Q1: 15 of 20 answers are 4 or 5 → 0.75; mean 78 / 20 = 3.9
    expect(out).toContain('CSAT = satisfied / n = 15 / 20 = 0.75');
    expect(out).toContain('mean score 3.9 on 1–5');
    // SE_Q2 = 100·√((0.5 + 0.1875 − 0.3125²) / 32) = 13.63; z = 17.92 / √(14.707² + 13.63²) = 17.92 / 20.05 = 0.89…0.90
    expect(out).toMatch(/z = 0\.(89|90), p = 0\.3\d\d: not a significant change at 95%/);
  });

  it('service: response time, complaints, resolution', () => {
    // 135 h / 50 = 2.7 h; 6 complaints / 52 customers served (S + N = 40 + 12) = 0.1153… → 11.5 %; 44 / 50 = 0.88
    expect(out).toContain('ART = total response time / requests = 135 / 50 = 2.7 (hour)');
    expect(out).toMatch(/complaint rate +11\.5% +complaint rate = complaints \/ customers = 6 \/ 52/);
    expect(out).toContain('resolution rate = resolved / requests = 44 / 50 = 0.88');
  });

  it('derives the same quarters from the event log, with start-cohort retention beside CRR', () => {
    // dataset.json was built to agree with the sheet: Q1 S 40, E 46, N 12 (1 reactivated), C 6
    expect(out).toContain('2026-Q1: S 40, E 46, N 12 (1 reactivated), C 6 (as on the sheet)');
    expect(out).toContain('2026-Q2: S 46, E 48, N 10 (0 reactivated), C 8 (as on the sheet)');
    // Q2: 6 of the 46 at the start left (C = 8 includes 2 new customers also lost): K = 40; 40 / 46 = 0.8695… → 87.0 %
    expect(out).toContain('start-cohort retention 87.0% (SCRR = K / S = 40 / 46 = 0.869565217391304347826');
    expect(out).toMatch(/RFM segments of the 65 customers who bought/);
  });

  it('builds the report and writes report.html', () => {
    expect(out).toContain('Customer management report — Lumen Analytics');
    expect(out).toContain('Period: 2026-Q2 · Previous period: 2026-Q1');
    expect(out).toContain('report.html written');
  });

  it('predictive CLV: reproduces the published CDNOW estimates and predicts customers', () => {
    // Fader, Hardie & Lee (2005), table of estimates: r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4
    expect(out).toContain('BG/NBD r 0.243, α 4.414, a 0.793, b 2.426, log-likelihood -9582.4');
    // Fader & Hardie, Gamma-Gamma note: p 6.25, q 3.74, γ 15.44
    expect(out).toContain('Gamma-Gamma p 6.25, q 3.74, v 15.44');
    // Customer 0001 bought 29.33 + 29.73 + 14.96 = 74.02 by 1997-09-30 and 26.48 afterwards (CDNOW_sample.txt)
    expect(out).toMatch(/0001 +3 +74\.02 +0\.\d{3} +\d+\.\d\d +26\.48/);
    // The sample company's data have no interior optimum, and the fit says so rather than inventing one
    expect(out).toContain('BG/NBD converged: false (the likelihood has no interior maximum');
  });
});
