import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, type Dataset, type Report } from '../../src/index.js';
import { FUNCTION_REASONS_ZH, METRIC_LABELS, REPORT_REASONS, reasonIn, reportReason } from '../../src/report/labels.js';

// Every reason a report can give for a metric it does not compute must read in Chinese under
// locale 'zh-CN'. The table had drifted: reasons the report produced (start-cohort retention's,
// repeat purchase's "(P = 0)", the count ratios' "no customers", "no churn …, so the expected
// lifespan …" and the reworded N > E one) fell back to English.

const src = resolve(__dirname, '../../src');
const CJK = /[\u4e00-\u9fff]/;
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The source file of a function, found by its name (one metric per file, file name = function name). */
function sourceOf(name: string): string {
  for (const area of readdirSync(src, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    const file = join(src, area.name, `${name}.ts`);
    if (readdirSync(join(src, area.name)).includes(`${name}.ts`)) return readFileSync(file, 'utf8');
  }
  throw new Error(`no source file for ${name}`);
}

/** The reason literals of a source file: every quoted string on a line that assigns a `reason`. */
function reasonLiterals(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /\breason\s*[:=]\s*[^=]/.test(line))
    .flatMap((line) => [...line.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!));
}

describe('the reasons the report gives itself', () => {
  it.each(Object.entries(REPORT_REASONS))('%s has a Chinese text that is not the English, with the same placeholders', (_, r) => {
    expect(r.zh).not.toBe(r.en);
    expect(r.zh).toMatch(CJK);
    expect(placeholders(r.zh)).toEqual(placeholders(r.en));
  });

  it('each, filled in, is translated by reasonIn with its numbers carried over', () => {
    for (const [key, r] of Object.entries(REPORT_REASONS)) {
      const params = Object.fromEntries(placeholders(r.en).map((name, i) => [name!, 10 + i]));
      const en = reportReason(key as keyof typeof REPORT_REASONS, params);
      const zh = r.zh.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
      expect(en).not.toMatch(/[{}]/);
      expect(reasonIn(en, 'zh-CN')).toBe(zh);
      expect(reasonIn(en, 'en')).toBe(en);
    }
  });

  it('the N > E reason, worked: N = 3, E = 1', () => {
    const en = reportReason('newCustomersLost', { N: 3, E: 1 });
    expect(en).toBe("new customers were lost inside the period, so N (3) exceeds E (1) and CRR's assumption fails; see start-cohort retention");
    expect(reasonIn(en, 'zh-CN')).toBe('本期有新客户在期内流失，N（3）大于 E（1），CRR 假设新客户全部留存，不适用；请看期初客户留存率');
  });

  it('buildReport gives no reason of its own outside the table (it passes keys)', () => {
    const source = readFileSync(join(src, 'report/buildReport.ts'), 'utf8');
    expect(source).toMatch(/function notComputed\(reason: ReportReason/);
    expect(source).not.toMatch(/notComputed\(\s*['"`]\s*[a-z]+ [a-z]/);
  });
});

describe('the reasons of the metric functions the report calls', () => {
  // Enumerated from the code: the reason literals in the source file of every function the report
  // shows (METRIC_LABELS is keyed by function name), and the default of a result.
  const reasons = new Set<string>([...reasonLiterals(readFileSync(join(src, 'core/result.ts'), 'utf8'))]);
  for (const id of Object.keys(METRIC_LABELS)) for (const r of reasonLiterals(sourceOf(id))) reasons.add(r);

  it('finds the reasons (a check on the enumeration itself)', () => {
    // Three reasons written out from their source files: customerRetentionRate.ts, repeatPurchaseRate.ts, compareNetPromoterScores.ts.
    expect(reasons).toContain('no customers at period start (S = 0)');
    expect(reasons).toContain('no purchases in the period (P = 0)');
    expect(reasons).toContain('survey B has no answers');
    expect(reasons).toContain('undefined for these inputs');
    expect(reasons.size).toBeGreaterThanOrEqual(17);
  });

  it('each has a Chinese text that is not the English', () => {
    const missing = [...reasons].filter((r) => !Object.hasOwn(FUNCTION_REASONS_ZH, r));
    expect(missing).toEqual([]);
    for (const r of reasons) {
      expect(reasonIn(r, 'zh-CN')).not.toBe(r);
      expect(reasonIn(r, 'zh-CN')).toMatch(CJK);
    }
  });

  it('an unknown reason stays as it is', () => {
    expect(reasonIn('something new', 'zh-CN')).toBe('something new');
    expect(reasonIn('constructor', 'zh-CN')).toBe('constructor');
  });
});

describe('a zh-CN report shows every reason in Chinese', () => {
  const at = (d: string) => `${d}T12:00:00Z`;
  // February 2026: 'a' joins on the 5th and leaves on the 10th (S 0, N 1, C 1, E 0, so N > E);
  // three NPS promoters and two unanswered complaints come from people who are not customers.
  // March: nobody is active (S + N = 0) and one request is opened. April: 'b' (since January)
  // buys and nobody leaves (S 1, C 0).
  const dataset: Dataset = {
    events: [
      { customerId: 'b', type: 'acquired', at: at('2026-01-02') },
      { customerId: 'a', type: 'acquired', at: at('2026-02-05') },
      { customerId: 'a', type: 'churned', at: at('2026-02-10') },
      { customerId: 'b', type: 'churned', at: at('2026-02-20') },
      { customerId: 'b', type: 'reactivated', at: at('2026-03-31') },
      { customerId: 'b', type: 'purchase', at: at('2026-04-03'), amount: '10' },
    ],
    surveys: [
      { customerId: 'x', kind: 'nps', score: 10, at: at('2026-02-11') },
      { customerId: 'y', kind: 'nps', score: 9, at: at('2026-02-12') },
      { customerId: 'w', kind: 'nps', score: 10, at: at('2026-02-13') },
    ],
    serviceRequests: [
      { customerId: 'x', openedAt: at('2026-02-11'), complaint: true },
      { customerId: 'y', openedAt: at('2026-02-12'), complaint: true },
      { customerId: 'z', openedAt: at('2026-03-02') },
    ],
  };
  const reasonsOf = (r: Report) =>
    r.sections.flatMap((s) => s.metrics).flatMap((m) => [m.reason, m.previous?.reason].filter((x): x is string => x !== undefined));
  const months = ['2026-02', '2026-03', '2026-04'];
  const en = months.map((month) => buildReport(dataset, { month }, { asOf: at('2026-04-30') }));
  const zh = months.map((month) => buildReport(dataset, { month }, { asOf: at('2026-04-30'), locale: 'zh-CN' }));

  it('the reasons that used to fall back to English, each worked from the data', () => {
    const feb = Object.fromEntries(en[0]!.notComputed.map((n) => [n.id, n.reason]));
    const febZh = Object.fromEntries(zh[0]!.notComputed.map((n) => [n.id, n.reason]));
    // N 1 > E 0.
    expect(feb['customerRetentionRate']).toBe("new customers were lost inside the period, so N (1) exceeds E (0) and CRR's assumption fails; see start-cohort retention");
    expect(febZh['customerRetentionRate']).toBe('本期有新客户在期内流失，N（1）大于 E（0），CRR 假设新客户全部留存，不适用；请看期初客户留存率');
    // S = 1 ('b' since January), so start-cohort retention is computed in February; S + N = 1 + 1 = 2.
    // Three promoters (x, y, w) are more than those 2 customers.
    expect(febZh['referralRate']).toBe('愿意推荐的客户（3）多于本期活跃客户（S + N = 2）');
    expect(feb['averageResponseTime']).toBe('no request has a first response yet');
    expect(febZh['averageResponseTime']).toBe('尚无任何服务请求得到首次响应');
    expect(febZh['repeatPurchaseRate']).toBe('本期没有购买客户（P = 0）');
    // March: 'a' gone, 'b' churned on 20 Feb and back on 31 Mar: S 0, N 1 ('b' reactivated).
    const mar = Object.fromEntries(zh[1]!.notComputed.map((n) => [n.id, n.reason]));
    expect(mar['startCohortRetentionRate']).toBe('期初没有活跃客户（S = 0）');
    // April: S 1 ('b'), C 0, one purchase: CLV's lifespan 1 / churn rate is unbounded.
    const apr = Object.fromEntries(zh[2]!.notComputed.map((n) => [n.id, n.reason]));
    expect(apr['customerLifetimeValue']).toBe('本期没有客户流失，预期生命周期（1 / 流失率）无上限');
  });

  it('no reason in any of these reports is English', () => {
    const all = zh.flatMap(reasonsOf);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((r) => !CJK.test(r))).toEqual([]);
    // And each is the translation of the English report's reason at the same place.
    expect(all).toEqual(en.flatMap(reasonsOf).map((r) => reasonIn(r, 'zh-CN')));
  });
});
