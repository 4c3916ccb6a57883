import { describe, expect, it } from 'vitest';
import { hessian, inverseSpd, minimize, withNumericalGradient, type Objective } from '../../src/core/optimize.js';

describe('minimize: restart from steepest descent', () => {
  it('a wall of curvature 1e15 after a gentle slope: the minimum is found to within one unit in the last place', () => {
    // f(t) = −t + c·t²/2 for t < w, and past w a stiff quadratic wall of curvature K with the same
    // value and slope at w (f is continuously differentiable). On the gentle side the inverse
    // Hessian estimate grows to about 1/c = 1000; at the wall the BFGS update subtracts numbers of
    // that size to leave about 1/K = 1e-15, below their rounding error, so the estimate can turn
    // negative and the next direction point uphill. The method must then restart from −∇f.
    const c = 0.001;
    const w = 3;
    const K = 1e15;
    const f: Objective = (x, grad) => {
      const t = x[0]!;
      if (t < w) {
        grad[0] = -1 + c * t;
        return -t + (c * t * t) / 2;
      }
      const d = t - w;
      grad[0] = -1 + c * w + K * d;
      return -w + (c * w * w) / 2 + (-1 + c * w) * d + (K * d * d) / 2;
    };
    const r = minimize(f, [0]);
    // f′(t) = 0 past the wall: −1 + c·w + K·(t − w) = 0 → t* = w + (1 − c·w)/K = 3 + 0.997e-15.
    // Doubles next to 3 are 2^-51 ≈ 4.44e-16 apart, so t* is 2.245 of those steps above 3.
    const tStar = 3 + 0.997e-15;
    const ulp = 2 ** -51;
    expect(Math.abs(r.x[0]! - tStar)).toBeLessThanOrEqual(ulp);
    expect(Number.isFinite(r.value)).toBe(true);
  });
});

describe('minimize: restart from −∇f when the update broke H', () => {
  it('an update that overflows (H becomes NaN) is followed by a step along −g', () => {
    // 1-D, gradient tolerance 0, f = −1e−150·x, claimed gradient −1e−150 at x ≤ 0 and −1e−150 + 1e−165 beyond.
    // Iteration 0: p = 1e−150 (step 1) → x = 1e−150, f falls by 1e−300 ≥ 1e−4 · 1e−300. Then s = 1e−150,
    // y ≈ 1e−165: sᵀy ≈ 1e−315 > 0 (a subnormal) while yᵀy = 1e−330 underflows to 0, so the scale sᵀy/yᵀy
    // is ∞ and ρ = 1/sᵀy overflows: the update leaves H = ∞ − ∞ = NaN.
    // Iteration 1: p = −H g is NaN, its slope NaN is not < 0: restart with H = 1, p = −g ≈ 1e−150 → x ≈ 2e−150.
    // (Keeping p = NaN would fail the line search and reset H only for the next iteration: x = 1e−150.)
    const f: Objective = (x, g) => {
      g[0] = x[0]! <= 0 ? -1e-150 : -1e-150 + 1e-165;
      return -1e-150 * x[0]!;
    };
    const r = minimize(f, [0], { gradientTolerance: 0, maxIterations: 2 });
    expect(r.iterations).toBe(2);
    expect(r.x[0]! / 1e-150).toBeCloseTo(2, 10);
  });
});

describe('minimize: a zero slope is not a descent direction', () => {
  it('when pᵀg underflows to 0 the step is taken along −g, not −H g', () => {
    // 1-D, tolerance 0, f = −10x, claimed gradient −10 below −1 and −1e−170 from there on.
    // Iteration 0 from −5: p = 10, longer than 5, so step ½ → x = 0 (f: 50 → 0); s = 5, y = 10 − 1e−170 ≈ 10:
    // H = s/y = ½. Iteration 1: p = −H g = 5e−171 and pᵀg = −5e−341, which underflows to −0: not < 0, so
    // restart: p = −g = 1e−170, step 1 → x = 1e−170 (f falls; Armijo's allowance 1e−4 · 1 · (−0) is 0).
    // Kept, the direction −H g would end at 5e−171.
    const f: Objective = (x, g) => {
      g[0] = x[0]! < -1 ? -10 : -1e-170;
      return -10 * x[0]!;
    };
    const r = minimize(f, [-5], { gradientTolerance: 0, maxIterations: 2 });
    expect([r.x[0], r.iterations]).toEqual([1e-170, 2]);
  });
});

