import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText } from '../../src/report/render/index.js';
import type { Report } from '../../src/report/types.js';
import { displayWidth } from '../../src/report/render/text.js';
import { cohortTable, trendTable } from '../../src/report/render/common.js';
import { handReport } from './fixture.js';

// The whole output of the text and Markdown renderers on the hand-made fixture, in both locales,
// written out by hand: column widths are the widest cell of each column (CJK characters count
// two), cells are joined by two spaces and trailing blanks trimmed; underlines are as wide as the
// heading they underline ('1. Customer segmentation (' is 26 columns, 客户细分分析 12, ')' 1 → 39);
// ratios are shown × 100 with one decimal (0.8695652… → 87.0%).
const zh: Report = {
  ...handReport,
  locale: 'zh-CN',
  title: '客户管理汇报',
  sections: handReport.sections.map((s) => ({ ...s, title: s.heading })),
};

/** A text block as written below: the first newline (after the backtick) is not part of it. */
const block = (s: string) => s.slice(1);

describe('renderText, whole output', () => {
  it('en', () => {
    expect(renderText(handReport)).toBe(block(`
Customer management report — Pipe | Co <b>
==========================================
Period: 2026-Q2 · Previous period: 2026-Q1 · Data as of: 2026-06-30T23:59:59.000Z

Key indicators
  Metric                           Value         Previous  Change
  -------------------------------  ------------  --------  ----------
  Customer growth rate             4.3%          15.0%     ▼ −10.7 pp
  Net Promoter Score (NPS)         31.3
  Customer acquisition cost (CAC)  Not computed

1. Customer segmentation (客户细分分析)
---------------------------------------
  RFM segments
  Segment    Count
  ---------  -----
  Champions  3
  Lost       1

2. Customer satisfaction surveys (客户满意度调查)
-------------------------------------------------
  Metric                    Value  Previous  Change
  ------------------------  -----  --------  ------
  Net Promoter Score (NPS)  31.3

  Net Promoter Score (NPS)
    NPS = (P − D) / n × 100 = (16 − 6) / 32 × 100 = 31.25
    95% interval [5.0, 57.5]
    Data read: events of the period

3. Customer churn analysis (客户流失率分析)
-------------------------------------------
  Metric                         Value  Previous  Change
  -----------------------------  -----  --------  ----------
  Customer retention rate (CRR)  82.6%  85.0%     ▼ −2.4 pp
  Customer growth rate           4.3%   15.0%     ▼ −10.7 pp

  Customer retention rate (CRR)
    CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130
    Data read: events of the period
    Start-cohort retention differs: 2 new customers were also lost inside the period.
  Customer growth rate
    growth = (E − S) / S = (48 − 46) / 46 = 0.04347826086956521739130434782608695652174
    Data read: events of the period

  Retention and churn by period
  Period   Retention  Start-cohort retention  Churn
  -------  ---------  ----------------------  -----
  2026-Q1  85.0%      85.0%                   15.0%
  2026-Q2  82.6%      87.0%                   17.4%

4. Customer lifecycle management (客户生命周期管理)
---------------------------------------------------
  Cohort retention
  Cohort   Size  +0      +1
  -------  ----  ------  -----
  2026-Q1  4     100.0%  75.0%
  2026-Q2  2     100.0%

5. Complaint handling (客户投诉处理)
------------------------------------
  Nothing in this data set for this section.

6. Relationship maintenance (客户关系维护策略)
----------------------------------------------
7. Customer needs analysis (客户需求分析)
-----------------------------------------
8. Customer value assessment (客户价值评估)
-------------------------------------------
  Metric                           Value         Previous  Change
  -------------------------------  ------------  --------  ------
  Customer acquisition cost (CAC)  Not computed

  Customer acquisition cost (CAC)
    Not computed: no cost lines in the period
    Data read: cost lines dated in the period over the snapshot’s N

9. Customer feedback summary (客户反馈汇总)
-------------------------------------------
10. Customer service performance (客户服务绩效评估)
---------------------------------------------------
Metrics not computed from this data
-----------------------------------
  Customer acquisition cost (CAC): no cost lines in the period
`));
  });

  it('zh-CN: Chinese interface texts, 一、 numbering, full-width separators, columns aligned by display width', () => {
    // '客户管理汇报 — Pipe | Co <b>': 6 × 2 + 3 + 13 = 28 columns of '='.
    expect(renderText(zh)).toBe(block(`
客户管理汇报 — Pipe | Co <b>
============================
报告期：2026-Q2 · 上期：2026-Q1 · 数据截至：2026-06-30T23:59:59.000Z

关键指标
  指标                             本期    上期   变化
  -------------------------------  ------  -----  ----------
  Customer growth rate             4.3%    15.0%  ▼ −10.7 pp
  Net Promoter Score (NPS)         31.3
  Customer acquisition cost (CAC)  未计算

一、客户细分分析
----------------
  RFM segments
  Segment    Count
  ---------  -----
  Champions  3
  Lost       1

二、客户满意度调查
------------------
  指标                      本期  上期  变化
  ------------------------  ----  ----  ----
  Net Promoter Score (NPS)  31.3

  Net Promoter Score (NPS)
    NPS = (P − D) / n × 100 = (16 − 6) / 32 × 100 = 31.25
    95% interval [5.0, 57.5]
    数据口径：events of the period

三、客户流失率分析
------------------
  指标                           本期   上期   变化
  -----------------------------  -----  -----  ----------
  Customer retention rate (CRR)  82.6%  85.0%  ▼ −2.4 pp
  Customer growth rate           4.3%   15.0%  ▼ −10.7 pp

  Customer retention rate (CRR)
    CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130
    数据口径：events of the period
    Start-cohort retention differs: 2 new customers were also lost inside the period.
  Customer growth rate
    growth = (E − S) / S = (48 − 46) / 46 = 0.04347826086956521739130434782608695652174
    数据口径：events of the period

  Retention and churn by period
  报告期   留存   期初客户留存  流失
  -------  -----  ------------  -----
  2026-Q1  85.0%  85.0%         15.0%
  2026-Q2  82.6%  87.0%         17.4%

四、客户生命周期管理
--------------------
  Cohort retention
  客户群   人数  +0      +1
  -------  ----  ------  -----
  2026-Q1  4     100.0%  75.0%
  2026-Q2  2     100.0%

五、客户投诉处理
----------------
  Nothing in this data set for this section.

六、客户关系维护策略
--------------------
七、客户需求分析
----------------
八、客户价值评估
----------------
  指标                             本期    上期  变化
  -------------------------------  ------  ----  ----
  Customer acquisition cost (CAC)  未计算

  Customer acquisition cost (CAC)
    未计算：no cost lines in the period
    数据口径：cost lines dated in the period over the snapshot’s N

九、客户反馈汇总
----------------
十、客户服务绩效评估
--------------------
本数据无法计算的指标
--------------------
  Customer acquisition cost (CAC): no cost lines in the period
`));
  });
});

