import { describe, expect, it } from 'vitest';
import { minimize, type Objective } from '../../src/core/optimize.js';

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