describe('minimize: ten iterations without progress while the gradient stays large', () => {
  it('stops after exactly ten accepted steps, where it stands', () => {
    // f(x) = 2^40 + x/64 with a claimed gradient of 1 (noise: f falls far less than the gradient
    // says). H stays the identity (y = g_new − g = 0, so sᵀy = 0 and no update), so each
    // iteration steps p = −1 whole: Armijo needs f to fall by 1e−4 · 1 and it falls by 1/64,
    // exactly (2^40 + k/64 is a double for every integer k: its unit in the last place is 2^−12).
    // After ten steps history holds f₀ … f₁₀ and f₀ − f₁₀ = 10/64 ≤ 1e−12 · 2^40 ≈ 1.1 while
    // max|g| = 1 ≥ √1e−8 = 1e−4: stop, with iterations = 10 and x = −10 (not converged).
    const noisy: Objective = (x, g) => {
      g[0] = 1;
      return 2 ** 40 + x[0]! / 64;
    };
    const r = minimize(noisy, [0]);
    expect([r.iterations, r.x[0], r.value, r.converged]).toEqual([10, -10, 2 ** 40 - 10 / 64, false]);
  });

  it('ten steps that lower f by exactly 1e−12 · max(1, |f|) count as no progress', () => {
    // gradient 2^−40 (tolerance 2^−100, so √tol = 2^−50 is below it), H = 1 throughout (y = 0): x_k = −k·2^−40.
    // f = 1e−12 + x/16 while x > −9.5·2^−40 (it falls by 2^−44 a step), then 0: f₀ = 1e−12 exactly and
    // f₁₀ = 0, so f₀ − f₁₀ = 1e−12 = 1e−12 · max(1, 0): the rule fires after the 10th step, iterations = 10.
    // (Were it strict, an 11th iteration would fail its line search twice: 11 iterations.)
    const step = 2 ** -40;
    const f: Objective = (x, g) => {
      g[0] = step;
      return x[0]! > -9.5 * step ? 1e-12 + x[0]! / 16 : 0;
    };
    const r = minimize(f, [0], { gradientTolerance: 2 ** -100 });
    expect([r.iterations, r.x[0], r.value]).toEqual([10, -10 * step, 0]);
  });

  it('steady progress is not a ridge; standing still at the box is', () => {
    // f(x) = x/64, gradient claimed 1: while x moves, f₀ − f₁₀ = 10/64 > 1e−12 · max(1, |f|) (|f| ≤ 30/64),
    // so the ridge rule does not fire; each iteration steps by −1 (30 steps, iterations 0–29) to the box
    // at −30 (default bound). There every trial point clamps back to −30, so f_new = f, and Armijo's
    // f_new ≤ f + 1e−4 · step · (−1) fails until 1e−4 · step drops below half an ulp of f = −30/64
    // (2^−55 ≈ 2.8e−17, i.e. step ≤ 2^−42): that step is accepted without moving. Ten such iterations
    // (30–39) leave f₀ − f₁₀ = 0 with max|g| = 1 ≥ 1e−4: the ridge rule stops after 40 iterations.
    const steady: Objective = (x, g) => {
      g[0] = 1;
      return x[0]! / 64;
    };
    const r = minimize(steady, [0]);
    expect([r.iterations, r.x[0], r.value, r.converged]).toEqual([40, -30, -30 / 64, false]);
  });
});

