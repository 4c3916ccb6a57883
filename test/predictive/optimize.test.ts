import { describe, expect, it } from 'vitest';
import { hessian, inverseSpd, minimize, withNumericalGradient, type Objective } from '../../src/core/optimize.js';

// Rosenbrock's function, minimum 0 at (1, 1) (Nocedal & Wright eq. 2.22)
const rosenbrock: Objective = (x, g) => {
  const [a, b] = [x[0]!, x[1]!];
  g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
  g[1] = 200 * (b - a * a);
  return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
};

describe('minimize (BFGS)', () => {
  it('finds the Rosenbrock minimum at (1, 1) from (−1.2, 1)', () => {
    const r = minimize(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.gradientNorm).toBeLessThan(1e-6);
  });
  it('with central-difference gradients too', () => {
    const r = minimize(
      withNumericalGradient((x) => (x[0]! - 3) ** 2 + 2 * (x[1]! + 1) ** 2),
      [0, 0],
      { gradientTolerance: 1e-7 },
    );
    expect(r.x[0]).toBeCloseTo(3, 5);
    expect(r.x[1]).toBeCloseTo(-1, 5);
  });
  it('reports a start where f is not finite without iterating', () => {
    const r = minimize(() => NaN, [0]);
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(0);
  });
  it('survives a gradient that points the wrong way (restarts, then stops) and iteration limits', () => {
    const wrong: Objective = (x, g) => {
      g[0] = -2 * x[0]!; // the negative of the true gradient of x²
      return x[0]! * x[0]!;
    };
    const r = minimize(wrong, [1]);
    expect(r.converged).toBe(false);
    const capped = minimize(rosenbrock, [-1.2, 1], { maxIterations: 2 });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(2);
  });
  it('keeps to the box', () => {
    const r = minimize((x, g) => {
      g[0] = 1;
      return x[0]!;
    }, [0], { bound: 3 });
    expect(r.x[0]).toBeGreaterThanOrEqual(-3);
    expect(r.converged).toBe(false);
  });
});

describe('hessian and inverseSpd', () => {
  it('the Hessian of a quadratic and its inverse', () => {
    // f = x² + xy + 2y²: H = [[2, 1], [1, 4]], H⁻¹ = [[4, −1], [−1, 2]] / 7
    const f: Objective = (x, g) => {
      g[0] = 2 * x[0]! + x[1]!;
      g[1] = x[0]! + 4 * x[1]!;
      return x[0]! ** 2 + x[0]! * x[1]! + 2 * x[1]! ** 2;
    };
    const H = hessian(f, Float64Array.from([0.3, -0.2]));
    expect(Array.from(H).map((v) => Number(v.toFixed(8)))).toEqual([2, 1, 1, 4]);
    const inv = inverseSpd(H, 2)!;
    expect(Array.from(inv).map((v) => Number((v * 7).toFixed(8)))).toEqual([4, -1, -1, 2]);
    expect(inverseSpd(Float64Array.from([1, 2, 2, 1]), 2)).toBeUndefined();
  });
});
