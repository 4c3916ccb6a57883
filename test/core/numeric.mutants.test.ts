import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalQuantile, twoSidedCriticalValue, twoSidedPValue } from '../../src/core/normal.js';
import { hessian, inverseSpd, minimize, withNumericalGradient, type Objective } from '../../src/core/optimize.js';

const rel = (a: number, b: number) => Math.abs((a - b) / b);

// Reference values: mpmath 1.3.0 at 50 significant digits (mpmath.erfc; Φ⁻¹(p) = −√2 erfinv(1 − 2p))
// at the exact double of each argument, shown to 17 digits.
describe('erfc in each of Cody\'s ranges, both signs', () => {
  it.each([
    [0, 1],
    [0.3, 0.67137324054087258],
    [-0.3, 1.3286267594591274],
    [0.46875, 0.50738652678206201],
    [0.46876, 0.50737746889315347],
    [1, 0.15729920705028513],
    [4, 1.5417257900280019e-8],
    [4.0001, 1.5404564743590145e-8],
    [5, 1.5374597944280349e-12],
    [-5, 1.9999999999984625],
    [10, 2.0884875837625448e-45],
    [26.5, 2.2109076642637343e-307],
  ])('erfc(%s)', (x, expected) => {
    expect(rel(erfc(x), expected)).toBeLessThan(1e-13);
  });

  it('the far tail keeps full precision (exp(−y²) split so that y² is not rounded): below 2e−15', () => {
    for (const [x, expected] of [
      [15.3, 7.9765601254207e-104],
      [20.7, 2.2085481102488884e-188],
      [26.3, 8.5902490587940492e-303],
    ] as const) {
      expect(rel(erfc(x), expected), String(x)).toBeLessThan(2e-15);
    }
    // at the edge of the middle range erfc(4) is the correctly rounded double
    expect(erfc(4)).toBe(1.5417257900280019e-8);
  });

  it('0 from 26.543 on, 2 on the far left', () => {
    expect(erfc(26.543)).toBe(0);
    expect(erfc(27)).toBe(0);
    expect(erfc(-27)).toBe(2);
    expect(erfc(26.54)).toBeGreaterThan(0);
  });

  it('Φ and the two-sided p-value are erfc rescaled', () => {
    // Φ(−√2 · 0.3) = erfc(0.3) / 2
    expect(rel(normalCdf(-Math.SQRT2 * 0.3), 0.67137324054087258 / 2)).toBeLessThan(1e-13);
    // P(|Z| ≥ √2) = erfc(1), for z and −z
    expect(rel(twoSidedPValue(Math.SQRT2), 0.15729920705028513)).toBeLessThan(1e-13);
    expect(rel(twoSidedPValue(-Math.SQRT2), 0.15729920705028513)).toBeLessThan(1e-13);
  });
});

describe('Φ⁻¹ in each of Wichura\'s ranges', () => {
  it.each([
    [0.075, -1.4395314709384559],
    [0.925, 1.4395314709384562],
    [1e-5, -4.2648907939228246],
    [0.99999, 4.2648907939238408],
    [0.999999999999, 7.0344869100478352],
  ])('Φ⁻¹(%s)', (p, expected) => {
    expect(rel(normalQuantile(p), expected)).toBeLessThan(1e-13);
  });

  it('at the split point |p − 0.5| = 0.425 the central form is used, to 2 parts in 1e16', () => {
    // 0.075 − 0.5 rounds to the double −0.425 exactly, Wichura's split (AS 241 takes the central
    // rational form for |q| ≤ 0.425). mpmath at 40 digits, at the exact double of 0.075:
    // Φ⁻¹ = −1.4395314709384559349…; the central form lands 1 ulp (2.2e−16) from it, the tail
    // form 2 ulps: only the first is within 2e−16 relative (the module's "about 1 part in 1e16")
    expect(rel(normalQuantile(0.075), -1.4395314709384559349)).toBeLessThan(2e-16);
  });

  it('critical values from the decimal the caller wrote', () => {
    // α/2 = (1 − 0.999999999999) / 2 = 5e−13 exactly: z = 7.1305068481713245
    expect(rel(twoSidedCriticalValue(0.999999999999), 7.1305068481713245)).toBeLessThan(1e-13);
    // α/2 = 0.0005: z = 3.2905267314918948
    expect(rel(twoSidedCriticalValue(0.999), 3.2905267314918948)).toBeLessThan(1e-13);
  });
});

