import { Decimal, ZERO } from './decimal.js';

/** Decimal places of an apportioned share (the library's precision is 40 significant digits). */
export const SHARE_PLACES = 38;

const SCALE = 10n ** BigInt(SHARE_PLACES);

/**
 * Shares of a breakdown that sum to exactly 1: each count over the total, to `SHARE_PLACES`
 * decimal places by the largest-remainder (Hamilton) method, so that 1/3, 1/3, 1/3 become
 * 0.33…34, 0.33…33, 0.33…33 (the first in the given order takes the extra unit on a tie). The
 * floors and remainders are exact integer arithmetic (BigInt), so a share that terminates within
 * those places is exact. Total 0 → every share 0. The counts must sum to the total.
 */
export function apportionedShares(counts: readonly number[], total: number): Decimal[] {
  if (total === 0) return counts.map(() => ZERO);
  const t = BigInt(total);
  const floors = counts.map((c) => (BigInt(c) * SCALE) / t);
  const remainders = counts.map((c) => (BigInt(c) * SCALE) % t);
  let missing = SCALE - floors.reduce((a, b) => a + b, 0n);
  const order = counts.map((_, i) => i).sort(largestRemainderFirst(remainders));
  for (const i of order) {
    if (missing <= 0n) break;
    floors[i]! += 1n;
    missing -= 1n;
  }
  return floors.map((f) => new Decimal(f.toString()).div(SCALE.toString()));
}

/**
 * The order in which counts take a missing unit: larger remainder first, then the earlier index. A
 * consistent comparator (its sign flips when its arguments are swapped), so the order does not
 * depend on the engine's sort: an inconsistent one can give the same order under V8's TimSort,
 * which always passes the later element first, and another order elsewhere.
 */
export function largestRemainderFirst(remainders: readonly bigint[]): (a: number, b: number) => number {
  return (a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b);
}