describe('renderMarkdown, whole output', () => {
  it('en', () => {
    expect(renderMarkdown(handReport)).toBe(block(`
# Customer management report — Pipe \\| Co \\<b\\>

Period: 2026-Q2 · Previous period: 2026-Q1 · Data as of: 2026-06-30T23:59:59.000Z

## Key indicators

| Metric | Value | Previous | Change |
| --- | ---: | ---: | ---: |
| Customer growth rate | 4.3% | 15.0% | ▼ −10.7 pp |
| Net Promoter Score (NPS) | 31.3 |  |  |
| Customer acquisition cost (CAC) | Not computed |  |  |

## 1. Customer segmentation (客户细分分析)

**RFM segments**

| Segment | Count |
| --- | ---: |
| Champions | 3 |
| Lost | 1 |

## 2. Customer satisfaction surveys (客户满意度调查)

| Metric | Value | Previous | Change |
| --- | ---: | ---: | ---: |
| Net Promoter Score (NPS) | 31.3 |  |  |

- **Net Promoter Score (NPS)**: \`NPS = (P − D) / n × 100 = (16 − 6) / 32 × 100 = 31.25\`
  - 95% interval [5.0, 57.5]
  - Data read: events of the period

## 3. Customer churn analysis (客户流失率分析)

| Metric | Value | Previous | Change |
| --- | ---: | ---: | ---: |
| Customer retention rate (CRR) | 82.6% | 85.0% | ▼ −2.4 pp |
| Customer growth rate | 4.3% | 15.0% | ▼ −10.7 pp |

- **Customer retention rate (CRR)**: \`CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130\`
  - Data read: events of the period
  - Start-cohort retention differs: 2 new customers were also lost inside the period.
- **Customer growth rate**: \`growth = (E − S) / S = (48 − 46) / 46 = 0.04347826086956521739130434782608695652174\`
  - Data read: events of the period

**Retention and churn by period**

| Period | Retention | Start-cohort retention | Churn |
| --- | ---: | ---: | ---: |
| 2026-Q1 | 85.0% | 85.0% | 15.0% |
| 2026-Q2 | 82.6% | 87.0% | 17.4% |

## 4. Customer lifecycle management (客户生命周期管理)

**Cohort retention**

| Cohort | Size | +0 | +1 |
| --- | ---: | ---: | ---: |
| 2026-Q1 | 4 | 100.0% | 75.0% |
| 2026-Q2 | 2 | 100.0% |  |

## 5. Complaint handling (客户投诉处理)

_Nothing in this data set for this section._

## 6. Relationship maintenance (客户关系维护策略)

## 7. Customer needs analysis (客户需求分析)

## 8. Customer value assessment (客户价值评估)

| Metric | Value | Previous | Change |
| --- | ---: | ---: | ---: |
| Customer acquisition cost (CAC) | Not computed |  |  |

- **Customer acquisition cost (CAC)**: \`Not computed: no cost lines in the period\`
  - Data read: cost lines dated in the period over the snapshot’s N

## 9. Customer feedback summary (客户反馈汇总)

## 10. Customer service performance (客户服务绩效评估)

## Metrics not computed from this data

| Metric | Reason |
| --- | ---: |
| Customer acquisition cost (CAC) | no cost lines in the period |
`));
  });

  it('zh-CN', () => {
    expect(renderMarkdown(zh)).toBe(block(`
# 客户管理汇报 — Pipe \\| Co \\<b\\>

报告期：2026-Q2 · 上期：2026-Q1 · 数据截至：2026-06-30T23:59:59.000Z

## 关键指标

| 指标 | 本期 | 上期 | 变化 |
| --- | ---: | ---: | ---: |
| Customer growth rate | 4.3% | 15.0% | ▼ −10.7 pp |
| Net Promoter Score (NPS) | 31.3 |  |  |
| Customer acquisition cost (CAC) | 未计算 |  |  |

## 一、客户细分分析

**RFM segments**

| Segment | Count |
| --- | ---: |
| Champions | 3 |
| Lost | 1 |

## 二、客户满意度调查

| 指标 | 本期 | 上期 | 变化 |
| --- | ---: | ---: | ---: |
| Net Promoter Score (NPS) | 31.3 |  |  |

- **Net Promoter Score (NPS)**: \`NPS = (P − D) / n × 100 = (16 − 6) / 32 × 100 = 31.25\`
  - 95% interval [5.0, 57.5]
  - 数据口径：events of the period

## 三、客户流失率分析

| 指标 | 本期 | 上期 | 变化 |
| --- | ---: | ---: | ---: |
| Customer retention rate (CRR) | 82.6% | 85.0% | ▼ −2.4 pp |
| Customer growth rate | 4.3% | 15.0% | ▼ −10.7 pp |

- **Customer retention rate (CRR)**: \`CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130\`
  - 数据口径：events of the period
  - Start-cohort retention differs: 2 new customers were also lost inside the period.
- **Customer growth rate**: \`growth = (E − S) / S = (48 − 46) / 46 = 0.04347826086956521739130434782608695652174\`
  - 数据口径：events of the period

**Retention and churn by period**

| 报告期 | 留存 | 期初客户留存 | 流失 |
| --- | ---: | ---: | ---: |
| 2026-Q1 | 85.0% | 85.0% | 15.0% |
| 2026-Q2 | 82.6% | 87.0% | 17.4% |

## 四、客户生命周期管理

**Cohort retention**

| 客户群 | 人数 | +0 | +1 |
| --- | ---: | ---: | ---: |
| 2026-Q1 | 4 | 100.0% | 75.0% |
| 2026-Q2 | 2 | 100.0% |  |

## 五、客户投诉处理

_Nothing in this data set for this section._

## 六、客户关系维护策略

## 七、客户需求分析

## 八、客户价值评估

| 指标 | 本期 | 上期 | 变化 |
| --- | ---: | ---: | ---: |
| Customer acquisition cost (CAC) | 未计算 |  |  |

- **Customer acquisition cost (CAC)**: \`未计算：no cost lines in the period\`
  - 数据口径：cost lines dated in the period over the snapshot’s N

## 九、客户反馈汇总

## 十、客户服务绩效评估

## 本数据无法计算的指标

| 指标 | 原因 |
| --- | ---: |
| Customer acquisition cost (CAC) | no cost lines in the period |
`));
  });
});

