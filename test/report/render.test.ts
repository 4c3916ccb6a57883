import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/index.js';
import { renderHtml, renderMarkdown, renderText } from '../../src/report/render/index.js';
import { displayWidth } from '../../src/report/render/text.js';
import { esc, heatColor } from '../../src/report/render/svg.js';
import type { Report } from '../../src/report/types.js';
import { handReport } from './fixture.js';

const zh: Report = {
  ...handReport,
  locale: 'zh-CN',
  title: '客户管理汇报',
  sections: handReport.sections.map((s) => ({ ...s, title: s.heading })),
};

describe('renderText', () => {
  const text = renderText(handReport);

  it('starts with the title, the period and the key indicators', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('Customer management report — Pipe | Co <b>');
    expect(lines[1]).toBe('='.repeat(lines[0]!.length));
    expect(lines[2]).toBe('Period: 2026-Q2 · Previous period: 2026-Q1 · Data as of: 2026-06-30T23:59:59.000Z');
    expect(text).toContain('Key indicators');
  });

  it('has the ten sections of seed 002 in order, with their Chinese headings', () => {
    const at = handReport.sections.map((s) => text.indexOf(`${s.number}. ${s.title} (${s.heading})`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('shows value, previous, change and the worked calculation of each metric', () => {
    expect(text).toMatch(/Customer retention rate \(CRR\)\s+82\.6%\s+85\.0%\s+▼ −2\.4 pp/);
    expect(text).toContain('CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130');
    expect(text).toContain('Start-cohort retention differs');
    expect(text).toContain('95% interval [5.0, 57.5]');
  });

  it('lists what was not computed, with the reason', () => {
    expect(text).toContain('Not computed: no cost lines in the period');
    expect(text).toMatch(/Metrics not computed from this data\n-+\n {2}Customer acquisition cost \(CAC\): no cost lines in the period/);
  });

  it('renders the trend and cohort data as tables, blank where a cohort is not yet observed', () => {
    expect(text).toMatch(/2026-Q2\s+82\.6%\s+87\.0%\s+17\.4%/);
    expect(text).toMatch(/2026-Q2\s+2\s+100\.0%\n/);
    expect(text).toContain('Nothing in this data set for this section.');
  });

  it('aligns Chinese text by display width and uses 一、 numbering', () => {
    const t = renderText(zh);
    expect(t).toContain('一、客户细分分析');
    expect(t).toContain('十、客户服务绩效评估');
    expect(t).toContain('报告期：2026-Q2');
    expect(displayWidth('客户')).toBe(4);
    expect(displayWidth('ab')).toBe(2);
  });

  it('ends with a single newline and prints no anomaly line when there are none', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain('anomalies');
    expect(renderText({ ...handReport, anomalies: 2 })).toContain('(2 event anomalies ignored)');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(handReport);

  it('has a heading per section and a metrics table', () => {
    // The subject comes from the data: its pipe and HTML are escaped.
    expect(md.startsWith('# Customer management report — Pipe \\| Co \\<b\\>\n')).toBe(true);
    for (const s of handReport.sections) expect(md).toContain(`## ${s.number}. ${s.title} (${s.heading})`);
    expect(md).toContain('| Metric | Value | Previous | Change |');
    expect(md).toContain('| Customer retention rate (CRR) | 82.6% | 85.0% | ▼ −2.4 pp |');
    expect(md).toContain('- **Customer retention rate (CRR)**: `CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130`');
  });

  it('escapes pipes in cells and lists not-computed metrics', () => {
    const r: Report = { ...handReport, notComputed: [{ id: 'x', label: 'a|b', reason: 'line\nbreak' }] };
    expect(renderMarkdown(r)).toContain('| a\\|b | line break |');
    // Markup in a cell reads as itself, as in the heading.
    const marked: Report = { ...handReport, notComputed: [{ id: 'x', label: '*x* <b>', reason: '[r](s) _t_' }] };
    expect(renderMarkdown(marked)).toContain('| \\*x\\* \\<b\\> | \\[r\\](s) \\_t\\_ |');
    expect(md).toContain('## Metrics not computed from this data');
    expect(md).toContain('**RFM segments**');
    expect(md).toContain('| Champions | 3 |');
    expect(renderMarkdown({ ...handReport, anomalies: 1 })).toContain('_1 event anomalies ignored_');
  });

  it('escapes Markdown in the report heading (the subject is the data set’s name)', () => {
    // Each of \ ` * _ [ ] < > # | ~ & gets a backslash; a line break becomes a space.
    const subject = '*Acme* _Co_ [x](y) `z` <i>A&B</i> #1 ~~s~~ a\\b\nnext';
    expect(renderMarkdown({ ...handReport, subject }).split('\n')[0]).toBe(
      '# Customer management report — \\*Acme\\* \\_Co\\_ \\[x\\](y) \\`z\\` \\<i\\>A\\&B\\</i\\> \\#1 \\~\\~s\\~\\~ a\\\\b next',
    );
    // Without a subject the library's own title is unchanged.
    const { subject: _omit, ...bare } = handReport;
    expect(renderMarkdown(bare).split('\n')[0]).toBe('# Customer management report');
  });

  it('renders zh-CN headings', () => {
    expect(renderMarkdown(zh)).toContain('## 三、客户流失率分析');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(handReport);

  it('is a self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('<html lang="en">');
    expect(renderHtml(zh)).toContain('<html lang="zh-CN">');
  });

  it('titles sections in the locale, the seed’s heading in the title attribute', () => {
    expect(html).toContain('<h2 title="客户细分分析">1. Customer segmentation</h2>');
    expect(renderHtml(zh)).toContain('<h2 title="客户细分分析">一、客户细分分析</h2>');
  });

  it('leaves out a table that repeats a chart, keeps the others', () => {
    const r: Report = { ...handReport, sections: handReport.sections.map((s) => (s.id === 'segmentation' ? { ...s, tables: [{ ...s.tables[0]!, id: 'rfmSegments' }, s.tables[0]!] } : s)) };
    expect(renderHtml(r).match(/data-table=/g)).toHaveLength(1);
  });

  it('escapes text from the data', () => {
    expect(html).toContain('Pipe | Co &lt;b&gt;');
    expect(html).not.toContain('Co <b>');
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('draws every chart as inline SVG in its section', () => {
    for (const id of ['trend', 'cohorts', 'nps', 'healthTiers', 'churnReasons', 'rfmSegments']) {
      expect(html).toMatch(new RegExp(`<figure data-chart="${id}"><figcaption>[^<]+</figcaption><svg `));
    }
    const churn = html.slice(html.indexOf('<section id="churn">'), html.indexOf('<section id="lifecycle">'));
    expect(churn).toContain('data-chart="trend"');
    expect(churn).toContain('data-chart="churnReasons"');
    expect(html).toContain('class="nps-interval"');
    expect(html).toContain('class="nps-score"');
    expect(html).toContain('NPS 31.2, 95% confidence interval [5.0, 57.5]');
  });

  it('shows metrics with their calculations, and not-computed ones with the reason', () => {
    expect(html).toContain('<tr data-metric="customerRetentionRate">');
    expect(html).toContain('<p class="calc">CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130</p>');
    expect(html).toContain('<span class="nc">Not computed</span>');
    expect(html).toContain('<section id="not-computed">');
    expect(html).toContain('<div class="kpi" data-metric="customerGrowthRate">');
    expect(html).toContain('<span class="bad">▼ −10.7 pp</span>');
    const churnDown = { ...handReport.sections[2]!.metrics[1]!, change: { difference: '-0.01', display: '−1.0 pp', direction: 'down' as const, favourable: true } };
    const flat = { ...churnDown, id: 'flat', change: { difference: '0', display: '0.0 pp', direction: 'flat' as const, favourable: null } };
    const h = renderHtml({ ...handReport, sections: [{ ...handReport.sections[2]!, metrics: [churnDown, flat] }] });
    expect(h).toContain('<span class="good">▼ −1.0 pp</span>');
    expect(h).toContain('<span class="flat">■ 0.0 pp</span>');
  });

  it('leaves out charts without data, and a null NPS score draws no point', () => {
    const bare: Report = {
      ...handReport,
      charts: { nps: { title: 'NPS', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], score: null, interval: null, confidence: '0.95' }, churnReasons: { title: 'x', bars: [] } },
      notComputed: [],
      keyIndicators: [],
    };
    const h = renderHtml(bare);
    expect(h).not.toContain('data-chart="trend"');
    expect(h).not.toContain('data-chart="churnReasons"');
    expect(h).toContain('data-chart="nps"');
    expect(h).not.toContain('nps-score');
    expect(h).not.toContain('not-computed');
    expect(h).not.toContain('class="kpis"');
  });

  it('colours the heatmap from pale to deep blue', () => {
    expect(heatColor(0)).toBe('rgb(239,246,255)');
    expect(heatColor(1)).toBe('rgb(30,64,175)');
    expect(heatColor(2)).toBe('rgb(30,64,175)');
  });
});

describe('renderers on odd reports', () => {
  const odd: Report = {
    ...handReport,
    keyIndicators: [],
    anomalies: 3,
    sections: [
      // a section that lists charts the report does not carry, and a table row shorter than its header
      { ...handReport.sections[2]!, charts: ['trend', 'cohorts'], tables: [{ id: 't', fn: 'x', title: 'Short', columns: ['a', 'b', 'c'], rows: [['1']] }] },
      { ...handReport.sections[0]!, number: 11, charts: ['trend', 'cohorts', 'healthTiers'] },
    ],
    charts: {
      trend: { title: 'One period', points: [{ period: '2026-Q2', retention: null, startCohortRetention: '0.5', churn: '0.5' }] },
      healthTiers: { title: 'Tiers', bars: [{ label: 'at-risk', count: 0, share: null }, { label: 'vip', count: 1, share: null }] },
    },
  };

  it('text and Markdown skip missing charts, pad short rows, leave out empty key indicators', () => {
    const t = renderText(odd);
    expect(t).not.toContain('Key indicators');
    expect(t).not.toContain('Cohort retention');
    expect(t).toMatch(/Short\n {2}a {2}b {2}c\n {2}- {2}- {2}-\n {2}1\n/);
    expect(t).toContain('2026-Q2  —          50.0%                   50.0%');
    const md = renderMarkdown(odd);
    expect(md).not.toContain('Key indicators');
    expect(md).toContain('| 1 |  |  |');
    expect(renderMarkdown({ ...odd, locale: 'zh-CN' })).toContain('## 11、客户细分分析');
  });

  it('HTML draws a one-point trend, zero and share-less bars, and the anomaly count', () => {
    const h = renderHtml(odd);
    expect(h).toContain('<p class="meta">3 event anomalies ignored</p>');
    expect(h).toContain('<figure data-chart="trend">');
    expect(h).not.toContain('<figure data-chart="cohorts">');
    expect(h).toContain('<title>at-risk: 0</title>');
    expect(h).toContain('<title>vip: 1</title>');
    expect(h).toContain('<td class="num"></td>');
  });
});


describe('a metric with nothing read shows no "Data read" line', () => {
  // A metric not computed for want of data has an empty reading; the renderers printed
  // "Data read: " with nothing after it.
  const cac = { ...handReport.sections[7]!.metrics[0]!, reading: '' };
  const r: Report = { ...handReport, sections: handReport.sections.map((s) => (s.id === 'value' ? { ...s, metrics: [cac] } : s)) };

  it('text: the reason and nothing more', () => {
    const lines = renderText(r).split('\n');
    const at = lines.indexOf('  Customer acquisition cost (CAC)');
    expect(lines.slice(at, at + 3)).toEqual(['  Customer acquisition cost (CAC)', '    Not computed: no cost lines in the period', '']);
  });

  it('Markdown: the reason, no sub-item', () => {
    const lines = renderMarkdown(r).split('\n');
    const at = lines.indexOf('- **Customer acquisition cost (CAC)**: `Not computed: no cost lines in the period`');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('');
  });

  it('HTML: no empty reading paragraph', () => {
    expect(renderHtml(r)).toContain(
      '<tr data-metric="customerAcquisitionCost"><td><strong>Customer acquisition cost (CAC)</strong><p class="reading">Not computed: no cost lines in the period</p></td>',
    );
  });

  it('a reading that is there is still shown', () => {
    expect(renderText(handReport)).toContain('    Data read: cost lines dated in the period over the snapshot’s N');
  });

  it('on a report built from data with nothing to read, in every renderer and locale', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const built = buildReport({ events: [{ customerId: 'a', type: 'acquired', at: '2026-01-05T00:00:00Z' }] }, { month: '2026-01' }, { locale });
      for (const out of [renderText(built), renderMarkdown(built), renderHtml(built)]) {
        expect(out).not.toMatch(/(Data read|数据口径)(: |：)\s*($|<|`)/m);
      }
    }
  });
});
