import { describe, expect, it } from 'vitest';
import { buildReport, type Report, type ReportMetric } from '../../src/index.js';
import { renderText } from '../../src/report/render/index.js';
import { shop } from './shop.js';

// The February 2026 report of the small shop in ./shop.ts, worked by hand, rendered as text in
// both languages: every label, value, previous value, change, calculation, detail, reading, note
// and table a reader sees.
//
// Snapshot (status events): February S = 3 (a, b, c active before 1 Feb), N = 2 (d, e), C = 2
// (b, e), E = 3 (a, c, d); January S = 2 (a, b), N = 1 (c), C = 0, E = 3; December S = 0, so the
// trend stops after two periods.
//   churn C / S = 2 / 3 → 66.7 % (January 0 / 2 = 0: +66.7 pp, bad news); CCR (3 − 3 + 2) / 3 the
//   same; CRR (3 − 2) / 3 = 1/3 → 33.3 % (January (3 − 1) / 2 = 1: −66.7 pp); start-cohort a and
//   c of a, b, c → 2 / 3 (January 2 / 2: −33.3 pp), shown beside CRR because it differs, with the
//   note; growth (3 − 3) / 3 = 0 (January (3 − 2) / 2 = 0.5: −50.0 pp).
// Purchases in February: a 50 + 10 + 20, c 50 → 130 in 4 purchases by 2 buyers. Repeat purchase
//   R / P = 1 (a) / 2 = 0.5 (January a once: 0 / 1 = 0). CLV = AOV × f × L = 130 / 4 × 4 / 2 ×
//   3 / 2 = 32.5 × 2 × 1.5 = 97.5 (January: no churn, not computed). ALV to asOf (28 Feb 12:00):
//   a 100 + 80 = 180, b 40, c 50 → 270 / 3 = 90 (January: a 100, b 40 → 70: +20.00).
// CAC: February lines ads 300 + 100 = 400, sales 200 → 600 / N 2 = 300 (200 and 100 a customer);
//   January ads 150 / 1 = 150: +150.00, bad news.
// Leads created in February: L1 (converted 20 Feb), L2, L3 (converted 5 Mar, after asOf) → 1 / 3;
//   January L0 1 / 1 = 100 %.
// NPS February 10, 9, 6, 7: P 2, D 1, n 4 → 100 × (2 − 1) / 4 = 25; SE = 100 × √((3 × 4 − 1²) /
//   4³) = 100 × √11 / 8 = 41.458; margin 1.95996 × 41.458 = 81.256; interval [25 − 81.256, 100]
//   → [−56.3, 100.0]. January one 8: NPS 0 (SE 0). Comparison: ΔNPS 25 − 0 = 25, z = 25 /
//   41.458 = 0.603, p = 2 × (1 − Φ(0.603)) = 0.546 → not significant.
// CSAT 5, 4, 2 (satisfied ≥ 4 of 1–5) → 2 / 3, mean 11 / 3 = 3.67; CES 6, 3 → 9 / 2 = 4.5, easy
//   (6–7 of 1–7) 1 / 2. Neither was asked in January.
// Referral: a and c answered 9–10 → 2 / (S + N = 5) = 0.4 (January 0 / 3).
// Service requests opened in February: a (answered in 1 h, resolved, complaint), c (3 h), d
//   (unanswered, complaint). ART (3600 + 10800) / 2 = 7200 s = 2.0 h, median 7200, p90 3600 +
//   0.9 × 7200 = 10080 s = 2.8 h; January one request answered in 2 h: no change (■ 0.0 min).
//   Resolved 1 / 3 (January 1 / 1); complaints 2 / 5 and complaining customers a, d 2 / 5
//   (January 0 / 3).
// Health (seed 004's model): a vip, b at-risk from January; c steady from February.
// Churn reasons in February: price (b) and none (e), one each.
// RFM at asOf: recency a 11 days, b 70, c 8; purchases a 4, b 1, c 1; totals a 180, b 40, c 50.
//   Mid-rank fifths of 3: R b 1, a 3, c 5; F b and c tied 2, a 5; M b 1, c 3, a 5 → a 355
//   Potential Loyalist, b 121 Lost, c 523 New: one each, ordered by name.
// Value tiers (P80 = 50 + 0.6 × 130 = 128, P50 = 50): a high, c medium, b low.
// Lifecycle at asOf: a loyal (4 purchases in the year, first 44 days ago), b and e churned, c new
//   (first purchase 8 days ago), d potential (no purchase): 1, 1, 0, 1, 2 of 5.
// Cohorts by month, read to asOf: February has not ended by then, so its column is blank.
// NPS by region: north a 10, c 9 → 100; south e 7 → 0; no region d 6 → −100.
// Cross-tab of "topic": north a price, c support → 50 % each; no region d price → 100 %, 0 %.
const feb = { month: '2026-02' } as const;