describe('minimize: the inverse-Hessian update, step by step', () => {
  it('the first update starts from the identity scaled by sᵀy / yᵀy (Nocedal & Wright eq. 6.20)', () => {
    // Claimed gradient g = (−2, −1) for x₀ < 1, (2, −1) beyond; f = −4·x₁ (f falls along both steps).
    // Iteration 0 from (0, 0): p = (2, 1) (length √5 < 5, step 1) → x = (2, 1), f = −4 ≤ 0 − 1e−4·5.
    // s = (2, 1), y = (2, −1) − (−2, −1) = (4, 0): sᵀy = 8, yᵀy = 16, so H = ½I before the update.
    // ρ = 1/8; (I − ρ s yᵀ) = [[0, 0], [−½, 1]], so H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
    //   = ½ · [[0, 0], [0, 1.25]] + ⅛ · [[4, 2], [2, 1]] = [[0.5, 0.25], [0.25, 0.75]].
    // Iteration 1: p = −H g = −(0.5·2 − 0.25, 0.25·2 − 0.75) = (−0.75, 0.25), slope −1.75, step 1
    // → x = (1.25, 1.25), f = −5 ≤ −4 − 1e−4·1.75. (Unscaled, H₁₁ would be 1.375 and x₁ = 1.875.)
    const f: Objective = (x, g) => {
      g[0] = x[0]! < 1 ? -2 : 2;
      g[1] = -1;
      return -4 * x[1]!;
    };
    const r = minimize(f, [0, 0], { maxIterations: 2 });
    expect([Array.from(r.x), r.value, r.iterations]).toEqual([[1.25, 1.25], -5, 2]);
  });

  it('no update when sᵀy ≤ 0: the last good inverse Hessian is kept', () => {
    // 1-D, f = −x, claimed gradient −2 below 1, −1 on [1, 3), −2 from 3 on.
    // Iteration 0 from 0: p = 2 → x = 2 (f = −2 ≤ −4e−4); s = 2, y = 1, sᵀy = 2 > 0: H = s/y = 2.
    // Iteration 1: p = −2·(−1) = 2 → x = 4 (f = −4); s = 2, y = −1: sᵀy = −2, no update, H stays 2.
    // Iteration 2: p = −2·(−2) = 4 (length ≤ 5) → x = 8. An update with sᵀy < 0 would have made H = s/y
    // = −2, an uphill direction, a restart from −g and x = 6.
    const f: Objective = (x, g) => {
      g[0] = x[0]! < 1 ? -2 : x[0]! < 3 ? -1 : -2;
      return -x[0]!;
    };
    const r = minimize(f, [0], { maxIterations: 3 });
    expect([r.x[0], r.value, r.iterations]).toEqual([8, -8, 3]);
  });

  it('no update when sᵀy = 0 (a step along which the gradient did not change): H is kept', () => {
    // 1-D, f = −x, claimed gradient −2 below 1, −1 from 1 on (a linear stretch).
    // Iteration 0 from 0: p = 2 → x = 2; s = 2, y = 1: H = s/y = 2. Iteration 1: p = −2·(−1) = 2 →
    // x = 4; s = 2, y = 0: sᵀy = 0, which is not above its threshold 1e−12·|s||y| = 0: no update, H
    // stays 2. Iteration 2: p = 2 → x = 6. An update with sᵀy = 0 divides by zero (H NaN), and the
    // restart from −g would step by 1 to x = 5.
    const f: Objective = (x, g) => {
      g[0] = x[0]! < 1 ? -2 : -1;
      return -x[0]!;
    };
    const r = minimize(f, [0], { maxIterations: 3 });
    expect([r.x[0], r.value, r.iterations]).toEqual([6, -6, 3]);
  });

  it('a positive sᵀy updates however small y is', () => {
    // 1-D, f = −x, claimed gradient −2 below 1, −2 + 1e−7 beyond. Iteration 0: p = 2 → x = 2; s = 2,
    // y = 1e−7 (to rounding), sᵀy > 1e−12·|s||y| (in 1-D it is |s||y|): H = s/y ≈ 2e7. Iteration 1:
    // p = −H g ≈ 4e7, longer than 5, so the step is capped at length 5: x = 7 (to rounding).
    // Without the update (H = 1) it would step by ≈ 2 to x ≈ 4.
    const f: Objective = (x, g) => {
      g[0] = x[0]! < 1 ? -2 : -2 + 1e-7;
      return -x[0]!;
    };
    const r = minimize(f, [0], { maxIterations: 2 });
    expect(r.x[0]).toBeCloseTo(7, 12);
  });
});

