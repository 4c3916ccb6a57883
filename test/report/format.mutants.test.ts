import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/index.js';
import { formatChange, formatDecimal, formatDuration, formatValue } from '../../src/report/format.js';
import { calendarLabel } from '../../src/report/labels.js';

describe('formatting edges', () => {
  it('durations: minutes below an hour, hours from an hour on, either sign', () => {
    expect(formatDuration('3600', 'en')).toBe('1.0 h'); // exactly an hour
    expect(formatDuration('3540', 'en')).toBe('59.0 min'); // 3540 / 60
    expect(formatDuration('-5400', 'en')).toBe('−1.5 h'); // |−5400| ≥ 3600: −5400 / 3600
    expect(formatDuration('-90', 'zh-CN')).toBe('−1.5 分钟');
  });

  it('grouping and half-even rounding in both locales', () => {
    expect(formatDecimal('1234567.891', 2, 'zh-CN')).toBe('1,234,567.89');
    expect(formatDecimal('0.05', 1, 'en')).toBe('0.0'); // half to even: 0.0
    expect(formatDecimal('0.15', 1, 'en')).toBe('0.2'); // half to even: 0.2
    expect(formatValue('-0.5', 'ratio', 'en')).toBe('−50.0%');
  });

  it('changes of every unit, signed', () => {
    expect(formatChange('-3.25', 'multiple', 'en')).toBe('−3.25×');
    expect(formatChange('2', 'count', 'en')).toBe('+2');
    expect(formatChange('-1', 'score', 'en')).toBe('−1.00');
    expect(formatChange('-0.0001', 'ratio', 'en')).toBe('0.0 pp'); // −0.01 pp rounds to 0.0: no sign
    expect(formatChange('0', 'seconds', 'zh-CN')).toBe('0.0 分钟');
    expect(formatChange('-7200', 'seconds', 'zh-CN')).toBe('−2.0 小时');
    expect(formatChange('90', 'seconds', 'en')).toBe('+1.5 min');
  });

  it('every quarter in Chinese', () => {
    expect(['Q1', 'Q2', 'Q3', 'Q4'].map((q) => calendarLabel('quarter', `2026-${q}`, 'zh-CN'))).toEqual(['2026年第一季度', '2026年第二季度', '2026年第三季度', '2026年第四季度']);
    expect(calendarLabel('month', '2026-11', 'zh-CN')).toBe('2026年11月');
  });

  it("CAC's own reason, N = 0, in Chinese", () => {
    // a has been a customer since January: February has cost lines but no new customer
    const r = buildReport(
      { events: [{ customerId: 'a', type: 'acquired', at: '2026-01-05T00:00:00Z' }], costs: [{ at: '2026-02-01T00:00:00Z', line: 'ads', amount: '10' }] },
      { month: '2026-02' },
      { locale: 'zh-CN' },
    );
    expect(r.notComputed.find((n) => n.id === 'customerAcquisitionCost')?.reason).toBe('本期没有新增客户（N = 0）');
  });
});

describe('a negative change that rounds to zero carries no minus sign, whatever its unit', () => {
  it('seconds like the others (found by mutants 1441, 1443, 1444 of the full report run)', () => {
    expect(formatChange('-0.0001', 'ratio', 'en')).toBe('0.0 pp'); // −0.01 pp → 0.0
    expect(formatChange('-0.001', 'money', 'en')).toBe('0.00'); // −0.001 → 0.00
    expect(formatChange('-1', 'seconds', 'en')).toBe('0.0 min'); // −1 / 60 = −0.0167 min → 0.0 (was "−0.0 min")
    expect(formatChange('-1', 'seconds', 'zh-CN')).toBe('0.0 分钟');
    expect(formatChange('-3', 'seconds', 'en')).toBe('0.0 min'); // −3 / 60 = −0.05 → half-even to the even 0.0
    expect(formatChange('-6', 'seconds', 'en')).toBe('−0.1 min'); // −6 / 60 = −0.1: a change that shows keeps its sign
  });
});
