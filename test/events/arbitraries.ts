import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { Decimal, type CustomerEvent } from '../../src/index.js';

export const IDS = ['a', 'b', 'c', '__proto__', 'constructor', 'toString', ''];
export const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns'];

const BASE = Date.UTC(2025, 0, 1);
const SPAN_HOURS = 2 * 366 * 24;

/** An instant on a whole hour (ties are likely) in 2025–2026. */
export const instantArb = fc.integer({ min: 0, max: SPAN_HOURS }).map((h) => BASE + h * 3_600_000);

export interface RawEvent {
  id: string;
  type: 'acquired' | 'churned' | 'reactivated' | 'purchase';
  at: number;
  cents: number;
}

export const rawEventArb: fc.Arbitrary<RawEvent> = fc.record({
  id: fc.constantFrom(...IDS),
  type: fc.constantFrom('acquired', 'churned', 'reactivated', 'purchase', 'purchase'),
  at: instantArb,
  cents: fc.integer({ min: 0, max: 10_000_000 }),
});

export const logArb = fc.array(rawEventArb, { maxLength: 60 });

/** Render a raw event in canonical form: ISO string in Z, amount as a 2-decimal string. */
export function canonical(e: RawEvent): CustomerEvent {
  const at = new Date(e.at).toISOString();
  return e.type === 'purchase'
    ? { customerId: e.id, type: 'purchase', at, amount: (e.cents / 100).toFixed(2) }
    : { customerId: e.id, type: e.type, at };
}

function offsetString(ms: number, offsetMin: number): string {
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 23);
  const sign = offsetMin < 0 ? '-' : '+';
  const a = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Render the same event through the general path: other offsets, Dates, numbers, Decimals, 3+ decimals. */
export function general(e: RawEvent, k: number): CustomerEvent {
  const forms = [
    () => offsetString(e.at, 330),
    () => new Date(e.at),
    () => offsetString(e.at, -480),
    () => new Date(e.at).toISOString().replace('.000Z', '.0000001Z'),
  ];
  const at = forms[k % forms.length]!();
  if (e.type !== 'purchase') return { customerId: e.id, type: e.type, at };
  const amounts = [
    () => new Decimal(e.cents).div(100),
    () => e.cents / 100,
    () => `${(e.cents / 100).toFixed(2)}000`,
    () => new Decimal(e.cents).div(100).toString(),
  ];
  return { customerId: e.id, type: 'purchase', at, amount: amounts[(k >> 2) % amounts.length]!() };
}

/** Local calendar fields of an instant in a zone, the date-fns way (an independent reference). */
export function localFields(ms: number, zone: string): { y: number; m: number; d: number } {
  const t = new TZDate(ms, zone);
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}
