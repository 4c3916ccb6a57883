import { afterEach, describe, expect, it, vi } from 'vitest';

// Runs examples/health-model.ts and checks what it prints, line by line, against hand arithmetic.
describe('examples/health-model.ts', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints the worked seed-004 scores, the trend and the override', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    await import('../../examples/health-model.js');
    expect(lines).toEqual([
      // 20 days → 8, 3 consultations → 10, 0.96 on time → 8; 26 is in 21–30
      'March: H = Σ wᵢ · sᵢ = 1 · 8 + 1 · 10 + 1 · 8 = 26 → vip',
      '  productUsage: observed 20 → band from 18 → score 8',
      '  consultations: observed 3 → band from 2 → score 10',
      '  onTimePayment: observed 0.96 → band from 0.95 → score 8',
      // 9 days → 5; (5 + 8) × 3 / 2 = 13 × 1.5 = 19.5, rounded half away from zero to 20 → steady (11–20)
      'April: H = Σ wᵢ · sᵢ × W / Wₚ = (1 · 5 + 1 · 8) × 3 / 2 = 19.5 → steady',
      '  missing: consultations; 1 of 3 behaviours missing ("consultations"): excluded, and the present behaviours\' score 13 rescaled to the full scale by Σ all weights / Σ present weights = 3 / 2',
      // 19.5 − 26 = −6.5
      'Trend: ΔH = H₁ − H₀ = 19.5 − 26 = -6.5 (down)',
      // 8 + 4 + 8 = 20 → steady
      'Reviewed: H = Σ wᵢ · sᵢ = 1 · 8 + 1 · 4 + 1 · 8 = 20 → steady',
      '  "consultations" is scored 4 by a manual override by lin instead of its computed 10: questions were complaints about an outage',
    ]);
  });
});
