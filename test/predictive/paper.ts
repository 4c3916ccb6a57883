// Straightforward implementations written from the papers, independent of src/ (no shared code):
// used as the "worked independently" side of the golden prediction tests.

/** ln Γ by Stirling's series after shifting the argument above 20 (A&S 6.1.40). */
export function lnGamma(x: number): number {
  let shift = 0;
  while (x < 20) {
    shift -= Math.log(x);
    x += 1;
  }
  const i = 1 / x;
  return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + i / 12 - i ** 3 / 360 + i ** 5 / 1260 - i ** 7 / 1680;
}

/** The plain Gauss series of ₂F₁ (valid here for 0 ≤ z ≤ 0.6). */
export function gauss2F1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 500; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
  }
  return sum;
}

/** BG/NBD E[Y(t) | x, t_x, T]: Fader, Hardie & Lee (2005) eq. (10), term by term. */
export function bgNbdEq10(r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number, t: number): number {
  const lead = (a + b + x - 1) / (a - 1);
  const bracket = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * gauss2F1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const den = 1 + (x > 0 ? 1 : 0) * (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x);
  return (lead * bracket) / den;
}

/** BG/NBD P(alive): 1 / (1 + δ(x > 0) a/(b + x − 1) ((α + T)/(α + t_x))^(r + x)). */
export function bgNbdPAlive(r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number): number {
  return 1 / (1 + (x > 0 ? 1 : 0) * (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x));
}

/**
 * Pareto/NBD P(alive) from the integral form of the likelihood (Fader & Hardie 2005 note, eqs. 11–12):
 * L = Γ(r+x)α^r β^s/Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ ],
 * P(alive) = first term / bracket; the integral by Simpson's rule with 20 000 panels.
 */
export function paretoPAlive(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const first = Math.pow(alpha + T, -(r + x)) * Math.pow(beta + T, -s);
  const f = (tau: number) => Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1));
  const n = 20000;
  const h = (T - tx) / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) sum += (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * f(tx + i * h);
  const integral = (sum * h) / 3;
  return first / (first + s * integral);
}

/** Pareto/NBD E[Y(t) | …] = P(alive) · (r + x)(β + T)/((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s − 1)] (note eq. 41). */
export function paretoEq41(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number, t: number): number {
  return (
    paretoPAlive(r, alpha, s, beta, x, tx, T) *
    (((r + x) * (beta + T)) / ((alpha + T) * (s - 1))) *
    (1 - Math.pow((beta + T) / (beta + T + t), s - 1))
  );
}

/**
 * BG/NBD total log-likelihood, FHL 2005 eq. (6) in the paper's own split (their §5 / Excel note):
 * A₁ = ln Γ(r + x) − ln Γ(r) + r ln α, A₂ = ln Γ(a + b) + ln Γ(b + x) − ln Γ(b) − ln Γ(a + b + x),
 * A₃ = −(r + x) ln(α + T), A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t_x) (x > 0 only);
 * ln L = A₁ + A₂ + ln(e^A₃ + δ(x > 0) e^A₄).
 */
export function bgNbdLogLikelihood(r: number, alpha: number, a: number, b: number, rows: readonly { frequency: number; recency: number; T: number }[]): number {
  let ll = 0;
  for (const { frequency: x, recency: tx, T } of rows) {
    const A1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
    const A2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
    const A3 = -(r + x) * Math.log(alpha + T);
    const A4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
    const top = Math.max(A3, A4);
    ll += A1 + A2 + top + Math.log(Math.exp(A3 - top) + Math.exp(A4 - top));
  }
  return ll;
}

/**
 * Pareto/NBD total log-likelihood from the integral form (Fader & Hardie 2005 note, eqs. 11–12):
 * L = Γ(r + x) α^r β^s / Γ(r) · [ (α + T)^−(r+x) (β + T)^−s + s ∫_{t_x}^{T} (α + τ)^−(r+x) (β + τ)^−(s+1) dτ ],
 * the integral by Simpson's rule with 2 000 panels in y = ln(c + τ), c = min(α, β) (dτ = e^y dy), so that a
 * steep start of the integrand (small α or β) is resolved as well as its long tail.
 */
export function paretoLogLikelihood(r: number, alpha: number, s: number, beta: number, rows: readonly { frequency: number; recency: number; T: number }[]): number {
  let ll = 0;
  const c = Math.min(alpha, beta);
  for (const { frequency: x, recency: tx, T } of rows) {
    const first = Math.pow(alpha + T, -(r + x)) * Math.pow(beta + T, -s);
    const f = (y: number) => {
      const tau = Math.exp(y) - c;
      return Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1)) * Math.exp(y);
    };
    const n = 2000;
    const y0 = Math.log(c + tx);
    const h = (Math.log(c + T) - y0) / n;
    let sum = 0;
    for (let i = 0; i <= n; i++) sum += (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * f(y0 + i * h);
    ll += lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta) + Math.log(first + (s * sum * h) / 3);
  }
  return ll;
}

/**
 * Gamma-Gamma total log-likelihood of the mean spends (Fader & Hardie 2013 note, eq. 3), customers with x > 0:
 * ln f = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln m̄ + px ln x − (px + q) ln(v + x m̄).
 */
export function gammaGammaLogLikelihood(p: number, q: number, v: number, rows: readonly { frequency: number; monetaryValue: number }[]): number {
  let ll = 0;
  for (const { frequency: x, monetaryValue: m } of rows) {
    if (x === 0) continue;
    ll +=
      lnGamma(p * x + q) - lnGamma(p * x) - lnGamma(q) + q * Math.log(v) + (p * x - 1) * Math.log(m) + p * x * Math.log(x) - (p * x + q) * Math.log(v + x * m);
  }
  return ll;
}

/**
 * The gradient, in log parameters u = ln θ, of the objective the fits document: the mean negative
 * log-likelihood plus penalizer · Σθ² (lifetimes' penalizer_coef). Central differences with step h in u.
 * At a fitted optimum every component is ≈ 0 (first-order condition).
 */
export function penalisedGradient(logLikelihood: (theta: number[]) => number, theta: readonly number[], customers: number, penalizer: number, h = 1e-5): number[] {
  const F = (u: number[]) => {
    const th = u.map(Math.exp);
    return -logLikelihood(th) / customers + penalizer * th.reduce((acc, t) => acc + t * t, 0);
  };
  const u0 = theta.map(Math.log);
  return u0.map((_, i) => {
    const up = u0.slice();
    const down = u0.slice();
    up[i] = up[i]! + h;
    down[i] = down[i]! - h;
    return (F(up) - F(down)) / (2 * h);
  });
}
