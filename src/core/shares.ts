import { Decimal, ONE, ZERO } from './decimal.js';

/** Decimal places of an apportioned share (the library's precision is 40 significant digits). */
export const SHARE_PLACES = 38;

/**
 * Shares of a breakdown that sum to exactly 1: each count over the total, to `SHARE_PLACES`
 * decimal places by the largest-remainder (Hamilton) method, so that 1/3, 1/3, 1/3 become
 * 0.33…34, 0.33…33, 0.33…33 (the first in the given order takes the extra unit on a tie).
 * A share that terminates within those places is exact. Total 0 → every share 0.
 */
export function apportionedShares(counts: readonly number[], total: number): Decimal[] {
  if (total === 0) return counts.map(() => ZERO);
  const unit = new Decimal(10).pow(-SHARE_PLACES);
  const floors = counts.map((c) => new Decimal(c).div(total).toDecimalPlaces(SHARE_PLACES, Decimal.ROUND_DOWN));
  const remainders = counts.map((c, i) => new Decimal(c).minus(floors[i]!.times(total)));
  let missing = ONE.minus(floors.reduce((a, b) => a.plus(b), ZERO)).div(unit).toNumber();
  const order = counts.map((_, i) => i).sort((a, b) => remainders[b]!.comparedTo(remainders[a]!) || a - b);
  const out = floors.slice();
  for (const i of order) {
    if (missing <= 0) break;
    if (remainders[i]!.isZero()) continue;
    out[i] = out[i]!.plus(unit);
    missing -= 1;
  }
  return out;
}
