import type { HealthModel } from '../../src/index.js';

/**
 * A small hand-made model for golden cases: three behaviours, weights 2, 1, 1, so the scale is
 * 2·1 + 1 + 1 = 4 … 2·10 + 10 + 10 = 40.
 */
export const WEIGHTED: HealthModel = {
  behaviours: [
    { name: 'usage', weight: 2, bands: [{ atLeast: 0, score: 1 }, { atLeast: 10, score: 5 }, { atLeast: 20, score: 10 }] },
    { name: 'calls', bands: [{ atLeast: 0, score: 2 }, { atLeast: 5, score: 6 }] },
    { name: 'pay', bands: [{ atLeast: 0, score: 1 }, { atLeast: '0.9', score: 9 }] },
  ],
  tiers: [
    { name: 'low', min: 4, max: 15 },
    { name: 'mid', min: 16, max: 30 },
    { name: 'high', min: 31, max: 40 },
  ],
  missing: 'exclude',
};

/** Two unweighted behaviours a and b with bands 0 → 1, 5 → 5, 10 → 10; scale 2…20. */
export const TWO: HealthModel = {
  behaviours: [
    { name: 'a', bands: [{ atLeast: 0, score: 1 }, { atLeast: 5, score: 5 }, { atLeast: 10, score: 10 }] },
    { name: 'b', bands: [{ atLeast: 0, score: 1 }, { atLeast: 5, score: 5 }, { atLeast: 10, score: 10 }] },
  ],
  tiers: [
    { name: 'low', min: 2, max: 10 },
    { name: 'high', min: 11, max: 20 },
  ],
  missing: 'error',
};

/** The three seed-004 observations of the worked example: 20 days of use, 3 consultations, 96 % on time. */
export const SEED_OBS = [
  { behaviour: 'productUsage', value: 20 },
  { behaviour: 'consultations', value: 3 },
  { behaviour: 'onTimePayment', value: 0.96 },
];
