import { describe, expect, it } from 'vitest';
import { formatChange, formatDecimal, formatDuration, formatValue } from '../../src/report/format.js';
import { calendarLabel, metricLabel, reasonIn, ui } from '../../src/report/labels.js';

describe('formatting per locale, exact', () => {
  it('groups digits exactly, beyond float precision', () => {
    expect(formatDecimal('12345678901234567890.125', 2, 'en')).toBe('12,345,678,901,234,567,890.12'); // half-even: .125 → .12
    expect(formatDecimal('1234.5', 0, 'zh-CN')).toBe('1,234'); // half-even: 1234.5 → 1234
    expect(formatDecimal('-0.04', 1, 'en')).toBe('0.0');
    expect(formatDecimal('-1500', 0, 'en')).toBe('−1,500');
  });

  it('shows each unit', () => {
    expect(formatValue('0.826', 'ratio', 'en')).toBe('82.6%');
    expect(formatValue('31.25', 'points', 'en')).toBe('31.2'); // half-even
    expect(formatValue('3500', 'money', 'zh-CN')).toBe('3,500.00');
    expect(formatValue('48', 'count', 'en')).toBe('48');
    expect(formatValue('4.5', 'score', 'en')).toBe('4.50');
    expect(formatValue('3.25', 'multiple', 'en')).toBe('3.25×');
    expect(formatValue('7200', 'seconds', 'en')).toBe('2.0 h');
    expect(formatValue(null, 'ratio', 'en')).toBe('—');
    expect(formatDuration('90', 'zh-CN')).toBe('1.5 分钟');
    expect(formatDuration('5400', 'zh-CN')).toBe('1.5 小时');
  });

  it('shows changes signed, rates in percentage points', () => {
    expect(formatChange('-0.0239', 'ratio', 'en')).toBe('−2.4 pp');
    expect(formatChange('0.05', 'ratio', 'zh-CN')).toBe('+5.0 个百分点');
    expect(formatChange('12.5', 'points', 'en')).toBe('+12.5');
    expect(formatChange('0', 'money', 'en')).toBe('0.00');
    expect(formatChange('-1800', 'seconds', 'en')).toBe('−30.0 min');
    expect(formatChange('7200', 'seconds', 'en')).toBe('+2.0 h');
    expect(formatChange('0', 'seconds', 'en')).toBe('0.0 min');
  });
});

describe('labels', () => {
  it('names metrics with the seeds’ Chinese names', () => {
    expect(metricLabel('customerRetentionRate', 'zh-CN')).toBe('客户保留率（CRR）');
    expect(metricLabel('customerRetentionRate', 'en')).toBe('Customer retention rate (CRR)');
    expect(metricLabel('salesConversionRate', 'zh-CN')).toBe('销售转化率');
    expect(metricLabel('repeatPurchaseRate', 'en')).toBe('Repeat purchase rate');
    expect(ui('title', 'zh-CN')).toBe('客户管理汇报');
  });

  it('translates reasons, falling back to English', () => {
    expect(reasonIn('no cost lines in the period', 'zh-CN')).toBe('本期没有获客成本记录');
    expect(reasonIn('no cost lines in the period', 'en')).toBe('no cost lines in the period');
    expect(reasonIn('something new', 'zh-CN')).toBe('something new');
  });

  it('labels calendar periods in Chinese', () => {
    expect(calendarLabel('quarter', '2026-Q2', 'zh-CN')).toBe('2026年第二季度');
    expect(calendarLabel('month', '2026-03', 'zh-CN')).toBe('2026年3月');
    expect(calendarLabel('year', '2026', 'zh-CN')).toBe('2026年');
    expect(calendarLabel('quarter', '2026-Q2', 'en')).toBe('2026-Q2');
  });
});