describe('buildReport on a hand-worked shop, rendered as text', () => {
  it('zh-CN', () => {
    expect(renderText(buildReport(shop, feb, { locale: 'zh-CN' }))).toBe(
      block(
`
客户管理汇报 — Shop
===================
报告期：2026年2月 · 上期：2026年1月 · 数据截至：2026-02-28T12:00:00.000Z

关键指标
  指标                 本期    上期    变化
  -------------------  ------  ------  ----------------
  客户增长率           0.0%    50.0%   ▼ −50.0 个百分点
  客户保留率（CRR）    33.3%   100.0%  ▼ −66.7 个百分点
  客户满意度（CSAT）   66.7%   —
  净推荐值（NPS）      25.0    0.0     ▲ +25.0
  销售转化率           33.3%   100.0%  ▼ −66.7 个百分点
  重复购买率           50.0%   0.0%    ▲ +50.0 个百分点
  客户投诉率           40.0%   0.0%    ▲ +40.0 个百分点
  客户获取成本（CAC）  300.00  150.00  ▲ +150.00

一、客户细分分析
----------------
  RFM 价值细分
  细分                数量  占比
  ------------------  ----  -----
  Lost                1     33.3%
  New                 1     33.3%
  Potential Loyalist  1     33.3%

  按 region 细分的净推荐值
  region  客户数  NPS 回答数  NPS
  ------  ------  ----------  ------
  north   2       2           100.0
  south   2       1           0.0
  （无）  1       1           −100.0

二、客户满意度调查
------------------
  指标                本期   上期  变化
  ------------------  -----  ----  -------
  净推荐值（NPS）     25.0   0.0   ▲ +25.0
  客户满意度（CSAT）  66.7%  —
  客户费力度（CES）   4.50   —

  净推荐值（NPS）
    NPS = 100 × (P − D) / n = 100 × (2 − 1) / 4 = 25
    推荐者 2 (50.0%) · 被动者 1 (25.0%) · 贬损者 1 (25.0%) · 95% 置信区间 [−56.3, 100.0]
    数据口径：2026年2月内的 NPS 问卷回答 4 份
  客户满意度（CSAT）
    CSAT = satisfied / n = 2 / 3 = 0.6666666666666666666666666666666666666667
    平均分 3.67
    数据口径：2026年2月内的 CSAT 问卷回答 3 份
  客户费力度（CES）
    CES = Σ answer / n = 9 / 2 = 4.5
    “容易”回答占比 50.0%
    数据口径：2026年2月内的 CES 问卷回答 2 份

三、客户流失率分析
------------------
  指标                                   本期   上期    变化
  -------------------------------------  -----  ------  ----------------
  客户流失率（流失客户数量/总客户数量）  66.7%  0.0%    ▲ +66.7 个百分点
  客户流失率（CCR）                      66.7%  0.0%    ▲ +66.7 个百分点
  客户保留率（CRR）                      33.3%  100.0%  ▼ −66.7 个百分点
  期初客户留存率                         66.7%  100.0%  ▼ −33.3 个百分点

  客户流失率（流失客户数量/总客户数量）
    churn rate = C / S = 2 / 3 = 0.6666666666666666666666666666666666666667
    数据口径：由 snapshotFromEvents 读取2026年2月：期初客户数 S = 3，期末客户数 E = 3，新增客户数 N = 2（其中重新激活 0），流失客户数 C = 2
  客户流失率（CCR）
    CCR = (S − E + N) / S = (3 − 3 + 2) / 3 = 0.6666666666666666666666666666666666666667
    数据口径：由 snapshotFromEvents 读取2026年2月：期初客户数 S = 3，期末客户数 E = 3，新增客户数 N = 2（其中重新激活 0），流失客户数 C = 2
  客户保留率（CRR）
    CRR = (E − N) / S = (3 − 2) / 3 = 0.3333333333333333333333333333333333333333
    数据口径：由 snapshotFromEvents 读取2026年2月：期初客户数 S = 3，期末客户数 E = 3，新增客户数 N = 2（其中重新激活 0），流失客户数 C = 2
    期初客户留存率（66.7%）与 CRR 不同：CRR 假设新增客户在期末全部留存，而本期有新增客户在期内流失。
  期初客户留存率
    SCRR = K / S = 2 / 3 = 0.6666666666666666666666666666666666666667
    数据口径：由事件计算：2026年2月期初的活跃客户中，期末仍活跃的比例

  各期客户留存与流失
  报告期     留存    期初客户留存  流失
  ---------  ------  ------------  -----
  2026年1月  100.0%  100.0%        0.0%
  2026年2月  33.3%   66.7%         66.7%

  客户流失原因统计
  原因            数量  占比
  --------------  ----  -----
  price           1     50.0%
  （未注明原因）  1     50.0%

四、客户生命周期管理
--------------------
  指标        本期   上期    变化
  ----------  -----  ------  ----------------
  客户增长率  0.0%   50.0%   ▼ −50.0 个百分点
  销售转化率  33.3%  100.0%  ▼ −66.7 个百分点

  客户增长率
    CGR = (E − S) / S = (3 − 3) / 3 = 0
    数据口径：由 snapshotFromEvents 读取2026年2月：期初客户数 S = 3，期末客户数 E = 3，新增客户数 N = 2（其中重新激活 0），流失客户数 C = 2
  销售转化率
    conversion rate = converted / leads = 1 / 3 = 0.3333333333333333333333333333333333333333
    数据口径：2026年2月内新建的潜在客户 3 个，截至 2026-02-28T12:00:00.000Z 已转化 1 个

  客户群留存热力图
  客户群   人数  +0      +1      +2
  -------  ----  ------  ------  --
  2025-12  2     100.0%  100.0%
  2026-01  1     100.0%
  2026-02  2

  客户数量
  数量             2026年2月  2026年1月
  ---------------  ---------  ---------
  期初客户数（S）  3          2
  新增客户数（N）  2          1
  ……其中重新激活   0          0
  流失客户数（C）  2          0
  期末客户数（E）  3          3

  期末客户生命周期阶段
  阶段      数量  占比
  --------  ----  -----
  潜在客户  1     20.0%
  新客户    1     20.0%
  活跃客户  0     0.0%
  忠诚客户  1     20.0%
  流失客户  2     40.0%

五、客户投诉处理
----------------
  指标          本期   上期  变化
  ------------  -----  ----  ----------------
  客户投诉率    40.0%  0.0%  ▲ +40.0 个百分点
  投诉客户占比  40.0%  0.0%  ▲ +40.0 个百分点

  客户投诉率
    complaint rate = complaints / customers = 2 / 5 = 0.4
    数据口径：2026年2月内提出的投诉 2 件，除以期内活跃过的客户数（S + N = 3 + 2）
  投诉客户占比
    complaining-customer rate = complaining customers / customers = 2 / 5 = 0.4
    数据口径：2026年2月内提出过投诉的客户 2 位（按客户去重），除以 S + N = 3 + 2

六、客户关系维护策略
--------------------
  指标        本期   上期  变化
  ----------  -----  ----  ----------------
  客户推荐率  40.0%  0.0%  ▲ +40.0 个百分点

  客户推荐率
    referral rate = W / customers = 2 / 5 = 0.4
    数据口径：2026年2月内 NPS 打 9–10 分（愿意推荐）的客户 2 位（按客户去重），除以 S + N = 3 + 2

  客户健康度区间分布
  区间     2026年2月  2026年1月
  -------  ---------  ---------
  at-risk  1          1
  steady   1          0
  vip      1          1

七、客户需求分析
----------------
  指标        本期   上期  变化
  ----------  -----  ----  ----------------
  重复购买率  50.0%  0.0%  ▲ +50.0 个百分点

  重复购买率
    RPR = R / P = 1 / 2 = 0.5
    数据口径：2026年2月内的购买事件

  “topic”按 region 交叉分析（各行回答占比）
  region  回答数  price   support
  ------  ------  ------  -------
  north   2       50.0%   50.0%
  （无）  1       100.0%  0.0%

八、客户价值评估
----------------
  指标                     本期    上期    变化
  -----------------------  ------  ------  ---------
  客户获取成本（CAC）      300.00  150.00  ▲ +150.00
  客户生命周期价值（CLV）  97.50   —
  平均生命周期价值（ALV）  90.00   70.00   ▲ +20.00

  客户获取成本（CAC）
    CAC = total acquisition cost / N = (400 + 200) / 2 = 300
    ads 200.00 · sales 100.00
    数据口径：2026年2月内的 3 条获客成本记录（按类别汇总），除以本期新增客户数 N = 2
  客户生命周期价值（CLV）
    CLV = AOV × f × L = 32.5 × 2 per month × 1.5 months = 97.5
    数据口径：2026年2月内的购买：收入 130.00，2 位客户共 4 次购买；平均订单价值 = 收入 / 购买次数，购买频率 = 每月购买次数 / 客户数，生命周期 = 1 / 流失率（C / S）个月
  平均生命周期价值（ALV）
    ALV = Σ CLV / n = (180 + 40 + 50) / 3 = 90
    数据口径：3 位客户截至2026年2月期末的累计购买金额（历史价值）的平均值

  按累计收入分层（前 20% 高价值，其后 30% 中价值）
  层级    数量  占比
  ------  ----  -----
  高价值  1     33.3%
  中价值  1     33.3%
  低价值  1     33.3%

九、客户反馈汇总
----------------
  指标                        本期  上期  变化
  --------------------------  ----  ----  ----
  净推荐值变化（显著性检验）  25.0

  净推荐值变化（显著性检验）
    ΔNPS = NPS_B − NPS_A = 25 − 0 = 25
    z 0.60 · p 0.55 · 95% 水平下显著 否
    数据口径：2026年1月（A）与2026年2月（B）的 NPS 回答对比；双侧 z 检验

  收到的问卷回答
  问卷  2026年2月  2026年1月
  ----  ---------  ---------
  NPS   4          1
  CSAT  3          0
  CES   2          0

十、客户服务绩效评估
--------------------
  指标              本期      上期      变化
  ----------------  --------  --------  ----------------
  客户服务响应时间  2.0 小时  2.0 小时  ■ 0.0 分钟
  问题解决率        33.3%     100.0%    ▼ −66.7 个百分点

  客户服务响应时间
    ART = Σ (firstRespondedAt − openedAt) / answered = 14400 / 2 = 7200 (second)
    中位数 2.0 小时 · p90 2.8 小时 · 未响应 1
    数据口径：2026年2月内的 3 个服务请求；从提出到首次响应的时间（秒）
  问题解决率
    resolution rate = resolved / requests = 1 / 3 = 0.3333333333333333333333333333333333333333
    数据口径：2026年2月内的 3 个服务请求中，截至 2026-02-28T12:00:00.000Z 已解决 1 个
`,
      ),
    );
  });

  it('en', () => {
    expect(renderText(buildReport(shop, feb))).toBe(
      block(
`
Customer management report — Shop
=================================
Period: 2026-02 · Previous period: 2026-01 · Data as of: 2026-02-28T12:00:00.000Z

Key indicators
  Metric                              Value   Previous  Change
  ----------------------------------  ------  --------  ----------
  Customer growth rate                0.0%    50.0%     ▼ −50.0 pp
  Customer retention rate (CRR)       33.3%   100.0%    ▼ −66.7 pp
  Customer satisfaction score (CSAT)  66.7%   —
  Net Promoter Score (NPS)            25.0    0.0       ▲ +25.0
  Sales conversion rate               33.3%   100.0%    ▼ −66.7 pp
  Repeat purchase rate                50.0%   0.0%      ▲ +50.0 pp
  Complaint rate                      40.0%   0.0%      ▲ +40.0 pp
  Customer acquisition cost (CAC)     300.00  150.00    ▲ +150.00

1. Customer segmentation (客户细分分析)
---------------------------------------
  RFM segments
  Segment             Count  Share
  ------------------  -----  -----
  Lost                1      33.3%
  New                 1      33.3%
  Potential Loyalist  1      33.3%

  NPS by region
  region  Customers  NPS answers  NPS
  ------  ---------  -----------  ------
  north   2          2            100.0
  south   2          1            0.0
  (none)  1          1            −100.0

2. Customer satisfaction surveys (客户满意度调查)
-------------------------------------------------
  Metric                              Value  Previous  Change
  ----------------------------------  -----  --------  -------
  Net Promoter Score (NPS)            25.0   0.0       ▲ +25.0
  Customer satisfaction score (CSAT)  66.7%  —
  Customer effort score (CES)         4.50   —

  Net Promoter Score (NPS)
    NPS = 100 × (P − D) / n = 100 × (2 − 1) / 4 = 25
    promoters 2 (50.0%) · passives 1 (25.0%) · detractors 1 (25.0%) · 95% interval [−56.3, 100.0]
    Data read: 4 NPS answers dated in 2026-02
  Customer satisfaction score (CSAT)
    CSAT = satisfied / n = 2 / 3 = 0.6666666666666666666666666666666666666667
    mean score 3.67
    Data read: 3 CSAT answers dated in 2026-02
  Customer effort score (CES)
    CES = Σ answer / n = 9 / 2 = 4.5
    easy answers 50.0%
    Data read: 2 CES answers dated in 2026-02

3. Customer churn analysis (客户流失率分析)
-------------------------------------------
  Metric                                  Value  Previous  Change
  --------------------------------------  -----  --------  ----------
  Churn rate (lost / customers at start)  66.7%  0.0%      ▲ +66.7 pp
  Customer churn rate (CCR)               66.7%  0.0%      ▲ +66.7 pp
  Customer retention rate (CRR)           33.3%  100.0%    ▼ −66.7 pp
  Start-cohort retention rate             66.7%  100.0%    ▼ −33.3 pp

  Churn rate (lost / customers at start)
    churn rate = C / S = 2 / 3 = 0.6666666666666666666666666666666666666667
    Data read: snapshotFromEvents for 2026-02: S = 3 customers active just before its start, E = 3 just before its end, N = 2 new (0 of them reactivated), C = 2 lost
  Customer churn rate (CCR)
    CCR = (S − E + N) / S = (3 − 3 + 2) / 3 = 0.6666666666666666666666666666666666666667
    Data read: snapshotFromEvents for 2026-02: S = 3 customers active just before its start, E = 3 just before its end, N = 2 new (0 of them reactivated), C = 2 lost
  Customer retention rate (CRR)
    CRR = (E − N) / S = (3 − 2) / 3 = 0.3333333333333333333333333333333333333333
    Data read: snapshotFromEvents for 2026-02: S = 3 customers active just before its start, E = 3 just before its end, N = 2 new (0 of them reactivated), C = 2 lost
    Start-cohort retention (66.7%) differs from CRR: CRR assumes every new customer is still there at the end, and customers who joined in the period were also lost in it.
  Start-cohort retention rate
    SCRR = K / S = 2 / 3 = 0.6666666666666666666666666666666666666667
    Data read: from the events: of the customers active at the start of 2026-02, those still active at its end

  Retention and churn by period
  Period   Retention  Start-cohort retention  Churn
  -------  ---------  ----------------------  -----
  2026-01  100.0%     100.0%                  0.0%
  2026-02  33.3%      66.7%                   66.7%

  Churn reasons
  Reason             Count  Share
  -----------------  -----  -----
  price              1      50.0%
  (no reason given)  1      50.0%

4. Customer lifecycle management (客户生命周期管理)
---------------------------------------------------
  Metric                 Value  Previous  Change
  ---------------------  -----  --------  ----------
  Customer growth rate   0.0%   50.0%     ▼ −50.0 pp
  Sales conversion rate  33.3%  100.0%    ▼ −66.7 pp

  Customer growth rate
    CGR = (E − S) / S = (3 − 3) / 3 = 0
    Data read: snapshotFromEvents for 2026-02: S = 3 customers active just before its start, E = 3 just before its end, N = 2 new (0 of them reactivated), C = 2 lost
  Sales conversion rate
    conversion rate = converted / leads = 1 / 3 = 0.3333333333333333333333333333333333333333
    Data read: 3 leads created in 2026-02; 1 of them converted by 2026-02-28T12:00:00.000Z

  Cohort retention
  Cohort   Size  +0      +1      +2
  -------  ----  ------  ------  --
  2025-12  2     100.0%  100.0%
  2026-01  1     100.0%
  2026-02  2

  Customer counts
  Count                   2026-02  2026-01
  ----------------------  -------  -------
  Customers at start (S)  3        2
  New customers (N)       2        1
  … of them reactivated   0        0
  Customers lost (C)      2        0
  Customers at end (E)    3        3

  Lifecycle stages at the period's end
  Stage      Count  Share
  ---------  -----  -----
  potential  1      20.0%
  new        1      20.0%
  active     0      0.0%
  loyal      1      20.0%
  churned    2      40.0%

5. Complaint handling (客户投诉处理)
------------------------------------
  Metric                     Value  Previous  Change
  -------------------------  -----  --------  ----------
  Complaint rate             40.0%  0.0%      ▲ +40.0 pp
  Complaining-customer rate  40.0%  0.0%      ▲ +40.0 pp

  Complaint rate
    complaint rate = complaints / customers = 2 / 5 = 0.4
    Data read: 2 complaint requests opened in 2026-02, over the customers active at some point of it (S + N = 3 + 2)
  Complaining-customer rate
    complaining-customer rate = complaining customers / customers = 2 / 5 = 0.4
    Data read: 2 distinct customers who opened a complaint in 2026-02, over S + N = 3 + 2

6. Relationship maintenance (客户关系维护策略)
----------------------------------------------
  Metric         Value  Previous  Change
  -------------  -----  --------  ----------
  Referral rate  40.0%  0.0%      ▲ +40.0 pp

  Referral rate
    referral rate = W / customers = 2 / 5 = 0.4
    Data read: 2 distinct customers who answered 9–10 to the NPS question in 2026-02 (willing to recommend), over S + N = 3 + 2

  Customers by health tier
  Tier     2026-02  2026-01
  -------  -------  -------
  at-risk  1        1
  steady   1        0
  vip      1        1

7. Customer needs analysis (客户需求分析)
-----------------------------------------
  Metric                Value  Previous  Change
  --------------------  -----  --------  ----------
  Repeat purchase rate  50.0%  0.0%      ▲ +50.0 pp

  Repeat purchase rate
    RPR = R / P = 1 / 2 = 0.5
    Data read: purchase events dated in 2026-02

  “topic” by region (share of each row's answers)
  region  Answers  price   support
  ------  -------  ------  -------
  north   2        50.0%   50.0%
  (none)  1        100.0%  0.0%

8. Customer value assessment (客户价值评估)
-------------------------------------------
  Metric                                Value   Previous  Change
  ------------------------------------  ------  --------  ---------
  Customer acquisition cost (CAC)       300.00  150.00    ▲ +150.00
  Customer lifetime value (CLV)         97.50   —
  Average lifetime value to date (ALV)  90.00   70.00     ▲ +20.00

  Customer acquisition cost (CAC)
    CAC = total acquisition cost / N = (400 + 200) / 2 = 300
    ads 200.00 · sales 100.00
    Data read: 3 cost lines dated in 2026-02, summed by line, over the snapshot's N = 2 new customers
  Customer lifetime value (CLV)
    CLV = AOV × f × L = 32.5 × 2 per month × 1.5 months = 97.5
    Data read: purchases in 2026-02: revenue 130.00 in 4 purchases by 2 customers; average order value = revenue / purchases, purchase frequency = purchases / customers per month, lifespan = 1 / churn rate (C / S) in months
  Average lifetime value to date (ALV)
    ALV = Σ CLV / n = (180 + 40 + 50) / 3 = 90
    Data read: each of the 3 customers' purchases up to the end of 2026-02 (historical value to date), averaged

  Value tiers by revenue to date (top 20 % high, next 30 % medium)
  Tier    Count  Share
  ------  -----  -----
  high    1      33.3%
  medium  1      33.3%
  low     1      33.3%

9. Customer feedback summary (客户反馈汇总)
-------------------------------------------
  Metric                         Value  Previous  Change
  -----------------------------  -----  --------  ------
  NPS change, significance test  25.0

  NPS change, significance test
    ΔNPS = NPS_B − NPS_A = 25 − 0 = 25
    z 0.60 · p 0.55 · significant at 95% no
    Data read: NPS answers of 2026-01 (A) against those of 2026-02 (B); two-sided z-test

  Survey answers received
  Survey  2026-02  2026-01
  ------  -------  -------
  NPS     4        1
  CSAT    3        0
  CES     2        0

10. Customer service performance (客户服务绩效评估)
---------------------------------------------------
  Metric                          Value  Previous  Change
  ------------------------------  -----  --------  ----------
  Customer service response time  2.0 h  2.0 h     ■ 0.0 min
  Resolution rate                 33.3%  100.0%    ▼ −66.7 pp

  Customer service response time
    ART = Σ (firstRespondedAt − openedAt) / answered = 14400 / 2 = 7200 (second)
    median 2.0 h · p90 2.8 h · unanswered 1
    Data read: 3 service requests opened in 2026-02; time from opening to first response, in seconds
  Resolution rate
    resolution rate = resolved / requests = 1 / 3 = 0.3333333333333333333333333333333333333333
    Data read: 1 of the 3 service requests opened in 2026-02 resolved by 2026-02-28T12:00:00.000Z
`,
      ),
    );
  });
});