describe('minimize', () => {
  const quadratic = (c: number): Objective => (x, g) => {
    g[0] = x[0]! - c;
    return ((x[0]! - c) ** 2) / 2;
  };

  it('a long first step is capped at length 5', () => {
    // f = (x − 100)²/2 from 0: p = −g = 100, length 100 → step 5/100 → x = 5 (Armijo: 4512.5 ≤ 5000 − 1e−4·0.05·10⁴)
    const r = minimize(quadratic(100), [0], { maxIterations: 1 });
    expect(r.x[0]).toBe(5);
    expect(r.iterations).toBe(1);
    expect(r.value).toBe(4512.5);
    expect(Array.from(r.gradient)).toEqual([-95]);
    expect(r.gradientNorm).toBe(95);
    // a step of length ≤ 5 is taken whole: from 0 to 3 in one step, exactly at the minimum
    const s = minimize(quadratic(3), [0], { maxIterations: 1 });
    expect(s.x[0]).toBe(3);
    expect(s.converged).toBe(true);
  });

  it('starts inside the box and stays there (default bound 30)', () => {
    const down: Objective = (x, g) => {
      g[0] = -1;
      return -x[0]!;
    };
    expect(minimize(down, [0]).x[0]).toBe(30);
    expect(minimize(down, [0], { bound: 3 }).x[0]).toBe(3);
    expect(minimize(quadratic(0), [100], { maxIterations: 0 }).x[0]).toBe(30);
    expect(minimize(quadratic(0), [-100], { maxIterations: 0 }).x[0]).toBe(-30);
  });

  it('already at a minimum: converged at once', () => {
    const r = minimize(quadratic(2), [2]);
    expect([r.converged, r.iterations, r.value, r.gradientNorm]).toEqual([true, 0, 0, 0]);
  });

  it('a gradient below the tolerance counts as converged; the default tolerance is 1e−8', () => {
    const tiny: Objective = (x, g) => {
      g[0] = 5e-9;
      return 5e-9 * x[0]!;
    };
    expect(minimize(tiny, [0]).converged).toBe(true);
    const small: Objective = (x, g) => {
      g[0] = 2e-8;
      return 2e-8 * x[0]!;
    };
    // 2e−8 is above the default tolerance: one step (x = −2e−8, f falls by 4e−16 ≤ 1e−15) and then
    // no progress is possible while the gradient is below √1e−8 = 1e−4: converged after 1 iteration
    const r = minimize(small, [0]);
    expect([r.converged, r.iterations, r.x[0]]).toEqual([true, 1, -2e-8]);
    // a gradient exactly at the tolerance is not below it: one step is taken
    const edge: Objective = (x, g) => {
      g[0] = 1e-8;
      return 1e-8 * x[0]!;
    };
    expect(minimize(edge, [0]).iterations).toBe(1);
    // …and without an iteration it stays not converged
    expect(minimize(edge, [0], { maxIterations: 0 }).converged).toBe(false);
    // the no-progress rule compares f with its previous value, not their sum: f = 5 + 3e−8·x moves
    // by 9e−16 (one step of 3e−8), within 1e−15·5, with the gradient below √1e−8: converged after 1
    const offset: Objective = (x, g) => {
      g[0] = 3e-8;
      return 5 + 3e-8 * x[0]!;
    };
    const o = minimize(offset, [0]);
    expect([o.converged, o.iterations]).toEqual([true, 1]);
    // no progress with a large gradient is not convergence: f = 0 everywhere but the gradient says 1
    const liar: Objective = (x, g) => {
      g[0] = 1;
      return 0;
    };
    expect(minimize(liar, [0]).converged).toBe(false);
    // … nor is a step that is accepted but too short to change f: f = x within 1e−16 of 0, 1 elsewhere,
    // with the gradient 1: the line search accepts a step of about 2^−54 (f falls by ~6e−17)
    const shelf: Objective = (x, g) => {
      g[0] = 1;
      return Math.abs(x[0]!) < 1e-16 ? x[0]! : 1;
    };
    expect(minimize(shelf, [0]).converged).toBe(false);
    // with the tolerance 1e−7 it is converged at the start
    const t = minimize(small, [0], { gradientTolerance: 1e-7 });
    expect([t.converged, t.iterations]).toEqual([true, 0]);
  });

  it('a non-finite start, or a non-finite gradient, is returned as it is', () => {
    const r = minimize((x, g) => {
      g[0] = 3;
      g[1] = 4;
      return Infinity;
    }, [1, 2]);
    expect([r.converged, r.iterations, r.value, r.gradientNorm]).toEqual([false, 0, Infinity, 5]);
    expect(Array.from(r.x)).toEqual([1, 2]);
    const g = minimize((x, grad) => {
      grad[0] = NaN;
      return 1;
    }, [0]);
    expect([g.iterations, g.converged]).toEqual([0, false]);
    // one non-finite component among finite ones is enough
    const half = minimize((x, grad) => {
      grad[0] = NaN;
      grad[1] = 1;
      return 1;
    }, [0, 0]);
    expect([half.iterations, half.converged]).toEqual([0, false]);
  });

  it('a line search that never succeeds: one retry from the identity, then stop where it started', () => {
    // Each case: the first direction fails all 60 halvings (iteration 0: stalled once, H reset),
    // the retry fails the same way (iteration 1: stop). x, value and iterations stay at the start.
    // (a) f is NaN everywhere but at the start
    const nanAway: Objective = (x, g) => {
      g[0] = 1;
      return x[0] === 0 ? 0 : NaN;
    };
    // (b) f finite and decreasing along the direction, but the gradient is NaN there (one of two components)
    const badGradient: Objective = (x, g) => {
      const atStart = x[0] === 0 && x[1] === 0;
      g[0] = atStart ? -2 : NaN;
      g[1] = 0;
      return (x[0]! - 1) ** 2 + x[1]! ** 2;
    };
    // (c) a gradient that claims slope −1 where f rises by 1e−6 per unit: f(step) = 1e−6·step is
    // never below f(0) + 1e−4·step·(−1)
    const rising: Objective = (x, g) => {
      g[0] = -1;
      return 1e-6 * x[0]!;
    };
    for (const [f, x0, value] of [[nanAway, [0], 0], [badGradient, [0, 0], 1], [rising, [0], 0]] as const) {
      const r = minimize(f, x0);
      expect([Array.from(r.x), r.value, r.iterations, r.converged]).toEqual([x0, value, 1, false]);
    }
  });

  it('the default iteration limit is 500', () => {
    // a valley that never ends: f = −x₀ (capped by the box) keeps iterating only while it moves;
    // Rosenbrock from far away needs more than 2 but fewer than 500 iterations
    const rosenbrock: Objective = (x, g) => {
      const [a, b] = [x[0]!, x[1]!];
      g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
      g[1] = 200 * (b - a * a);
      return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    };
    const r = minimize(rosenbrock, [-1.2, 1]);
    expect(r.iterations).toBeLessThan(500);
    expect(r.iterations).toBeGreaterThan(10);
    expect(minimize(rosenbrock, [-1.2, 1], { maxIterations: 10 }).iterations).toBe(10);
  });
});

