// A small quasi-Newton optimiser (BFGS with a backtracking Armijo line search) and the
// finite-difference helpers the predictive models need. Written for a handful of parameters in
// log space; internal to the library.

/** An objective: returns f(x) and writes ∇f(x) into `grad`. May return a non-finite value. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface MinimizeOptions {
  /** Stop when the largest absolute gradient component is below this. */
  readonly gradientTolerance?: number;
  readonly maxIterations?: number;
  /** Each parameter stays inside [−bound, bound] (log space: e^±bound). */
  readonly bound?: number;
}

export interface MinimizeResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly gradient: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Euclidean norm of the gradient at `x`. */
  readonly gradientNorm: number;
}

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i]! * v[i]!;
  return s;
}

function maxAbs(u: Float64Array): number {
  let m = 0;
  for (let i = 0; i < u.length; i++) m = Math.max(m, Math.abs(u[i]!));
  return m;
}

/**
 * Minimise `f` from `x0` with BFGS (inverse-Hessian update, Nocedal & Wright §6.1) and a
 * backtracking line search with the Armijo condition. Steps are capped in length and kept
 * inside the box; a trial point where f is not finite is treated as too long a step.
 */
export function minimize(f: Objective, x0: readonly number[], options: MinimizeOptions = {}): MinimizeResult {
  const n = x0.length;
  const gtol = options.gradientTolerance ?? 1e-8;
  const maxIter = options.maxIterations ?? 500;
  const bound = options.bound ?? 30;
  const clamp = (v: number) => Math.min(bound, Math.max(-bound, v));
  let x = Float64Array.from(x0, clamp);
  let g = new Float64Array(n);
  let fx = f(x, g);
  if (!Number.isFinite(fx) || !g.every(Number.isFinite)) {
    return { x, value: fx, gradient: g, iterations: 0, converged: false, gradientNorm: Math.sqrt(dot(g, g)) };
  }
  // inverse Hessian approximation, starts as the identity
  let H = identity(n);
  const xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  const p = new Float64Array(n);
  let iter = 0;
  let converged = false;
  let stalled = 0;
  const history: number[] = [fx];
  for (; iter < maxIter; iter++) {
    if (maxAbs(g) < gtol) {
      converged = true;
      break;
    }
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s -= H[i * n + j]! * g[j]!;
      p[i] = s;
    }
    let slope = dot(p, g);
    if (!(slope < 0)) {
      // not a descent direction: restart from steepest descent
      H = identity(n);
      for (let i = 0; i < n; i++) p[i] = -g[i]!;
      slope = dot(p, g);
    }
    const len = Math.sqrt(dot(p, p));
    let step = len > 5 ? 5 / len : 1;
    let fNew = NaN;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      for (let i = 0; i < n; i++) xNew[i] = clamp(x[i]! + step * p[i]!);
      fNew = f(xNew, gNew);
      if (Number.isFinite(fNew) && gNew.every(Number.isFinite) && fNew <= fx + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) {
      // no decrease along the direction: try once more from the identity, then stop
      if (stalled++ > 0) break;
      H = identity(n);
      continue;
    }
    stalled = 0;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (iter === 0) {
        // scale the first inverse Hessian (Nocedal & Wright eq. 6.20)
        const scale = sy / dot(y, y);
        for (let i = 0; i < n * n; i++) H[i] = H[i]! * scale;
      }
      bfgsUpdate(H, s, y, sy, n);
    }
    const fOld = fx;
    x = Float64Array.from(xNew);
    const tmp = g;
    g = gNew;
    gNew = tmp;
    fx = fNew;
    history.push(fx);
    if (history.length > 10 && history[history.length - 11]! - fx <= 1e-12 * Math.max(1, Math.abs(fx)) && maxAbs(g) >= Math.sqrt(gtol)) {
      // ten iterations without progress while the gradient is still large: a ridge or noise
      iter++;
      break;
    }
    if (Math.abs(fOld - fx) <= 1e-15 * Math.max(1, Math.abs(fx)) && maxAbs(g) < Math.sqrt(gtol)) {
      // no further progress possible in float64 and the gradient is already small
      converged = true;
      iter++;
      break;
    }
  }
  if (!converged && maxAbs(g) < gtol) converged = true;
  return { x, value: fx, gradient: g, iterations: iter, converged, gradientNorm: Math.sqrt(dot(g, g)) };
}

function identity(n: number): Float64Array {
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  return H;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / (yᵀ s). */
function bfgsUpdate(H: Float64Array, s: Float64Array, y: Float64Array, sy: number, n: number): void {
  const rho = 1 / sy;
  const Hy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
    Hy[i] = v;
  }
  const yHy = dot(y, Hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      H[i * n + j] = H[i * n + j]! - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!;
    }
  }
}

/** Wrap a value-only function as an {@link Objective} with central-difference gradients. */
export function withNumericalGradient(value: (x: Float64Array) => number, h = 1e-6): Objective {
  return (x, grad) => {
    const fx = value(x);
    const xs = Float64Array.from(x);
    for (let i = 0; i < x.length; i++) {
      xs[i] = x[i]! + h;
      const up = value(xs);
      xs[i] = x[i]! - h;
      const down = value(xs);
      xs[i] = x[i]!;
      grad[i] = (up - down) / (2 * h);
    }
    return fx;
  };
}

/** The Hessian of an objective at x by central differences of its gradient, symmetrised. */
export function hessian(f: Objective, x: Float64Array, h = 1e-4): Float64Array {
  const n = x.length;
  const H = new Float64Array(n * n);
  const gu = new Float64Array(n);
  const gd = new Float64Array(n);
  const xs = Float64Array.from(x);
  for (let j = 0; j < n; j++) {
    xs[j] = x[j]! + h;
    f(xs, gu);
    xs[j] = x[j]! - h;
    f(xs, gd);
    xs[j] = x[j]!;
    for (let i = 0; i < n; i++) H[i * n + j] = (gu[i]! - gd[i]!) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = (H[i * n + j]! + H[j * n + i]!) / 2;
      H[i * n + j] = v;
      H[j * n + i] = v;
    }
  }
  return H;
}

/** The inverse of a symmetric positive-definite matrix by Cholesky; undefined if it is not one. */
export function inverseSpd(A: Float64Array, n: number): Float64Array | undefined {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      if (i === j) {
        if (!(s > 0) || !Number.isFinite(s)) return undefined;
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j]!;
    }
  }
  // invert L, then A⁻¹ = L⁻ᵀ L⁻¹
  const Li = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    Li[i * n + i] = 1 / L[i * n + i]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i * n + k]! * Li[k * n + j]!;
      Li[i * n + j] = s / L[i * n + i]!;
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++) s += Li[k * n + i]! * Li[k * n + j]!;
      out[i * n + j] = s;
    }
  }
  return out;
}
