import { describe, expect, it } from 'vitest';
import { digamma, gammaSign, hyp2f1, logAddExp, logGamma, logHyp2f1Shifted, logSubExp } from '../../src/core/special.js';

describe('logGamma', () => {
  it('published values (A&S table 6.1 and exact factorials)', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 14); // ln √π
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12); // 9!
    expect(logGamma(1 / 3)).toBeCloseTo(Math.log(2.678938534707747), 13); // Γ(1/3), A&S 6.1.10
    // ln Γ(101) = ln 100! = 363.73937555556347 (Stirling check in A&S 6.1.38 tables)
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });
  it('reflection below 0.5: Γ(−0.5) = −2√π; poles are +∞; signs', () => {
    expect(logGamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 13);
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(-3)).toBe(Infinity);
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(gammaSign(2)).toBe(1);
    expect(gammaSign(-2)).toBe(0);
  });
});

describe('digamma', () => {
  it('ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2 (A&S 6.3.2, 6.3.3), ψ(x + 1) = ψ(x) + 1/x', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 13);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 13);
    expect(digamma(20.5) - digamma(19.5)).toBeCloseTo(1 / 19.5, 14);
    expect(digamma(-0.5)).toBeCloseTo(-euler - 2 * Math.LN2 + 2, 12); // ψ(x) = ψ(x + 1) − 1/x
    expect(Number.isNaN(digamma(-1))).toBe(true);
  });
});

describe('hyp2f1', () => {
  it('elementary closed forms (A&S 15.1.3–15.1.8)', () => {
    for (const z of [0.1, 0.5, 0.8, 0.95, 0.999, -0.5, -3]) {
      // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 9);
      // ₂F₁(a, b; b; z) = (1 − z)^(−a)
      expect(hyp2f1(0.7, 2.3, 2.3, z) / Math.pow(1 - z, -0.7)).toBeCloseTo(1, 10);
    }
    for (const x of [0.3, 0.9, 0.99]) {
      // ₂F₁(1/2, 1/2; 3/2; x²) = arcsin(x) / x
      expect(hyp2f1(0.5, 0.5, 1.5, x * x)).toBeCloseTo(Math.asin(x) / x, 10);
      // ₂F₁(1/2, 1; 3/2; −x²) = arctan(x) / x
      expect(hyp2f1(0.5, 1, 1.5, -x * x)).toBeCloseTo(Math.atan(x) / x, 12);
    }
  });
  it("Gauss's theorem at z = 1 and a terminating polynomial", () => {
    // ₂F₁(a, b; c; 1) = Γ(c)Γ(c − a − b) / (Γ(c − a)Γ(c − b)); a = 0.5, b = 0.5, c = 2 → Γ(2)Γ(1)/Γ(1.5)² = 4/π
    expect(hyp2f1(0.5, 0.5, 2, 1)).toBeCloseTo(4 / Math.PI, 12);
    expect(hyp2f1(1, 1, 1.5, 1)).toBe(Infinity);
    // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b + 1)z²/(c(c + 1))
    expect(hyp2f1(-2, 3, 4, 0.9)).toBeCloseTo(1 - (2 * 3 * 0.9) / 4 + (3 * 4 * 0.81) / (4 * 5), 13);
    expect(hyp2f1(3, -2, 4, -0.9)).toBeCloseTo(1 + (2 * 3 * 0.9) / 4 + (3 * 4 * 0.81) / (4 * 5), 13);
    expect(hyp2f1(2, 3, 4, 0)).toBe(1);
  });
  it('the 1 − z side with c − a − b near an integer (Euler-transformed series) and far from one', () => {
    // ₂F₁(1, 1; 2; z) has c − a − b = 0 exactly
    expect(hyp2f1(1, 1, 2, 0.99)).toBeCloseTo(-Math.log(0.01) / 0.99, 9);
    // ₂F₁(a, b; a + 1; z) = a ∫₀¹ t^(a−1) (1 − zt)^(−b) dt, checked by Simpson's rule: a = 2.5, b = 3.2, z = 0.93
    const a = 2.5;
    const b = 3.2;
    const z = 0.93;
    const n = 20000;
    let s = 0;
    for (let i = 0; i <= n; i++) {
      const t = i / n;
      const f = Math.pow(t, a - 1) * Math.pow(1 - z * t, -b);
      s += (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * f;
    }
    const integral = (a * s) / (3 * n);
    expect(hyp2f1(a, b, a + 1, z) / integral).toBeCloseTo(1, 9);
    expect(Math.exp(logHyp2f1Shifted(a, b, z)) / integral).toBeCloseTo(1, 9);
    expect(Math.exp(logHyp2f1Shifted(a, b, 0.5)) / hyp2f1(a, b, a + 1, 0.5)).toBeCloseTo(1, 12);
    expect(logHyp2f1Shifted(a, b, 0)).toBe(0);
    // large a with z near 1 stays finite (positive series)
    expect(Number.isFinite(logHyp2f1Shifted(1e6, 1.6, 0.999))).toBe(true);
  });
});

describe('log-space sums', () => {
  it('logAddExp and logSubExp', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(-Infinity, 1)).toBe(1);
    expect(logAddExp(1, -Infinity)).toBe(1);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSubExp(Math.log(5), Math.log(3))).toBeCloseTo(Math.log(2), 14);
    expect(logSubExp(Math.log(5), Math.log(0.001))).toBeCloseTo(Math.log(4.999), 14);
    expect(logSubExp(2, -Infinity)).toBe(2);
    expect(logSubExp(2, 2)).toBe(-Infinity);
  });
});
