import { describe, expect, it } from 'vitest';
import { digamma, gammaSign, hyp2f1, logAddExp, logGamma, logHyp2f1Shifted, logSubExp } from '../../src/core/special.js';

// Reference values: mpmath 1.3.0 at 40 significant digits (mpmath.loggamma, mpmath.digamma,
// mpmath.hyp2f1 at the exact double of each argument), shown to 17 digits. An independent
// implementation, not our own output.
const rel = (a: number, b: number) => (b === 0 ? Math.abs(a) : Math.abs((a - b) / b));

describe('logGamma on both sides of 0.5 and far out', () => {
  it.each([
    [-2.5, -0.056243716497674051],
    [-0.1, 2.3689613327287887],
    [-7.3, -7.7791016298268524],
    [1e-8, 18.420680738180209],
    [0.1, 2.252712651734206],
    [0.25, 1.2880225246980775],
    [0.49, 0.59224962933526704],
    [0.5, 0.57236494292470009],
    [3.7, 1.4280723266653879],
    [1000, 5905.2204232091812],
    // far out on the negative axis, a hair from a pole: sin(πx) ≈ −3e−6 must come from x reduced to
    // [0, 2) exactly (here r = 2 − 2^−20); formed from a multiple of x near 2e6 instead, π·r would
    // carry an absolute error of ~5e−10, a relative error of ~2e−4 in sin(πx) and ~1e−11 in ln|Γ|
    [-(1e6 + 2 ** -20), -12815504.521727733922],
    [-1000000.25, -12815520.347232489236],
  ])('ln|Γ(%s)|', (x, expected) => {
    expect(rel(logGamma(x), expected)).toBeLessThan(1e-13);
  });

  it('signs of Γ between the poles', () => {
    // Γ is negative on (−1, 0), positive on (−2, −1), negative on (−3, −2)
    expect([gammaSign(0.1), gammaSign(-0.5), gammaSign(-1.5), gammaSign(-2.5), gammaSign(-3.5)]).toEqual([1, -1, 1, -1, 1]);
    expect([gammaSign(0), gammaSign(-1), gammaSign(-4)]).toEqual([0, 0, 0]);
    expect(gammaSign(1e-300)).toBe(1);
  });

  it('a pole far out on the negative axis is +Infinity, not ∞ − ∞', () => {
    // x = −1e307 is a (non-positive) integer: a pole of Γ, so ln|Γ| = +∞. Through the reflection
    // formula instead it would be ln(π / |sin(πx)|) − ln Γ(1 − x) = ∞ − ∞: sin(πx) = 0 exactly
    // there, and ln Γ(1e307) ≈ 1e307 · (ln 1e307 − 1) ≈ 7e309 overflows float64.
    expect(logGamma(-1e307)).toBe(Infinity);
    expect(logGamma(-Number.MAX_VALUE)).toBe(Infinity);
  });
});

describe('logGamma next to its poles', () => {
  // mpmath.loggamma at 40 digits of the exact double; sin(πx) must be taken at x − round(x),
  // not at a reduced argument that rounds (at −0.9999999999999999 it rounded to exactly 1: +∞)
  it.each([
    [-1e-17, 39.143946580898777],
    [-1e-16, 36.841361487904731],
    [-0.9999999999999999, 36.736800569677101],
    [-2.0000000000000004, 34.657359027997265],
    [-1e-10, 23.025850929998178],
  ])('ln|Γ(%s)|', (x, expected) => {
    expect(rel(logGamma(x), expected)).toBeLessThan(1e-14);
  });
});

describe('digamma across the recurrence, the series and the reflection', () => {
  it.each([
    [10, 2.2517525890667211],
    [9.99, 2.2507003728312011],
    [100, 4.6001618527380874],
    [1e6, 13.815510057964191],
    [3.7, 1.1671535393615114],
    [0.1, -10.423754940411077],
    [1e-8, -100000000.57721565],
    [-2.5, 1.1031566406452432],
    [-7.3, 4.3373073055100475],
  ])('ψ(%s)', (x, expected) => {
    expect(rel(digamma(x), expected)).toBeLessThan(1e-13);
  });

  it('a pole is NaN', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-2)).toBeNaN();
  });
});

