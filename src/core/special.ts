// Special functions for the predictive models, in float64: log-gamma, digamma and the Gaussian
// hypergeometric function 2F1 with the transformations that keep its series convergent.
// Written from the definitions in Abramowitz & Stegun (1964) ch. 6 and 15 and the NIST DLMF
// §5 and §15.8; internal to the library (not exported from the package root).

// Lanczos approximation, g = 7, nine coefficients (Numerical Recipes 3rd ed. §6.1 / Godfrey's set);
// relative accuracy about 1e-15 for x ≥ 0.5.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.91893853320467274178; // ln √(2π)

/**
 * ln |Γ(x)| for real x that is not a pole (0, −1, −2, …; there it returns +Infinity).
 * Lanczos for x ≥ 0.5; the reflection formula Γ(x)Γ(1 − x) = π / sin(πx) below.
 */
export function logGamma(x: number): number {
  if (x < 0.5) {
    if (Number.isInteger(x)) return Infinity;
    // ln|Γ(x)| = ln π − ln|sin πx| − ln Γ(1 − x)
    return Math.log(Math.PI / absSinPi(x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let s = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) s += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/**
 * |sin(πx)| with full relative accuracy next to the integers: |sin(π(x − n))| with n the nearest
 * integer, where x − n is exact (Sterbenz), so the reduced argument is not rounded (x − 2⌊x/2⌋
 * rounded near the poles: at x = −1 + 2⁻⁵³ to 1). Its one caller, logGamma, needs only the
 * magnitude, and returns before an integer x (a pole).
 */
function absSinPi(x: number): number {
  return Math.abs(Math.sin(Math.PI * (x - Math.round(x))));
}

/** The sign of Γ(x): +1 for x > 0, alternating between the poles for x < 0 (0 at a pole). */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  return Math.floor(-x) % 2 === 0 ? -1 : 1;
}

/**
 * The digamma function ψ(x) = d ln Γ(x) / dx: recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10,
 * then the asymptotic series (A&S 6.3.18); reflection ψ(1 − x) − π cot(πx) for x ≤ 0.
 */
export function digamma(x: number): number {
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN; // a pole; never reached by the models
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  }
  let acc = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    acc +
    Math.log(x) -
    0.5 * inv -
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))))
  );
}

/** Largest number of series terms (reached only for z within about 1e-3 of 1 with c − a − b near an integer; the sum is then truncated). */
const MAX_TERMS = 20_000;
const EPS = 1e-17;

/** The Gauss series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ, summed until the terms no longer matter. */
function gaussSeries(a: number, b: number, c: number, z: number): number {
  return gaussSum(a, b, c, z).sum;
}

/**
 * The Gauss series with Σ |terms| (its cancellation: the relative rounding error is about
 * 1e−16 · abs / |sum|) and whether it stopped before MAX_TERMS (when not, it is truncated).
 */
function gaussSum(a: number, b: number, c: number, z: number): { sum: number; abs: number; done: boolean } {
  let term = 1;
  let sum = 1;
  let abs = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    sum += term;
    abs += Math.abs(term);
    if (term === 0) return { sum, abs, done: true }; // a or b a non-positive integer: a polynomial
    // Stop once the term is negligible and the terms shrink (beyond the hump of large a, b): the
    // next term is this one times (a + n + 1)(b + n + 1) z / ((c + n + 1)(n + 2)). Without the z
    // that ratio stays above 1 for ever when a + b > c + 1, and the sum ran to MAX_TERMS (its terms
    // stuck at the smallest subnormal), so hyp2f1 took it for truncated and kept a cancelled
    // z → 1 − z instead: ₂F₁(33.022, 26.082; 52.458; 0.787038) was 1.08e17 for 3.2548e9.
    // With c < 0 not before n has passed −c: the factor 1/(c + n) makes the terms grow again as
    // c + n nears 0, however small they were (₂F₁(4.89, −18; −48.97; 0.73) lost everything).
    if (c + n + 1 > 0 && Math.abs(term) <= EPS * Math.abs(sum) && Math.abs((a + n + 1) * (b + n + 1) * z) < Math.abs((c + n + 1) * (n + 2))) {
      return { sum, abs, done: true };
    }
  }
  return { sum, abs, done: false };
}