/** A text block as written above: the first newline (after the backtick) is not part of it. */
function block(s: string): string {
  return s.slice(1);
}

// What the text does not show: the report's JSON (exact values, names, sources, units, the sign
// and meaning of each change, chart data, counts of what was read).
const third = '0.3333333333333333333333333333333333333333'; // 1 / 3 to 40 digits
const twoThirds = '0.6666666666666666666666666666666666666667';
const metricsOf = (r: Report): ReportMetric[] => r.sections.flatMap((s) => s.metrics);

describe('buildReport on the shop: the JSON beside the text', () => {
  const en = buildReport(shop, feb);
  const zh = buildReport(shop, feb, { locale: 'zh-CN' });

  it('heads the report with its period, the previous one, asOf and the counts read', () => {
    expect({ ...en, sections: undefined, charts: undefined }).toEqual({
      kind: 'customer-metrics.report',
      version: 1,
      locale: 'en',
      title: 'Customer management report',
      subject: 'Shop',
      period: { label: '2026-02', start: '2026-02-01T00:00:00.000Z', end: '2026-03-01T00:00:00.000Z', timeZone: 'UTC' },
      previousPeriod: { label: '2026-01', start: '2026-01-01T00:00:00.000Z', end: '2026-02-01T00:00:00.000Z', timeZone: 'UTC' },
      asOf: '2026-02-28T12:00:00.000Z',
      inputs: { customers: 5, events: 13, surveys: 10, serviceRequests: 4, leads: 4, costs: 4, healthObservations: 9 },
      keyIndicators: [
        'customerGrowthRate',
        'customerRetentionRate',
        'customerSatisfactionScore',
        'netPromoterScore',
        'salesConversionRate',
        'repeatPurchaseRate',
        'complaintRate',
        'customerAcquisitionCost',
      ],
      notComputed: [],
      anomalies: 0,
      sections: undefined,
      charts: undefined,
    });
    expect(zh.period.label).toBe('2026年2月');
    expect(zh.previousPeriod?.label).toBe('2026年1月');
  });

  it('lays out the ten sections with their tables and charts', () => {
    expect(en.sections.map((s) => [s.number, s.id, s.title, s.heading, s.charts, s.tables.map((t) => `${t.id} ← ${t.fn}`), s.empty])).toEqual([
      [1, 'segmentation', 'Customer segmentation', '客户细分分析', ['rfmSegments'], ['rfmSegments ← rfmScores', 'npsBy ← segmentBy'], undefined],
      [2, 'satisfaction', 'Customer satisfaction surveys', '客户满意度调查', ['nps'], [], undefined],
      [3, 'churn', 'Customer churn analysis', '客户流失率分析', ['trend', 'churnReasons'], ['churnReasons ← churnReasonBreakdown'], undefined],
      [4, 'lifecycle', 'Customer lifecycle management', '客户生命周期管理', ['cohorts'], ['snapshot ← snapshotFromEvents', 'lifecycleStages ← lifecycleStage'], undefined],
      [5, 'complaints', 'Complaint handling', '客户投诉处理', [], [], undefined],
      [6, 'relationship', 'Relationship maintenance', '客户关系维护策略', ['healthTiers'], ['healthTierCounts ← healthScore'], undefined],
      [7, 'needs', 'Customer needs analysis', '客户需求分析', [], ['crossTab:topic ← surveyCrossTab'], undefined],
      [8, 'value', 'Customer value assessment', '客户价值评估', [], ['valueTiers ← valueTier'], undefined],
      [9, 'feedback', 'Customer feedback summary', '客户反馈汇总', [], ['surveyCounts ← netPromoterScore'], undefined],
      [10, 'service', 'Customer service performance', '客户服务绩效评估', [], [], undefined],
    ]);
  });

  it('each metric: exact value, unit, names, source, the previous value and the change with its meaning', () => {
    // [id, value, unit, English name, Chinese name, source, previous value, change, direction, good news?]
    const rows = metricsOf(en).map((m) => [m.id, m.value, m.unit, m.nameEn, m.nameZh, m.source, m.previous?.value, m.change?.difference, m.change?.direction, m.change?.favourable]);
    expect(rows).toEqual([
      ['netPromoterScore', '25', 'points', 'Net Promoter Score', '净推荐值', 'seed 003 §5, seed 004 §3.3', '0', '25', 'up', true],
      ['customerSatisfactionScore', twoThirds, 'ratio', 'Customer satisfaction score', '客户满意度', 'seed 000 §1, seed 003 §1', null, undefined, undefined, undefined],
      ['customerEffortScore', '4.5', 'score', 'Customer effort score', '客户费力度', 'field convention', null, undefined, undefined, undefined],
      ['churnRate', twoThirds, 'ratio', 'Churn rate (lost / customers at start)', '客户流失率（流失客户数量/总客户数量）', 'seed 002 §3, seed 004 §3', '0', twoThirds, 'up', false],
      ['customerChurnRate', twoThirds, 'ratio', 'Customer churn rate', '客户流失率', 'seed 001 §4', '0', twoThirds, 'up', false],
      ['customerRetentionRate', third, 'ratio', 'Customer retention rate', '客户保留率', 'seed 000 §2, seed 001 §3', '1', `-${twoThirds}`, 'down', false],
      ['startCohortRetentionRate', twoThirds, 'ratio', 'Start-cohort retention rate', '期初客户留存率', 'METRICS.md §D (from events)', '1', `-${third}`, 'down', false],
      ['customerGrowthRate', '0', 'ratio', 'Customer growth rate', '客户增长率', 'seed 002 FAQ 3', '0.5', '-0.5', 'down', false],
      ['salesConversionRate', third, 'ratio', 'Sales conversion rate', '销售转化率', 'seed 000 §6', '1', `-${twoThirds}`, 'down', false],
      ['complaintRate', '0.4', 'ratio', 'Complaint rate', '客户投诉率', 'seed 000 §8', '0', '0.4', 'up', false],
      ['complainingCustomerRate', '0.4', 'ratio', 'Complaining-customer rate', '投诉客户占比', 'seed 000 §8 (distinct customers)', '0', '0.4', 'up', false],
      ['referralRate', '0.4', 'ratio', 'Referral rate', '客户推荐率', 'seed 000 §9', '0', '0.4', 'up', true],
      ['repeatPurchaseRate', '0.5', 'ratio', 'Repeat purchase rate', '重复购买率', 'seed 001 FAQ 2, seed 002 FAQ 3', '0', '0.5', 'up', true],
      ['customerAcquisitionCost', '300', 'money', 'Customer acquisition cost', '客户获取成本', 'seed 000 §3, seed 001 §2', '150', '150', 'up', false],
      ['customerLifetimeValue', '97.5', 'money', 'Customer lifetime value', '客户生命周期价值', 'seed 000 §4', null, undefined, undefined, undefined],
      ['averageLifetimeValue', '90', 'money', 'Average lifetime value to date', '平均生命周期价值', 'seed 004 §3.2', '70', '20', 'up', true],
      ['compareNetPromoterScores', '25', 'points', 'NPS change, significance test', '净推荐值变化（显著性检验）', 'seed 003 §5, seed 004 §3.3', undefined, undefined, undefined, undefined],
      ['averageResponseTime', '7200', 'seconds', 'Customer service response time', '客户服务响应时间', 'seed 000 §7', '7200', '0', 'flat', null],
      ['resolutionRate', third, 'ratio', 'Resolution rate', '问题解决率', 'seed 003 §10', '1', `-${twoThirds}`, 'down', false],
    ]);
    for (const m of metricsOf(en)) {
      expect(m.fn).toBe(m.id);
      expect(m.status).toBe('computed');
      expect(m.reason).toBeUndefined();
    }
    // The same numbers in Chinese; names and sources do not depend on the locale.
    expect(metricsOf(zh).map((m) => [m.id, m.value, m.nameEn, m.nameZh, m.source])).toEqual(metricsOf(en).map((m) => [m.id, m.value, m.nameEn, m.nameZh, m.source]));
  });

  it('a previous value carries its calculation, or its reason in the locale', () => {
    const byId = (r: Report, id: string) => metricsOf(r).find((m) => m.id === id)!;
    expect(byId(en, 'customerRetentionRate').previous).toEqual({ value: '1', display: '100.0%', calculation: 'CRR = (E − N) / S = (3 − 1) / 2 = 1' });
    expect(byId(en, 'customerAcquisitionCost').previous).toEqual({ value: '150', display: '150.00', calculation: 'CAC = total acquisition cost / N = 150 / 1 = 150' });
    expect(byId(en, 'customerSatisfactionScore').previous).toEqual({ value: null, display: '—', reason: 'no csat answers in the period' });
    expect(byId(zh, 'customerSatisfactionScore').previous).toEqual({ value: null, display: '—', reason: '本期没有满意度问卷回答' });
    expect(byId(zh, 'customerEffortScore').previous).toEqual({ value: null, display: '—', reason: '本期没有费力度问卷回答' });
    // Translated whole (the Chinese table used to know only the bare "no churn in the period").
    expect(byId(zh, 'customerLifetimeValue').previous).toEqual({
      value: null,
      display: '—',
      reason: '本期没有客户流失，预期生命周期（1 / 流失率）无上限',
    });
    expect(byId(en, 'customerRetentionRate').formula).toBe('CRR = (E − N) / S');
    expect(byId(en, 'compareNetPromoterScores')).toMatchObject({
      fn: 'compareNetPromoterScores',
      label: 'NPS change, significance test',
      status: 'computed',
      display: '25.0',
      formula: 'ΔNPS = NPS_B − NPS_A',
      calculation: 'ΔNPS = NPS_B − NPS_A = 25 − 0 = 25',
    });
    // z = 25 / 41.458 = 0.603; p = 0.546 (see above)
    const [z, p, significant] = byId(en, 'compareNetPromoterScores').details!;
    expect([z!.label, Number(z!.value).toFixed(3), z!.display]).toEqual(['z', '0.603', '0.60']);
    expect([p!.label, Number(p!.value).toFixed(3), p!.display]).toEqual(['p', '0.546', '0.55']);
    expect(significant).toEqual({ label: 'significant at 95%', value: null, display: 'no' });
    expect(byId(zh, 'compareNetPromoterScores').details![2]).toEqual({ label: '95% 水平下显著', value: null, display: '否' });
  });

  it('details carry exact values beside their display', () => {
    const details = (id: string) => metricsOf(en).find((m) => m.id === id)!.details;
    expect(details('netPromoterScore')!.slice(0, 3)).toEqual([
      { label: 'promoters', value: '2', display: '2 (50.0%)' },
      { label: 'passives', value: '1', display: '1 (25.0%)' },
      { label: 'detractors', value: '1', display: '1 (25.0%)' },
    ]);
    expect(details('netPromoterScore')![3]).toEqual({ label: '95% interval', value: null, display: '[−56.3, 100.0]' });
    expect(details('customerSatisfactionScore')).toEqual([{ label: 'mean score', value: '3.666666666666666666666666666666666666667', display: '3.67' }]); // 11 / 3
    expect(details('customerEffortScore')).toEqual([{ label: 'easy answers', value: '0.5', display: '50.0%' }]);
    expect(details('customerAcquisitionCost')).toEqual([
      { label: 'ads', value: '200', display: '200.00' },
      { label: 'sales', value: '100', display: '100.00' },
    ]);
    expect(details('averageResponseTime')).toEqual([
      { label: 'median', value: '7200', display: '2.0 h' },
      { label: 'p90', value: '10080', display: '2.8 h' },
      { label: 'unanswered', value: '1', display: '1' },
    ]);
    expect(details('churnRate')).toBeUndefined();
  });

  it('chart data: plain numbers and exact shares', () => {
    expect({ ...en.charts, nps: undefined }).toEqual({
      trend: {
        title: 'Retention and churn by period',
        points: [
          { period: '2026-01', retention: '1', startCohortRetention: '1', churn: '0' },
          { period: '2026-02', retention: third, startCohortRetention: twoThirds, churn: twoThirds },
        ],
      },
      cohorts: {
        title: 'Cohort retention',
        granularity: 'month',
        rows: [
          { cohort: '2025-12', size: 2, rates: ['1', '1', null] },
          { cohort: '2026-01', size: 1, rates: ['1', null, null] },
          { cohort: '2026-02', size: 2, rates: [null, null, null] },
        ],
      },
      nps: undefined,
      healthTiers: {
        title: 'Customers by health tier',
        bars: [
          { label: 'at-risk', count: 1, share: third },
          { label: 'steady', count: 1, share: third },
          { label: 'vip', count: 1, share: third },
        ],
      },
      churnReasons: {
        title: 'Churn reasons',
        bars: [
          { label: 'price', count: 1, share: '0.5' },
          { label: '(no reason given)', count: 1, share: '0.5' },
        ],
      },
      rfmSegments: {
        title: 'RFM segments',
        bars: [
          { label: 'Lost', count: 1, share: third },
          { label: 'New', count: 1, share: third },
          { label: 'Potential Loyalist', count: 1, share: third },
        ],
      },
    });
    const nps = en.charts.nps!;
    // answers 6, 7, 9, 10; interval 25 − 81.256 … 100 (see above)
    expect([nps.title, nps.counts, nps.score, nps.confidence]).toEqual(['NPS answers (0–10) and the score with its interval', [0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1], '25', '0.95']);
    expect([Number(nps.interval![0]).toFixed(3), nps.interval![1]]).toEqual(['-56.256', '100']);
    expect(Object.values(zh.charts).map((c) => c.title)).toEqual(['各期客户留存与流失', '客户流失原因统计', '客户群留存热力图', 'RFM 价值细分', '净推荐值打分分布（0–10）及置信区间', '客户健康度区间分布']);
    expect(zh.charts.churnReasons?.bars[1]?.label).toBe('（未注明原因）');
  });
});
