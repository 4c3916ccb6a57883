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