describe('minimize: the stopping rules at their exact thresholds', () => {
  it('no progress with a gradient of exactly √tol is not convergence', () => {
    // f = 0 at 0 and −1e−16 elsewhere, claimed gradient 1e−4 = √1e−8 (Math.sqrt(1e−8) is exactly the
    // double 1e−4). Iteration 0: Armijo needs f to fall by 1e−4 · step · 1e−8, so the step halves until
    // that is ≤ 1e−16 (step 2^−14) and is accepted: f falls by 1e−16 ≤ 1e−15, but the gradient is not
    // below √tol. Iterations 1 and 2: f cannot fall any more, the line search fails twice: stop, not converged.
    const f: Objective = (x, g) => {
      g[0] = 1e-4;
      return x[0] === 0 ? 0 : -1e-16;
    };
    const r = minimize(f, [0]);
    expect([r.converged, r.iterations]).toEqual([false, 2]);
  });

  it('a fall of exactly 1e−15 with a small gradient is convergence', () => {
    // f = 0 at 0 and −1e−15 elsewhere, gradient 2e−8: the first step (x = −2e−8) is accepted and f falls by
    // exactly 1e−15 = 1e−15 · max(1, |f|) while 2e−8 < √1e−8: converged after 1 iteration, at x = −2e−8
    const f: Objective = (x, g) => {
      g[0] = 2e-8;
      return x[0] === 0 ? 0 : -1e-15;
    };
    const r = minimize(f, [0]);
    expect([r.converged, r.iterations, r.x[0]]).toEqual([true, 1, -2e-8]);
  });

  it('slow progress with a small gradient runs on: the ten-step rule needs a gradient of at least √tol', () => {
    // gradient 1e−6 (below √1e−8 = 1e−4), f = 5e−8·x: each step p = −1e−6 lowers f by 5e−14, more than
    // 1e−15 (so the one-step rule never fires) and ten steps lower it by 5e−13 ≤ 1e−12. The ten-step rule
    // must not fire either: the loop runs to the 500-iteration limit, x = −500 · 1e−6 (to rounding).
    const f: Objective = (x, g) => {
      g[0] = 1e-6;
      return 5e-8 * x[0]!;
    };
    const r = minimize(f, [0]);
    expect(r.iterations).toBe(500);
    expect(r.x[0]).toBeCloseTo(-5e-4, 15);
  });

  it('ten steps of slow progress with a gradient of exactly √tol stop', () => {
    // gradient 1e−4 = √1e−8 exactly, f = 100 + 5e−8·x: each step p = −1e−4 lowers f by 5e−12 (Armijo needs
    // 1e−4 · 1e−8 = 1e−12; the one-step rule needs ≤ 1e−13), ten steps by 5e−11 ≤ 1e−12 · 100: stop after 10.
    const f: Objective = (x, g) => {
      g[0] = 1e-4;
      return 100 + 5e-8 * x[0]!;
    };
    const r = minimize(f, [0]);
    expect([r.iterations, r.converged]).toEqual([10, false]);
  });

  it('the line search tries 60 halvings, no more', () => {
    // f = x within 1e−18 of 0 (then below f(0) = 0), 1 elsewhere; gradient 1. The trial steps are
    // 2^−k for k = 0 … 59; the smallest, 2^−59 ≈ 1.7e−18, still lands outside: the search fails, and
    // again after the reset: stop at the start after 2 iterations (0 and 1). A 61st trial (2^−60 ≈
    // 8.7e−19) would have been accepted.
    const f: Objective = (x, g) => {
      g[0] = 1;
      return Math.abs(x[0]!) < 1e-18 ? x[0]! : 1;
    };
    const r = minimize(f, [0]);
    expect([r.x[0], r.value, r.iterations, r.converged]).toEqual([0, 0, 1, false]);
  });
});

describe('withNumericalGradient and hessian in three dimensions', () => {
  it('central differences call the function 1 + 2n times', () => {
    let calls = 0;
    const f = withNumericalGradient((x) => {
      calls++;
      return x[0]! + 2 * x[1]!;
    });
    const g = new Float64Array(2);
    f(Float64Array.from([1, 1]), g);
    expect(calls).toBe(5);
  });

  it('the Hessian is symmetrised entry by entry', () => {
    // "gradient" (x₁, x₂, 0): raw H = [[0, 1, 0], [0, 0, 1], [0, 0, 0]] (exact for a linear g),
    // symmetrised [[0, ½, 0], [½, 0, ½], [0, ½, 0]]
    const chain: Objective = (x, g) => {
      g[0] = x[1]!;
      g[1] = x[2]!;
      g[2] = 0;
      return 0;
    };
    const H = hessian(chain, Float64Array.from([1, 2, 3]));
    expect(Array.from(H).map((v) => Number(v.toFixed(10)))).toEqual([0, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0]);
  });
});

describe('inverseSpd: a zero pivot is not positive definite', () => {
  it('[[1, 0], [0, 0]] (singular: the second pivot is exactly 0) has no inverse', () => {
    expect(inverseSpd(Float64Array.from([1, 0, 0, 0]), 2)).toBeUndefined();
  });
});