describe('Markdown cells and terminal widths', () => {
  it('escapes backslashes and pipes, and folds line breaks (\\n or \\r\\n) into spaces', () => {
    const r: Report = { ...handReport, notComputed: [{ id: 'x', label: 'a\\b|c', reason: 'one\r\ntwo\nthree' }] };
    expect(renderMarkdown(r)).toContain('| a\\\\b\\|c | one two three |');
    const piped: Report = { ...handReport, sections: [{ ...handReport.sections[7]!, metrics: [{ ...handReport.sections[7]!.metrics[0]!, label: 'x|y' }] }] };
    expect(renderMarkdown(piped)).toContain('- **x\\|y**: `Not computed: no cost lines in the period`');
  });

  it('counts East Asian wide and full-width characters as two columns, at the edges of each range (UAX #11)', () => {
    // Hangul Jamo, CJK … Yi, Hangul syllables, CJK compatibility ideographs, CJK compatibility
    // forms, full-width forms, full-width signs
    const wide = ['\u1100', '\u115f', '\u2e80', '\ua4cf', '\uac00', '\ud7a3', '\uf900', '\ufaff', '\ufe30', '\ufe4f', '\uff00', '\uff60', '\uffe0', '\uffe6'];
    const narrow = ['\u10ff', '\u1160', '\u2e7f', '\ua4d0', '\uabff', '\ud7a4', '\uf8ff', '\ufb00', '\ufe2f', '\ufe50', '\ufeff', '\uff61', '\uffdf', '\uffe7'];
    expect(wide.map(displayWidth)).toEqual(wide.map(() => 2));
    expect(narrow.map(displayWidth)).toEqual(narrow.map(() => 1));
    expect(displayWidth('a客b')).toBe(4);
  });
});