describe('numerical derivatives and the SPD inverse', () => {
  it('central differences: the gradient of x³ + 2y² at (2, −1) is (12, −4)', () => {
    const f = withNumericalGradient((x) => x[0]! ** 3 + 2 * x[1]! ** 2);
    const g = new Float64Array(2);
    const x = Float64Array.from([2, -1]);
    // f(2, −1) = 8 + 2 = 10
    expect(f(x, g)).toBe(10);
    expect(g[0]).toBeCloseTo(12, 8);
    expect(g[1]).toBeCloseTo(-4, 8);
    expect(Array.from(x)).toEqual([2, -1]);
    // a step of 0.1: ((2.1)³ − (1.9)³) / 0.2 = (9.261 − 6.859) / 0.2 = 12.01
    const coarse = withNumericalGradient((v) => v[0]! ** 3, 0.1);
    coarse(Float64Array.from([2]), g);
    expect(g[0]).toBeCloseTo(12.01, 10);
  });

  it('the Hessian is symmetrised; its default step is 1e−4', () => {
    // a "gradient" (y, 0) that no function has: raw H = [[0, 1], [0, 0]] → [[0, ½], [½, 0]]
    const skew: Objective = (x, g) => {
      g[0] = x[1]!;
      g[1] = 0;
      return 0;
    };
    expect(Array.from(hessian(skew, Float64Array.from([1, 1]))).map((v) => Number(v.toFixed(10)))).toEqual([0, 0.5, 0.5, 0]);
    // g = x³: H = 3x², by central differences (3(x + h)³ − …)/2h = 3x² + h²: at x = 1, h = 1e−4 → 3 + 1e−8
    const cube: Objective = (x, g) => {
      g[0] = x[0]! ** 3;
      return 0;
    };
    expect(Math.abs(hessian(cube, Float64Array.from([1]))[0]! - (3 + 1e-8))).toBeLessThan(1e-9);
    expect(Math.abs(hessian(cube, Float64Array.from([1]), 0.1)[0]! - 3.01)).toBeLessThan(1e-9);
  });

  it('inverseSpd of a 3 × 3 matrix; refuses a non-positive pivot or NaN', () => {
    // A = [[4, 2, 0], [2, 5, 1], [0, 1, 3]], det = 4(15 − 1) − 2(6 − 0) = 44;
    // A⁻¹ = adj(A)/44 = [[14, −6, 2], [−6, 12, −4], [2, −4, 16]] / 44
    const inv = inverseSpd(Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]), 3)!;
    expect(Array.from(inv).map((v) => Number((v * 44).toFixed(9)))).toEqual([14, -6, 2, -6, 12, -4, 2, -4, 16]);
    expect(inverseSpd(Float64Array.from([0, 0, 0, 1]), 2)).toBeUndefined();
    expect(inverseSpd(Float64Array.from([-1]), 1)).toBeUndefined();
    expect(inverseSpd(Float64Array.from([NaN]), 1)).toBeUndefined();
    expect(inverseSpd(Float64Array.from([Infinity]), 1)).toBeUndefined();
    expect(Array.from(inverseSpd(Float64Array.from([4]), 1)!)).toEqual([0.25]);
  });
});
