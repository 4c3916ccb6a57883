import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, type Dataset } from '../../src/index.js';
import { renderHtml, renderMarkdown, renderText } from '../../src/report/render/index.js';

// The renderers on real reports built from the bundled sample, in both languages, and on an empty one.
const root = resolve(__dirname, '../..');
const sample = JSON.parse(readFileSync(join(root, 'examples/data/dataset.json'), 'utf8')) as Dataset;
const en = buildReport(sample, { quarter: '2026-Q2' });
const zh = buildReport(sample, { quarter: '2026-Q2' }, { locale: 'zh-CN' });
const empty = buildReport({}, { month: '2026-01' }, { previous: false });

describe('renderers on the sample report', () => {
  it('text: every section, every computed metric with its calculation', () => {
    const t = renderText(en);
    for (const s of en.sections) expect(t).toContain(`${s.number}. ${s.title} (${s.heading})`);
    for (const m of en.sections.flatMap((s) => s.metrics)) {
      expect(t).toContain(m.label);
      if (m.calculation) expect(t).toContain(m.calculation);
    }
    expect(t).toContain('Customer counts');
    expect(t).toContain('Retention and churn by period');
    expect(t).toContain('Cohort retention');
    expect(t).toMatch(/Customer acquisition cost \(CAC\)\s+3,500\.00\s+3,000\.00\s+▲ \+500\.00/);
  });

  it('text and Markdown in Chinese', () => {
    const t = renderText(zh);
    expect(t.split('\n')[0]).toBe('客户管理汇报 — Lumen Analytics (a made-up B2B software company)');
    expect(t).toContain('报告期：2026年第二季度 · 上期：2026年第一季度');
    expect(t).toContain('一、客户细分分析');
    expect(t).toContain('客户保留率（CRR）');
    expect(t).toContain('数据口径：由 snapshotFromEvents 读取2026年第二季度');
    const md = renderMarkdown(zh);
    expect(md).toContain('## 十、客户服务绩效评估');
    expect(md).toContain('| 指标 | 本期 | 上期 | 变化 |');
    expect(md).toContain('| 客户获取成本（CAC） | 3,500.00 | 3,000.00 | ▲ +500.00 |');
  });

  it('Markdown tables for the trend and the cohorts', () => {
    const md = renderMarkdown(en);
    expect(md).toContain('**Retention and churn by period**');
    expect(md).toContain('| 2026-Q2 | 82.6% | 87.0% | 17.4% |');
    expect(md).toMatch(/\| Cohort \| Size \| \+0 \| \+1 \|/);
  });

  it('HTML in both languages', () => {
    const h = renderHtml(zh);
    expect(h).toContain('<html lang="zh-CN">');
    expect(h).toContain('<h2 title="客户流失率分析">三、客户流失率分析</h2>');
    expect(h).toContain('客户群留存热力图');
    expect(renderHtml(en)).toContain('<figure data-chart="cohorts">');
  });
});

describe('renderers on a report with nothing computed', () => {
  it('say so, section by section and in the list', () => {
    const t = renderText(empty);
    expect(t).toContain('Period: 2026-01 · Data as of: 2026-01-31T23:59:59.999Z');
    expect(t).not.toContain('Previous period');
    expect(t).toContain('Not computed: no events in the data set');
    expect(t).toContain('Metrics not computed from this data');
    expect(t).toMatch(/1\. Customer segmentation \(客户细分分析\)\n-+\n {2}Nothing in this data set for this section\./);
    expect(renderMarkdown(empty)).toContain('_Nothing in this data set for this section._');
    const h = renderHtml(empty);
    expect(h).toContain('<p class="empty">Nothing in this data set for this section.</p>');
    expect(h).not.toContain('<figure');
    expect(h).toContain('<div class="value"><span class="nc">Not computed</span></div>');
  });
});