describe('a section that lists charts the report does not carry', () => {
  it('text and Markdown leave the trend and cohort tables out', () => {
    const r: Report = { ...handReport, keyIndicators: [], notComputed: [], charts: {}, sections: [{ ...handReport.sections[3]!, charts: ['trend', 'cohorts'] }] };
    expect(renderText(r)).toBe(
      [
        'Customer management report — Pipe | Co <b>',
        '='.repeat(42),
        'Period: 2026-Q2 · Previous period: 2026-Q1 · Data as of: 2026-06-30T23:59:59.000Z',
        '',
        '4. Customer lifecycle management (客户生命周期管理)',
        '-'.repeat(51), // 3 + 29 + 2 + 16 + 1
        '',
      ].join('\n'),
    );
    expect(renderMarkdown(r)).toBe(
      [
        '# Customer management report — Pipe \\| Co \\<b\\>',
        '',
        'Period: 2026-Q2 · Previous period: 2026-Q1 · Data as of: 2026-06-30T23:59:59.000Z',
        '',
        '## 4. Customer lifecycle management (客户生命周期管理)',
        '',
      ].join('\n'),
    );
  });
});

describe('cohort rows of different lengths (a report JSON made elsewhere)', () => {
  it('text leaves the missing cells blank', () => {
    const r: Report = {
      ...handReport,
      keyIndicators: [],
      notComputed: [],
      sections: [{ ...handReport.sections[3]! }],
      charts: { cohorts: { title: 'Cohort retention', granularity: 'month', rows: [{ cohort: '2026-01', size: 2, rates: ['1', '0.5'] }, { cohort: '2026-02', size: 1, rates: ['1'] }] } },
    };
    expect(renderText(r).split('\n').slice(6, 11)).toEqual(['  Cohort retention', '  Cohort   Size  +0      +1', '  -------  ----  ------  -----', '  2026-01  2     100.0%  50.0%', '  2026-02  1     100.0%']);
  });
});

