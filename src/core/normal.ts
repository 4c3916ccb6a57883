/**
 * The standard normal distribution in float64, to double precision: the complementary error
 * function (W. J. Cody's rational approximations), the normal CDF Φ, the two-sided p-value and
 * the quantile Φ⁻¹ (M. J. Wichura's algorithm AS 241, PPND16). Used by the survey statistics
 * (margins of error, tests); they are estimates, so float64 is the right tool, and every result
 * is accurate to a relative error below 1e-14 across the range the library uses (checked against
 * published values in test/core/normal.test.ts).
 *
 * References:
 * - W. J. Cody (1969), "Rational Chebyshev approximations for the error function", Math. Comp.
 *   23, 631–637; the coefficients of his SPECFUN routine CALERF (ACM TOMS 715, 1993).
 * - M. J. Wichura (1988), "Algorithm AS 241: The percentage points of the normal distribution",
 *   Applied Statistics 37(3), 477–484.
 */

import { Decimal } from './decimal.js';

// Cody's CALERF coefficients: erf on |x| ≤ 0.46875 …
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
// … erfc on 0.46875 < x ≤ 4 …
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909, 1712.04761263407058,
  2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716,
  3439.36767414372164, 1230.33935480374942,
];
// … and erfc on x > 4 (asymptotic form).
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const ONE_OVER_SQRT_PI = 0.56418958354775628695;

/** exp(−y²) for y ≥ 0, split so that the rounding of y² does not cost accuracy (Cody). */
function expMinusSquare(y: number): number {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del);
}

/**
 * The complementary error function erfc(x) = 1 − erf(x) = (2/√π) ∫ₓ^∞ e^(−t²) dt, accurate to
 * full relative precision in the right tail (no cancellation for large x).
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const ysq = y * y;
    let num = A[4]! * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]!) * ysq;
      den = (den + B[i]!) * ysq;
    }
    return 1 - (x * (num + A[3]!)) / (den + B[3]!);
  }
  let r: number;
  if (y <= 4) {
    let num = C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    r = ((num + C[7]!) / (den + D[7]!)) * expMinusSquare(y);
  } else if (y >= 26.543) {
    r = 0; // below the smallest double
  } else {
    const ysq = 1 / (y * y);
    let num = P[5]! * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * ysq;
      den = (den + Q[i]!) * ysq;
    }
    const s = (ysq * (num + P[4]!)) / (den + Q[4]!);
    r = ((ONE_OVER_SQRT_PI - s) / y) * expMinusSquare(y);
  }
  return x < 0 ? 2 - r : r;
}

/** The standard normal CDF Φ(x) = erfc(−x/√2) / 2. */
export function normalCdf(x: number): number {
  return erfc(-x / Math.SQRT2) / 2;
}

/** The two-sided p-value of a z statistic: P(|Z| ≥ |z|) = erfc(|z|/√2), exact in the tail. */
export function twoSidedPValue(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** Evaluate a polynomial with coefficients from the constant term up (Horner). */
function poly(c: readonly number[], x: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * x + c[i]!;
  return s;
}

// Wichura's AS 241 (PPND16) coefficients, constant term first.
const AS241_A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
];
const AS241_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const AS241_C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
  0.0227238449892691845833, 7.7454501427834140764e-4,
];
const AS241_D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966,
  5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const AS241_E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const AS241_F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5,
  1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/** Wichura's AS 241 (PPND16) for 0 < p < 1. */
function as241(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(AS241_A, r)) / poly(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = poly(AS241_C, r) / poly(AS241_D, r);
  } else {
    r -= 5;
    x = poly(AS241_E, r) / poly(AS241_F, r);
  }
  return q < 0 ? -x : x;
}

/**
 * The standard normal quantile Φ⁻¹(p) for 0 < p < 1 (Wichura's AS 241, as R's `qnorm`; about 1
 * part in 10¹⁶). The caller guarantees 0 < p < 1.
 */
export function normalQuantile(p: number): number {
  return as241(p);
}

/**
 * The critical value z of a two-sided interval at `confidence` (0.95 → 1.959963984540054):
 * Φ⁻¹(1 − α/2) with α = 1 − confidence, α/2 taken from the decimal the caller wrote (0.95 → 0.025
 * exactly, not 1 − 0.94999999999999995559), then z = −Φ⁻¹(α/2).
 */
export function twoSidedCriticalValue(confidence: number): number {
  const halfAlpha = new Decimal(1).minus(new Decimal(String(confidence))).div(2).toNumber();
  return -normalQuantile(halfAlpha);
}
