import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalQuantile, twoSidedCriticalValue, twoSidedPValue } from '../../src/core/normal.js';

// Reference values from an independent source: mpmath 1.3.0 at 50 significant digits
// (mpmath.ncdf, mpmath.erfc, and Φ⁻¹ by mpmath.findroot on ncdf), shown to 17 digits. The
// 15-digit values agree with R's pnorm/qnorm output quoted in METRICS.md and the task
// (qnorm(0.975) = 1.959963984540054, pnorm(1) = 0.8413447460685429).
const rel = (a: number, b: number) => Math.abs((a - b) / b);

describe('normal distribution (core)', () => {
  it.each([
    [1, 0.84134474606854295],
    [-3, 0.0013498980316300945],
    [0.5, 0.6914624612740131],
    [2.5, 0.99379033467422386],
    [-10, 7.6198530241605261e-24],
    [-37, 5.7255712225245768e-300],
  ])('Φ(%s) to a relative error below 1e-12', (x, expected) => {
    expect(rel(normalCdf(x), expected)).toBeLessThan(1e-12);
  });

  it('Φ(0) = 1/2 and the far tails underflow to 0 and 1, never NaN', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(erfc(-30)).toBe(2);
  });

  it.each([
    [1.96, 0.049995790296440872],
    [3, 0.0026997960632601891],
    [6, 1.9731752900753963e-9],
    [-3, 0.0026997960632601891],
  ])('two-sided p-value of z = %s', (z, expected) => {
    expect(rel(twoSidedPValue(z), expected)).toBeLessThan(1e-12);
  });

  it('two-sided p-value of 0 is 1', () => {
    expect(twoSidedPValue(0)).toBe(1);
  });

  it.each([
    [0.975, 1.9599639845400542],
    [0.995, 2.5758293035489008],
    [0.9, 1.2815515655446005],
    [0.025, -1.9599639845400542],
    [1e-10, -6.3613409024040562],
    [1e-300, -37.047096299361199],
  ])('Φ⁻¹(%s) to a relative error below 1e-12', (p, expected) => {
    expect(rel(normalQuantile(p), expected)).toBeLessThan(1e-12);
  });

  it('Φ⁻¹(0.5) = 0', () => {
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('the 95 % two-sided critical value is 1.959963984540054 (16 significant digits, as R prints qnorm(0.975))', () => {
    expect(twoSidedCriticalValue(0.95).toPrecision(16)).toBe('1.959963984540054');
    expect(rel(twoSidedCriticalValue(0.99), 2.5758293035489008)).toBeLessThan(1e-12);
    expect(rel(twoSidedCriticalValue(0.8), 1.2815515655446005)).toBeLessThan(1e-12);
  });

  it('quantile and CDF invert each other across the range', () => {
    for (let x = -30; x <= 3; x += 0.37) {
      // (above 3, Φ(x) near 1 keeps too few digits of 1 − Φ to invert)
      expect(Math.abs(normalQuantile(normalCdf(x)) - x)).toBeLessThan(1e-9 * Math.max(1, Math.abs(x)));
    }
  });
});
