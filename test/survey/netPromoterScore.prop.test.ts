import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netPromoterScore } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('netPromoterScore properties', () => {
  it('stays within −100…100 and its interval contains it, inside −100…100', () => {
    fc.assert(
      fc.property(scores, confidence, (s, c) => {
        const r = netPromoterScore(s, { confidence: c });
        const v = r.value!;
        const [lo, hi] = r.confidenceInterval!;
        expect(v.gte(-100) && v.lte(100)).toBe(true);
        expect(lo.lte(v) && v.lte(hi)).toBe(true);
        expect(lo.gte(-100) && hi.lte(100)).toBe(true);
        expect(r.standardError!.gte(0)).toBe(true);
      }),
    );
  });

  it('counts add up and shares sum to 1 (terminating cases)', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const r = netPromoterScore(s);
        expect(r.promoters.count + r.passives.count + r.detractors.count).toBe(s.length);
      }),
    );
  });

  it('does not depend on the order of the answers, and never mutates them', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const copy = [...s];
        const a = netPromoterScore(deepFrozen(s));
        const b = netPromoterScore([...copy].reverse());
        expect(s).toEqual(copy);
        expect(b.value!.eq(a.value!)).toBe(true);
        expect(b.standardError!.eq(a.standardError!)).toBe(true);
      }),
    );
  });

  it('a wider confidence gives a wider margin', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const m90 = netPromoterScore(s, { confidence: 0.9 }).marginOfError!;
        const m99 = netPromoterScore(s, { confidence: 0.99 }).marginOfError!;
        expect(m99.gte(m90)).toBe(true);
      }),
    );
  });
});