/** sign · exp(Σ ln|Γ(num)| − Σ ln|Γ(den)|); 0 when a denominator argument is a pole. */
function gammaRatio(num: readonly number[], den: readonly number[]): number {
  let sign = 1;
  let log = 0;
  for (const v of den) {
    const s = gammaSign(v);
    if (s === 0) return 0;
    sign *= s;
    log -= logGamma(v);
  }
  for (const v of num) {
    sign *= gammaSign(v);
    log += logGamma(v);
  }
  return sign * Math.exp(log);
}

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for real parameters, c not a
 * non-positive integer, and real z < 1 (z = 1 too when c − a − b > 0, by Gauss's theorem).
 *
 * - 0 ≤ z ≤ 0.75: the Gauss series directly (terms shrink at least like zⁿ).
 * - z < 0: Pfaff's transformation (A&S 15.3.4) maps z to z / (z − 1) in (0, 1).
 * - 0.75 < z < 1: the linear transformation z → 1 − z (A&S 15.3.6), whose two series
 *   converge like (1 − z)ⁿ. When its two parts cancel by more than four digits the Gauss series
 *   at z is summed as well and the result losing fewer digits kept. When c − a − b is within
 *   1e-4 of an integer that transformation cancels catastrophically, so the Gauss series is
 *   summed instead, after Euler's transformation (A&S 15.3.3) when that makes its terms decay
 *   faster.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0 || a === 0 || b === 0) return 1;
  const m = c - a - b;
  if (z === 1) return m > 0 ? gammaRatio([c, m], [c - a, c - b]) : Infinity;
  if (z < 0) {
    // Pfaff: (1 − z)^(−a) ₂F₁(a, c − b; c; z/(z − 1)); use the form whose first parameter is
    // a non-positive integer when there is one (a terminating series), else the one with a.
    const w = z / (z - 1);
    if (Number.isInteger(b) && b < 0 && !(Number.isInteger(a) && a < 0)) return Math.pow(1 - z, -b) * hyp2f1(b, c - a, c, w);
    return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, w);
  }
  // The Gauss series also when c dwarfs a and b (its terms are then tiny from the start) or when it terminates.
  if (z <= 0.75 || c > 50 * (Math.abs(a) + Math.abs(b) + 1) || (Number.isInteger(a) && a < 0) || (Number.isInteger(b) && b < 0)) {
    return gaussSeries(a, b, c, z);
  }
  if (Math.abs(m - Math.round(m)) > 1e-4) {
    const y = 1 - z;
    const t1 = gammaRatio([c, m], [c - a, c - b]);
    const t2 = gammaRatio([c, -m], [a, b]);
    const p1 = t1 === 0 ? 0 : t1 * gaussSeries(a, b, 1 - m, y);
    const p2 = t2 === 0 ? 0 : Math.pow(y, m) * t2 * gaussSeries(c - a, c - b, m + 1, y);
    const value = p1 + p2;
    // The two parts can cancel (a, b, c large and z just above 0.75: ₂F₁(9, 8.86; 27.1; 0.772)
    // ≈ 21.6 as −1.1e10 + 1.1e10). Past four lost digits, sum the Gauss series at z itself too
    // (it converges for z < 1, only more slowly) and keep whichever loses fewer digits.
    const lost = (Math.abs(p1) + Math.abs(p2)) / Math.abs(value);
    if (!(lost <= 1e4)) {
      const direct = gaussSum(a, b, c, z);
      if (direct.done && direct.abs / Math.abs(direct.sum) < lost) return direct.sum;
    }
    return value;
  }
  // Near-integer c − a − b: Euler's transformation when it leaves smaller parameters.
  if (m < 0) return Math.pow(1 - z, m) * gaussSeries(c - a, c - b, c, z);
  return gaussSeries(a, b, c, z);
}