describe('hyp2f1 in every branch', () => {
  it.each([
    // the Gauss series directly (0 < z ≤ 0.75)
    [2.5, 3.2, 3.5, 0.5, 4.8282512070893122],
    [2.5, 3.2, 3.5, 0.75, 22.92058193809522],
    // z → 1 − z with c − a − b far from an integer
    [2.5, 3.2, 3.5, 0.76, 25.111665689409683],
    [2.5, 3.2, 3.5, 0.95, 818.29345957548127],
    [2.5, 3.2, 3.5, 0.999, 4522819.0505711326],
    [0.3, 0.4, 1.7, 0.9, 1.1052284598703154],
    [1.5, 2.5, 3, 0.9, 14.663397526525133],
    [2.5, 1.5, 1, 0.8, 195.93186118141394],
    [3, 2, 1.5, 0.9, 4516.006595644985],
    [0.5, 0.5, 1.5, 0.81, 1.2441883499984825],
    // … where Γ(c − a) has a pole: only the second series
    [3, 0.7, 2, 0.9, 20.799270195531804],
    [0.7, 3, 2, 0.9, 20.799270195531804],
    // c − a − b within 1e-4 of an integer: the series, Euler-transformed when c − a − b < 0
    [1, 1, 2, 0.76, 1.877784678473876],
    [1.2, 0.8, 2.0, 0.97, 3.4713481104375085],
    [1.2, 0.8, 1.99995, 0.97, 3.4715493706958486],
    [2, 3, 4, 0.98, 134.36988623727253],
    [2, 3, 4.00005, 0.98, 134.35380675741279],
    [2, 3, 6, 0.98, 7.717052053731383],
    [2, 3, 4.5, 0.98, 46.550571673639189],
    // c large against a and b: the series
    [1, 2, 300, 0.99, 1.0066659910825925],
    // Pfaff for z < 0, choosing the terminating form
    [0.3, 0.4, 1.7, -0.9, 0.95004791585189745],
    [0.3, 0.4, 1.7, -5, 0.840211637885637],
    [1.5, -3, 2.5, -2, 12.40952380952381],
    [-3, 1.5, 2.5, -2, 12.40952380952381],
    [-3, -2, 2.5, -2, -1.0571428571428571],
    // … and the form whose power (1 − z)^(−a) or (1 − z)^(−b) stays in range at z = −1e6: the terminating
    // b-form when only b is a negative integer (1e6^−60 would underflow), the a-form otherwise (1e6^−400
    // would). Exact polynomials by hand (fractions): ₂F₁(60, −3; 2.5; −1e6) = Σₙ₌₀³ (−3)ₙ(60)ₙ/((2.5)ₙ n!) zⁿ
    // = 1 + 7.2e7 + 21960/17.5 · 1e12 + 1361520/236.25 · 1e18 = 121024026352001512000021/21, and
    // ₂F₁(−2, −200; 2.5; −1e6) = 1 + 160 · 1e6 + 79600/17.5 · 1e12 = 31839998880000007/7; mpmath for (0.5, 400)
    [60, -3, 2.5, -1e6, 121024026352001512000021 / 21],
    [-3, 60, 2.5, -1e6, 121024026352001512000021 / 21],
    [-2, -200, 2.5, -1e6, 31839998880000007 / 7],
    [0.5, 400, 1.5, -1e6, 4.435294232184954e-5],
    // z near 1: each input must take the route that converges there. The Gauss series needs ~ 1/(1 − z)
    // terms and stops at 20 000, so it is right only when c dwarfs a and b or the series terminates:
    // not for 0 < |a| + |b| < 1 (0.5, 0.25), a negative non-integer a (−8.5), a positive whole a (3, 1),
    // nor, within 1e−4 of an integer c − a − b ≥ 0, Euler's form, nor for c − a − b < 0 the plain series:
    // (1, 1; 1; z) = (1 − z)^−1 (A&S 15.1.8), (65.5, −2; −2.5) a polynomial worked with fractions,
    // (−1.99999, 1e−10; 18) ≈ 1. mpmath (120 digits) for the rest.
    [0.5, 0.25, 1.5, 0.999999, 1.1981197519400322],
    [-8.5, 12.25, 9, 0.99999, 3.0923864906910824e-8],
    [3, 2.5, 1.5, 0.99999, 1.9999900000364081e20],
    [1, 1, 1, 0.9999, 1 / (1 - 0.9999)],
    [65.5, -2, -2.5, 0.99999, 1214.90957878282],
    [-1.99999, 1e-10, 18, 0.999999, 0.99999999998918135],
    // a terminating series for z > 0.75
    [-2, 3, 4, 0.9, 0.13599999999999999],
    // a tiny a with a large b: the first terms are below 1e−17 of the sum but the terms then grow
    // (coefficient ratio (a + n + 1)(b + n + 1) / ((c + n + 1)(n + 2)) above 1), so the series must not stop there
    [1e-20, 100, 1, 0.5, 129379922.33755133],
    [1e-19, 40, 1, 0.5, 1.0000000028978413],
    [1e-20, 100, 1.5, 0.75, 2.8073777012797841e36],
    [1e-20, 60, -0.5, 0.5, 0.68675924960348835],
    // … the same with b tiny (₂F₁ is symmetric in a and b), and with c a negative non-integer, where
    // the terms jump once c + n is near 0 (n = 9, 16, 43 here) after a stretch of tiny ones. Reference:
    // the Gauss series summed at 120 digits (mpmath), agreeing with mpmath.hyp2f1 at 120 digits
    [100, 1e-20, 1, 0.5, 129379922.33755133],
    [18.5, 1e-22, -8.99995, 0.72, -560.87905045560136],
    [88.3, 2.5e-23, -16.00007, 0.23, -22.362797323318544],
    [2.85, 0.0266, -42.688, 0.6, -19926783723.481666],
  ])('₂F₁(%s, %s; %s; %s)', (a, b, c, z, expected) => {
    expect(rel(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-12);
  });

  it('c large against a and b, or a terminating series, near z = 1: the Gauss series to 1e−14', () => {
    // (2.5, 2.25; 650; 0.999995): mpmath at 120 digits. (−2, 6; 258.5; 0.999999): the polynomial
    // 1 − 2·6/258.5 · z + 2·6·7/(258.5·259.5) · z² (fractions). Through z → 1 − z instead, the Γ ratios of
    // arguments near 650 (ln Γ ≈ 3550) carry a relative error of ~1e−13.
    expect(rel(hyp2f1(2.5, 2.25, 650, 0.999995), 1.0087301544654538)).toBeLessThan(1e-14);
    expect(rel(hyp2f1(-2, 6, 258.5, 0.999999), 0.9542044927941331)).toBeLessThan(1e-14);
  });

  it('Γ(c − a) at a pole leaves only the second term of z → 1 − z, even where the first series overflows', () => {
    // ₂F₁(20000.3, 300.5; 19995.3; 0.8): c − a = −5, so Γ(c)Γ(m)/(Γ(c − a)Γ(c − b)) = 0 and the first series
    // ₂F₁(a, b; 1 − m; 0.2), whose terms overflow float64 (ratio ≈ 0.2 · a/n for thousands of terms), must not
    // be formed (0 · ∞ = NaN). By Euler the value is 0.2^(−305.5) times a polynomial of degree 5: mpmath (120
    // digits) 1.4699250741423011e210. The Γ ratios of arguments near 20 000 (ln Γ ≈ 1.8e5) cost about 2e−11.
    expect(rel(hyp2f1(20000.3, 300.5, 19995.3, 0.8), 1.4699250741423011e210)).toBeLessThan(1e-9);
  });

  it('a Gauss series that sums to far less than its terms stops on its sum, not on 1', () => {
    // ₂F₁(7, 1e−5; 2.00003; 0.99): c − a − b = −4.99998 is within 1e−4 of an integer, so Euler's form
    // (1 − z)^(c−a−b) ₂F₁(−4.99997, 2.00002; 2.00003; 0.99) is summed; that series nearly terminates
    // and its sum, ~1e−7, is far below its first terms (~1): the stop rule must compare each term
    // with that sum. mpmath at 120 digits: 3419.0136019044406. The cancellation costs the float64 sum
    // about 3e−9 of relative accuracy; stopping on 1e−17 instead of 1e−17 · |sum| would cost 3e−4.
    expect(rel(hyp2f1(7, 1e-5, 2.00003, 0.99), 3419.0136019044406)).toBeLessThan(1e-7);
  });

  it("z = 1: Gauss's theorem, with its signs and poles; ∞ when c − a − b ≤ 0", () => {
    // Γ(2)Γ(0.8) / (Γ(3.5)Γ(−0.7)): Γ(−0.7) < 0
    expect(rel(hyp2f1(-1.5, 2.7, 2, 1), -0.08197123690492234)).toBeLessThan(1e-12);
    // Γ(c − a) = Γ(0): a pole in the denominator → 0, as (1 − 1)^2.5 = 0
    expect(hyp2f1(3, -2.5, 3, 1)).toBe(0);
    // ₂F₁(−1, b; b; 1) = 1 − b/b = 0; by Gauss Γ(c − b) = Γ(0) is the pole. Exactly +0, whatever the sign
    // of the other denominator factor Γ(c − a) = Γ(−0.5) < 0 (a signed 0 · e^(−∞) would give −0)
    expect(hyp2f1(-1, -1.5, -1.5, 1)).toBe(0);
    expect(hyp2f1(2, 2, 3.5, 1)).toBe(Infinity);
    expect(hyp2f1(1, 1, 2, 1)).toBe(Infinity);
  });

  it('a positive whole b with z near 1 still takes z → 1 − z (the Gauss series alone would stop at 20 000 terms short of the sum)', () => {
    // mpmath.hyp2f1 at 40 digits; the Gauss series' terms here fall only like n^(−1.8) · 0.9999ⁿ
    expect(rel(hyp2f1(0.5, 1, 2.3, 0.9999), 1.6230226223085817)).toBeLessThan(1e-12);
    expect(rel(hyp2f1(0.5, 1, 2.3, 0.99999), 1.6246628821294621)).toBeLessThan(1e-12);
    expect(rel(hyp2f1(0.5, 2, 3.1, 0.9999), 2.3886002298409967)).toBeLessThan(1e-12);
  });

  it('a = 0 is exactly 1 even where c − a − b is a negative integer and z is near 1', () => {
    // (0)ₙ = 0 for n ≥ 1, so every term after the first vanishes: ₂F₁(0, b; c; z) = 1 for any b, c, z.
    // Here c − a − b = −5: without the a = 0 shortcut Euler's form (1 − z)^−5 · (1 − z)^5 is formed, the
    // second factor by a cancelling polynomial.
    expect(hyp2f1(0, 7.5, 2.5, 0.9999)).toBe(1);
    expect(hyp2f1(0, 7.5, 2.5, -0.9999)).toBe(1);
  });

  it('1 at z = 0 or a = 0 or b = 0', () => {
    expect(hyp2f1(2, 3, 4, 0)).toBe(1);
    expect(hyp2f1(0, 3, 4, 0.9)).toBe(1);
    expect(hyp2f1(2, 0, 4, -0.9)).toBe(1);
    // exactly 1 (the series is its first term), also where the transformations would round: through
    // z → 1 − z, Γ(10.3)Γ(6.1)/(Γ(10.3)Γ(6.1)) in log space comes out 1 + 2e−15; through Pfaff,
    // 4^4.2 · ₂F₁(4.2, 7.1; 7.1; 0.75) = 1 + 1.3e−15
    expect(hyp2f1(0, 4.2, 10.3, 0.9)).toBe(1);
    expect(hyp2f1(4.2, 0, 7.1, -3)).toBe(1);
  });
});

describe('₂F₁ with c < −1: the terms near n ≈ −c count', () => {
  // 1/(c + n) makes the terms of the Gauss series jump again near n ≈ −c after they have shrunk
  // below 1e−17 of the sum. References: the series summed term by term at 120 digits (3000 terms),
  // agreeing to all 20 digits shown with mpmath.hyp2f1 at 120 digits (each argument the exact double).
  it.each([
    [6.905835866928101, 9.999900323367118, -223.05967597874678, 0.7008872330188751, 4.6056999512004289e121],
    [5.5, -17.999965569734574, -135.58437041817908, 0.6550322771072388, 33956364547505.122],
    [4.887317419052124, -17.99999505496025, -48.974322520564975, 0.7251745462417603, -12.514448577216109],
    // z > 0.75: z → 1 − z has a series with c′ = 1 − (c − a − b) = −8.25, and its two parts cancel
    // (about −1.0757e10 + 1.0757e10: mpmath), so the direct Gauss series is the one to trust
    [9, 8.861874397844076, 27.107622298102974, 0.7721521737985313, 21.592895499240348],
  ])('₂F₁(%s, %s; %s; %s)', (a, b, c, z, expected) => {
    expect(rel(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-12);
  });
});

describe('₂F₁ with a + b > c + 1 and 0.75 < z < 1: the Gauss series stops once its terms shrink by z', () => {
  // The next term is the last times (a + n + 1)(b + n + 1) z / ((c + n + 1)(n + 2)). Without the z the
  // series never saw its terms shrink when a + b > c + 1, ran to its 20 000-term cap and was taken for
  // truncated, so a z → 1 − z that had cancelled was kept. References: mpmath 1.3.0 hyp2f1 at 40
  // digits, each argument the exact double (`mp.hyp2f1(mp.mpf(33.022), …)`).
  it.each([
    [33.022, 26.082, 52.458, 0.787038, 3254800054.7896536442], // was 1.0809e17
    [12.093, 32.122, 42.536, 0.773919, 125249.42554673954141], // was −8912896
    [22.461, 8.583, 24.885, 0.794582, 112648.82337082035991], // was 112648.82098 (2e−8 off)
    // BG/NBD's Euler form (a + b − 1 − r, a − 1; a + b + x − 1; z) with r = 3.98, a = 23.1, b = 18.8, x = 20
    [23.979187487312213, 38.75710577289905, 60.884318071689606, 0.7886009468904482, 372260672.89459878], // was −1.95e20
  ])('₂F₁(%s, %s; %s; %s)', (a, b, c, z, expected) => {
    expect(rel(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-13);
  });

  // When z → 1 − z cancels (more than four digits lost) and the Gauss series at z cancels more, the
  // transformation is kept. mpmath (as above): the transformation is off by 2.2e−10 and 8.2e−11, the
  // series at z by 6.0e−9 and 7.4e−10.
  it.each([
    [20.063, -4.519, 14.486, 0.825033, -1.886720902989896286421337e-7, 1e-9],
    [-3.511, 12.546, 9.011, 0.751028, 7.960950417119877810167725e-7, 3e-10],
    // a value below 1: z → 1 − z loses five digits (|p₁| + |p₂| = 5e4 · value; off by 2.3e−9 and
    // 1.2e−9), the series at z about one (its Σ|terms| / |sum| is 18 and 16): the series is kept
    [33.296, -1.702, 37.602, 0.779696, 0.1372742596576326127069, 1e-13],
    [-1.745, 26.488, 30.737, 0.765971, 0.1540111000598511783785, 1e-13],
  ])('₂F₁(%s, %s; %s; %s) keeps the part that loses fewer digits', (a, b, c, z, expected, within) => {
    expect(rel(hyp2f1(a, b, c, z), expected)).toBeLessThan(within);
  });
});

describe('logHyp2f1Shifted', () => {
  it.each([
    [2.5, 3.2, 0.5, 1.5744843331760937],
    [3, 0.5, 0.3, 0.12946171726657051],
    [2.5, 3.2, 0.95, 6.7072210248037055], // z > 0.9: the Euler integral by the trapezoidal rule
    [40, 2, 0.95, 5.4273389274839934],
    [600, 1.5, 0.95, 4.448557191248925], // a(1 − z) = 30
    [1000, 1.6, 0.95, 4.7637774078007054],
    [0.5, 1.2, 0.99, 1.5195751493171128],
  ])('ln ₂F₁(%s, %s; a + 1; %s)', (a, b, z, expected) => {
    expect(rel(logHyp2f1Shifted(a, b, z), expected)).toBeLessThan(1e-12);
  });

  it('small z takes the series, exact to 1e−15 where the trapezoidal integral is not', () => {
    // mpmath 1.3.0 at 50 digits: ln hyp2f1(a, b, a + 1, z). b ≈ a makes the integrand's scale a(1 − z)/b
    // and a/b sit near 1 while 1 − z e^(−s/a) stays near 1: the series needs a few terms; the integral's
    // sum of ~ 450 nodes carries a rounding error of a few 1e−15.
    expect(rel(logHyp2f1Shifted(120, 120.5, 0.005), 0.59901941012738369)).toBeLessThan(1e-15);
    expect(rel(logHyp2f1Shifted(300, 300.5, 0.003), 0.89985543503001174)).toBeLessThan(1e-15);
  });

  it('a = 10⁶, z = 0.999 (once a long positive series; now the Euler integral) to 1e-9', () => {
    expect(rel(logHyp2f1Shifted(1e6, 1.6, 0.999), 11.050812912591401)).toBeLessThan(1e-9);
  });
});

describe('log-space sums, both orders and both branches', () => {
  it('logAddExp is symmetric and exact on powers', () => {
    expect(rel(logAddExp(Math.log(3), Math.log(2)), Math.log(5))).toBeLessThan(1e-15);
    expect(rel(logAddExp(Math.log(2), Math.log(3)), Math.log(5))).toBeLessThan(1e-15);
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
    // the larger argument first either way: no overflow of e^(1000)
    expect(logAddExp(0, 1000)).toBe(1000);
    expect(logAddExp(1000, 0)).toBe(1000);
    // an infinite argument: ln(e^∞ + e^1) = ∞
    expect(logAddExp(Infinity, 1)).toBe(Infinity);
    expect(logAddExp(1, Infinity)).toBe(Infinity);
    expect(rel(logAddExp(-1000, -1001), -1000 + Math.log1p(Math.exp(-1)))).toBeLessThan(1e-15);
  });

  it('logSubExp: d near 0 and d very negative', () => {
    // ln(1 − e^−0.1) = −2.3521684610440908 and ln(1 − e^−5) = −0.0067607494494885578 (mpmath)
    expect(rel(logSubExp(0, -0.1), -2.3521684610440908)).toBeLessThan(1e-14);
    expect(rel(logSubExp(0, -5), -0.0067607494494885578)).toBeLessThan(1e-14);
    expect(rel(logSubExp(3, -2), 3 - 0.0067607494494885578)).toBeLessThan(1e-15);
    // very negative d: ln(1 − e^−40) = −4.2483542552915889e−18 (mpmath), which ln(−expm1(d)) would round to 0
    expect(rel(logSubExp(0, -40), -4.2483542552915889e-18)).toBeLessThan(1e-14);
    // the two branches meet at d = −ln 2: ln(1 − 1/2) = −ln 2
    expect(rel(logSubExp(0, -Math.LN2), -Math.LN2)).toBeLessThan(1e-15);
    // ln(1 − e^−1e−10) = ln(1e−10 − 5e−21 + …) = ln 1e−10 − 5e−11
    expect(rel(logSubExp(0, -1e-10), Math.log(1e-10) - 5e-11)).toBeLessThan(1e-14);
    // both −∞: ln(0 − 0) = −∞ (u = v, as documented), not the NaN of −∞ − (−∞)
    expect(logSubExp(-Infinity, -Infinity)).toBe(-Infinity);
  });
});