describe('texts a report JSON made elsewhere may carry', () => {
  // The satisfaction section alone, NPS as in the fixture (31.25 → 31.3) but with an empty list of details.
  const nps = handReport.sections[1]!.metrics[0]!;
  const noDetails: Report = { ...handReport, keyIndicators: [], notComputed: [], charts: {}, sections: [{ ...handReport.sections[1]!, charts: [], metrics: [{ ...nps, details: [] }] }] };

  it('an empty list of details adds no line under the metric', () => {
    // the output ends with a newline, hence the last ''
    expect(renderText(noDetails).split('\n').slice(-5)).toEqual([
      '',
      '  Net Promoter Score (NPS)',
      '    NPS = (P − D) / n × 100 = (16 − 6) / 32 × 100 = 31.25',
      '    Data read: events of the period',
      '',
    ]);
    expect(renderMarkdown(noDetails).split('\n').slice(-3)).toEqual([
      '- **Net Promoter Score (NPS)**: `NPS = (P − D) / n × 100 = (16 − 6) / 32 × 100 = 31.25`',
      '  - Data read: events of the period',
      '',
    ]);
  });

  it('text keeps blank lines to one, even inside a note that has a run of them', () => {
    // The churn section alone: CRR with a note of two paragraphs four newlines apart.
    const crr = handReport.sections[2]!.metrics[0]!;
    const r: Report = {
      ...handReport,
      keyIndicators: [],
      notComputed: [],
      charts: {},
      sections: [{ ...handReport.sections[2]!, charts: [], metrics: [{ ...crr, note: 'Start-cohort retention differs.\n\n\n\n2 new customers were also lost.' }] }],
    };
    const text = renderText(r);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.split('\n').slice(-5)).toEqual([
      '    Data read: events of the period',
      '    Start-cohort retention differs.',
      '',
      '2 new customers were also lost.',
      '',
    ]);
  });
});

describe('a not-computed metric as a report JSON made elsewhere may carry it', () => {
  // The value section alone: CAC not computed (reason "no cost lines in the period", reading as in the fixture).
  const cac = handReport.sections[7]!.metrics[0]!;
  const only = (m: Report['sections'][number]['metrics'][number]): Report => ({ ...handReport, keyIndicators: [], notComputed: [], charts: {}, sections: [{ ...handReport.sections[7]!, metrics: [m] }] });
  const under = (r: Report) => {
    const lines = renderText(r).split('\n');
    const at = lines.indexOf('  Customer acquisition cost (CAC)');
    return lines.slice(at + 1);
  };

  it('a calculation it carries is not shown: the reason comes first', () => {
    expect(under(only({ ...cac, calculation: 'CAC = 0 / 0' }))).toEqual([
      '    Not computed: no cost lines in the period',
      '    Data read: cost lines dated in the period over the snapshot’s N',
      '',
    ]);
  });

  it('without a reason, no "Not computed:" line with nothing after it', () => {
    const { reason: _none, ...noReason } = cac;
    expect(under(only(noReason))).toEqual(['    Data read: cost lines dated in the period over the snapshot’s N', '']);
  });

  it('a reading that is missing or only blanks adds no "Data read" line', () => {
    const { reading: _none, ...noReading } = cac;
    expect(under(only(noReading as typeof cac))).toEqual(['    Not computed: no cost lines in the period', '']);
    expect(under(only({ ...cac, reading: ' \t ' }))).toEqual(['    Not computed: no cost lines in the period', '']);
  });

  it('a computed metric that carries a reason is not said to be not computed', () => {
    // CAC computed: 3,500.00, with a stray reason; its lines are its calculation and its reading only
    const computed = { ...cac, status: 'computed' as const, value: '3500', display: '3,500.00', calculation: 'CAC = 7000 / 2 = 3500' };
    expect(under(only(computed))).toEqual(['    CAC = 7000 / 2 = 3500', '    Data read: cost lines dated in the period over the snapshot’s N', '']);
  });
});

