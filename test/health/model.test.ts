import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_TIERS, HealthModelSchema, HealthTiersSchema, MetricInputError, SEED_004_HEALTH_MODEL } from '../../src/index.js';
import { attempt } from '../../src/health/model.js';

describe('health model schemas', () => {
  it('the seed-004 model and the default tiers are valid, and frozen', () => {
    const parsed = HealthModelSchema.parse(SEED_004_HEALTH_MODEL);
    expect(parsed.behaviours.map((b) => b.name)).toEqual(['productUsage', 'consultations', 'onTimePayment']);
    expect(parsed.behaviours.map((b) => b.bands.length)).toEqual([10, 6, 10]);
    expect(HealthTiersSchema.safeParse(DEFAULT_HEALTH_TIERS).success).toBe(true);
    expect(Object.isFrozen(SEED_004_HEALTH_MODEL.behaviours[0]?.bands[0])).toBe(true);
  });

  it('can be used at a boundary on its own: safeParse reports the path', () => {
    const r = HealthModelSchema.safeParse({ behaviours: [{ name: 'a', bands: [{ atLeast: 0, score: 1 }] }, { name: 'b', bands: [{ atLeast: 0, score: 1 }] }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['tiers']]);
  });
});

describe('attempt (collects issues of several arguments)', () => {
  it('collects a MetricInputError and passes anything else through', () => {
    const issues: { code: string; path: string; message: string }[] = [];
    expect(attempt(issues, () => 1)).toBe(1);
    expect(
      attempt(issues, () => {
        throw new MetricInputError('f', [{ code: 'c', path: 'p', message: 'f: p bad' }]);
      }),
    ).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual(['p']);
    expect(() =>
      attempt(issues, () => {
        throw new RangeError('boom');
      }),
    ).toThrow(RangeError);
  });
});