/**
 * ln ₂F₁(a, b; a + 1; z) for a > 0, b > 0, a + 1 − b > 0 and 0 ≤ z < 1: the form the
 * Pareto/NBD likelihood needs.
 *
 * - z ≤ 0.9: Euler's transformation gives ₂F₁(a, b; a + 1; z) = (1 − z)^(1 − b) ₂F₁(1, a + 1 − b; a + 1; z),
 *   whose terms are all positive and shrink at least like zⁿ (at most ~ 400 of them), so the sum
 *   neither overflows nor cancels however large a and b are; the logarithm keeps (1 − z)^(1 − b)
 *   in range.
 * - z > 0.9: that series would need ~ 37 / (1 − z) terms, and the z → 1 − z transformation cancels
 *   catastrophically once a(1 − z) is more than a few units (a = 400, z = 0.95 lost three digits), so
 *   the Euler integral is used instead (A&S 15.3.1 with c = a + 1, then t = e^(−s/a)):
 *   ₂F₁(a, b; a + 1; z) = a ∫₀¹ t^(a−1) (1 − zt)^(−b) dt = ∫₀^∞ e^(−s) (1 − z e^(−s/a))^(−b) ds.
 *   Its integrand is positive; 1 − z e^(−s/a) = (1 − z) − z·expm1(−s/a) is formed without
 *   cancellation; and after s = eᵘ it is analytic in a strip |Im u| < π/2 around the real axis
 *   (the nearest singularities, where z e^(−s/a) = 1, sit at arg s = ±π/2 or π) and decays at both
 *   ends, so the trapezoidal rule in u with step 0.2 converges to about e^(−2π·1.4/0.2) ≈ 1e−19
 *   (Trefethen & Weideman, "The exponentially convergent trapezoidal rule", SIAM Review 56, 2014). The nodes run from 42 units of u below the
 *   scale on which the integrand first falls, min(1, a(1 − z)/b, a/b) (b read as at least 1), up to
 *   s = 42, where e^(−s) has cut the rest below 1e−18 of the total, and stop early past s = 1 once
 *   the integrand is negligible: at most ~ 450 nodes, summed in log space (15–20 µs a call). Within
 *   1e−15 of mpmath over a = 10⁻⁶…10⁸, b = 10⁻⁶…2·10⁴, z = 0.9…1 − 10⁻¹³.
 */
export function logHyp2f1Shifted(a: number, b: number, z: number): number {
  if (z === 0) return 0;
  if (z > 0.9) return logShiftedIntegral(a, b, z);
  const d = a + 1 - b;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= ((d + n) / (a + 1 + n)) * z;
    sum += term;
    // the remaining tail is below term · z / (1 − z)
    if (term * z <= EPS * sum * (1 - z)) break;
  }
  return (1 - b) * Math.log1p(-z) + Math.log(sum);
}

/** Step of the trapezoidal rule in u = ln s for {@link logShiftedIntegral}. */
const TRAPEZOID_STEP = 0.2;

/** ln ∫₀^∞ e^(−s) (1 − z e^(−s/a))^(−b) ds by the trapezoidal rule in u = ln s (see {@link logHyp2f1Shifted}). */
function logShiftedIntegral(a: number, b: number, z: number): number {
  const oneMinusZ = 1 - z; // exact for z ≥ 0.5
  const scale = Math.min(1, (a * oneMinusZ) / Math.max(b, 1), a / Math.max(b, 1));
  // A scale below e^−700 (or 0, when a(1 − z) underflows) is below any s float64 resolves next to
  // e^(−s); without the floor the node count would be unbounded.
  const lo = Math.max(Math.log(scale), -700) - 42;
  const n = Math.ceil((Math.log(42) - lo) / TRAPEZOID_STEP);
  // Σ e^(f(u_k)) with f(u) = u − e^u − b ln(1 − z e^(−e^u/a)) the log of the integrand in u, kept as
  // e^max · sum so that nothing overflows
  let max = -Infinity;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    const u = lo + k * TRAPEZOID_STEP;
    const s = Math.exp(u);
    const f = u - s - b * Math.log(oneMinusZ - z * Math.expm1(-s / a));
    if (f > max) {
      sum = sum * Math.exp(max - f) + 1;
      max = f;
    } else sum += Math.exp(f - max);
    // past s = 1, f only falls (f′(u) = 1 − s − b s z e^(−s/a) / (a(1 − z e^(−s/a))) < 0): stop once negligible
    if (s > 1 && f < max - 42) break;
  }
  return max + Math.log(sum * TRAPEZOID_STEP);
}

/** ln(eᵘ + eᵛ) without overflow. */
export function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** ln(eᵘ − eᵛ) for u ≥ v, without overflow (−Infinity when u = v). */
export function logSubExp(u: number, v: number): number {
  if (v === -Infinity) return u;
  const d = v - u;
  // ln(1 − e^d), accurate both for d near 0 and for very negative d
  return u + (d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
}
