// Naive reference implementations, written straight from the counting rules in API.md with no
// attention to speed, to check the fast ones against.
import { Decimal } from '../../src/index.js';
import { localFields, type RawEvent } from './arbitraries.js';

function ordered(log: readonly RawEvent[]) {
  return log.map((e, index) => ({ ...e, index })).sort((x, y) => x.at - y.at || x.index - y.index);
}

export function referenceSnapshot(log: readonly RawEvent[], start: number, end: number) {
  let S = 0, E = 0, N = 0, C = 0, R = 0, anomalies = 0;
  const ids = [...new Set(log.map((e) => e.id))];
  for (const id of ids) {
    const mine = ordered(log).filter((e) => e.id === id && e.at < end);
    let active = false;
    let ever = false;
    const statusBefore = (t: number) => {
      let a = false, ev = false;
      for (const e of mine) {
        if (e.at >= t) break;
        if (e.type === 'acquired' && !a) (a = true), (ev = true);
        else if (e.type === 'reactivated' && ev && !a) a = true;
        else if (e.type === 'churned' && a) a = false;
      }
      return a;
    };
    const aS = statusBefore(start);
    const aE = statusBefore(end);
    let during = aS;
    let firstType = '';
    const firstAcq = mine.find((e) => e.type === 'acquired');
    for (const e of mine) {
      if (e.type === 'purchase') {
        if (!firstAcq || e.at < firstAcq.at || (e.at === firstAcq.at && e.index < firstAcq.index)) anomalies++;
        continue;
      }
      const wasActive = active;
      if (e.type === 'acquired') {
        if (active) anomalies++;
        else (active = true), (ever = true);
      } else if (e.type === 'reactivated') {
        if (!ever || active) anomalies++;
        else active = true;
      } else if (!active) anomalies++;
      else active = false;
      if (e.at >= start && !wasActive && active) {
        during = true;
        if (!aS && firstType === '') firstType = e.type;
      }
    }
    S += +aS;
    E += +aE;
    if (!aS && during) (N++, firstType === 'reactivated' && R++);
    if (during && !aE) C++;
  }
  return { S, E, N, C, R, anomalies };
}

export function referenceSummaries(log: readonly RawEvent[], asOf: number, unit: 'day' | 'week' | 'month', zone: string) {
  const dayNo = (ms: number) => {
    const { y, m, d } = localFields(ms, zone);
    return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
  };
  const period = (ms: number) => {
    if (unit === 'day') return dayNo(ms);
    if (unit === 'week') return Math.floor((dayNo(ms) + 3) / 7);
    const { y, m } = localFields(ms, zone);
    return y * 12 + m - 1;
  };
  const byId = new Map<string, RawEvent[]>();
  for (const e of log) if (e.type === 'purchase' && e.at <= asOf) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  return [...byId.keys()].sort().map((id) => {
    const ps = byId.get(id)!;
    const perPeriod = new Map<number, Decimal>();
    for (const p of ps) perPeriod.set(period(p.at), (perPeriod.get(period(p.at)) ?? new Decimal(0)).plus(new Decimal(p.cents).div(100)));
    const keys = [...perPeriod.keys()].sort((a, b) => a - b);
    const total = ps.reduce((s, p) => s.plus(new Decimal(p.cents).div(100)), new Decimal(0));
    const repeat = keys.slice(1).reduce((s, k) => s.plus(perPeriod.get(k)!), new Decimal(0));
    return {
      customerId: id,
      purchaseCount: ps.length,
      totalAmount: total.toString(),
      frequency: keys.length - 1,
      recency: keys[keys.length - 1]! - keys[0]!,
      T: period(asOf) - keys[0]!,
      monetaryValue: keys.length === 1 ? '0' : repeat.div(keys.length - 1).toString(),
      firstPurchaseAt: new Date(Math.min(...ps.map((p) => p.at))).toISOString(),
      lastPurchaseAt: new Date(Math.max(...ps.map((p) => p.at))).toISOString(),
    };
  });
}