describe('the trend and cohort charts as tables (for text and Markdown)', () => {
  it('name the chart they repeat and the function behind it, with the values as displayed', () => {
    // the fixture's trend: 0.85 → 85.0%, 0.15 → 15.0%; 0.82608… → 82.6%, 0.86956… → 87.0%, 0.17391… → 17.4%
    expect(trendTable(handReport)).toEqual({
      id: 'trend',
      fn: 'snapshotFromEvents',
      title: 'Retention and churn by period',
      columns: ['Period', 'Retention', 'Start-cohort retention', 'Churn'],
      rows: [
        ['2026-Q1', '85.0%', '85.0%', '15.0%'],
        ['2026-Q2', '82.6%', '87.0%', '17.4%'],
      ],
    });
    // the fixture's cohorts: 1 → 100.0%, 0.75 → 75.0%, a null rate blank
    expect(cohortTable(handReport)).toEqual({
      id: 'cohorts',
      fn: 'cohortRetention',
      title: 'Cohort retention',
      columns: ['Cohort', 'Size', '+0', '+1'],
      rows: [
        ['2026-Q1', '4', '100.0%', '75.0%'],
        ['2026-Q2', '2', '100.0%', ''],
      ],
    });
  });
});

describe('Markdown: the anomaly line', () => {
  it('is a paragraph of its own, an empty line before the key indicators', () => {
    expect(renderMarkdown({ ...handReport, anomalies: 1 })).toContain(
      'Period: 2026-Q2 · Previous period: 2026-Q1 · Data as of: 2026-06-30T23:59:59.000Z\n\n_1 event anomalies ignored_\n\n## Key indicators\n',
    );
  });
});

describe('Markdown keeps blank lines to one', () => {
  it('even inside a note that has a run of them', () => {
    // The churn section alone: CRR with a note of two paragraphs four newlines apart (as for text).
    const crr = handReport.sections[2]!.metrics[0]!;
    const r: Report = {
      ...handReport,
      keyIndicators: [],
      notComputed: [],
      charts: {},
      sections: [{ ...handReport.sections[2]!, charts: [], metrics: [{ ...crr, note: 'Start-cohort retention differs.\n\n\n\n2 new customers were also lost.' }] }],
    };
    const md = renderMarkdown(r);
    expect(md).not.toMatch(/\n\n\n/);
    expect(md.split('\n').slice(-5)).toEqual(['  - Data read: events of the period', '  - Start-cohort retention differs.', '', '2 new customers were also lost.', '']);
  });
});

describe('text: a key indicator that is in no section', () => {
  it('is left out of the key indicators (as in HTML and Markdown)', () => {
    // referralRate is in none of the fixture's sections; the table keeps growth alone. Widths:
    // 'Customer growth rate' 20, 'Value' 5, 'Previous' 8, '▼ −10.7 pp' 10.
    const t = renderText({ ...handReport, keyIndicators: ['referralRate', 'customerGrowthRate'] });
    expect(t.split('\n').slice(4, 9)).toEqual([
      'Key indicators',
      '  Metric                Value  Previous  Change',
      '  --------------------  -----  --------  ----------',
      '  Customer growth rate  4.3%   15.0%     ▼ −10.7 pp',
      '',
    ]);
  });
});
