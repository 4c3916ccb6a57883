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
