import { Decimal } from '../core/decimal.js';

/** The report's two languages. */
export type ReportLocale = 'en' | 'zh-CN';

/** What kind of number a report value is; decides how it is displayed. */
export type ReportUnit = 'ratio' | 'points' | 'money' | 'count' | 'seconds' | 'score' | 'multiple';

const groupers = new Map<ReportLocale, Intl.NumberFormat>();
function grouper(locale: ReportLocale): Intl.NumberFormat {
  let f = groupers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 });
    groupers.set(locale, f);
  }
  return f;
}

/**
 * Format an exact decimal string with `places` decimals (half-even) and the locale's digit
 * grouping. Exact: the integer part is grouped through `BigInt`, never through a float.
 */
export function formatDecimal(value: string | Decimal, places: number, locale: ReportLocale): string {
  const fixed = new Decimal(value).toFixed(places, Decimal.ROUND_HALF_EVEN);
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = grouper(locale).format(BigInt(int));
  // Both report locales (en, zh-CN) write a decimal point; a locale with a decimal comma would
  // need its separator here.
  const body = frac === undefined ? grouped : `${grouped}.${frac}`;
  // "-0.0" after rounding a tiny negative is shown as "0.0".
  return negative && /[1-9]/.test(body) ? `−${body}` : body;
}

/** Display a value of the given unit, per locale. Ratios as percentages with one decimal. */
export function formatValue(value: string | null, unit: ReportUnit, locale: ReportLocale): string {
  if (value === null) return '—';
  switch (unit) {
    case 'ratio':
      return `${formatDecimal(new Decimal(value).times(100), 1, locale)}%`;
    case 'points':
      return formatDecimal(value, 1, locale);
    case 'money':
      return formatDecimal(value, 2, locale);
    case 'count':
      return formatDecimal(value, 0, locale);
    case 'score':
      return formatDecimal(value, 2, locale);
    case 'multiple':
      return `${formatDecimal(value, 2, locale)}×`;
    case 'seconds':
      return formatDuration(value, locale);
  }
}

/** A duration in seconds as hours (or minutes below an hour), one decimal. */
export function formatDuration(seconds: string, locale: ReportLocale): string {
  const s = new Decimal(seconds);
  if (s.abs().lt(3600)) {
    return `${formatDecimal(s.div(60), 1, locale)}${locale === 'zh-CN' ? ' 分钟' : ' min'}`;
  }
  return `${formatDecimal(s.div(3600), 1, locale)}${locale === 'zh-CN' ? ' 小时' : ' h'}`;
}

/**
 * The change from the previous period, displayed: ratios in percentage points, everything else
 * in its own unit, always signed.
 */
export function formatChange(difference: string, unit: ReportUnit, locale: ReportLocale): string {
  const d = new Decimal(difference);
  const sign = d.isPositive() && !d.isZero() ? '+' : '';
  if (unit === 'ratio') {
    const pp = formatDecimal(d.times(100), 1, locale);
    return `${sign}${pp}${locale === 'zh-CN' ? ' 个百分点' : ' pp'}`;
  }
  return `${sign}${formatValue(d.toString(), unit, locale)}`;
}
