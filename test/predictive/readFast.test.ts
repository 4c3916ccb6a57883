import { describe, expect, it } from 'vitest';
import { Decimal, fitBgNbd, fitGammaGamma } from '../../src/index.js';
import { readHistoriesFast, readSpendsFast } from '../../src/core/predictive.js';
import { pathsOf } from '../helpers/errors.js';

// The fits read valid rows without zod; anything unusual falls back to the schema, which reports it.
describe('fast reading of fit inputs', () => {
  it('reads valid rows and declines anything else', () => {
    expect(readHistoriesFast([{ frequency: 1, recency: 2, T: 3, extra: 'x' }])).toEqual([{ frequency: 1, recency: 2, T: 3 }]);
    expect(readHistoriesFast([null])).toBeUndefined();
    expect(readHistoriesFast([])).toBeUndefined();
    const throwing = [Object.defineProperty({}, 'frequency', { get: () => { throw new Error('boom'); }, enumerable: true })];
    expect(readHistoriesFast(throwing)).toBeUndefined();
    expect(readSpendsFast(throwing)).toBeUndefined();
    expect(readSpendsFast([{ frequency: 2, monetaryValue: '1.5' }, { frequency: 1, monetaryValue: new Decimal('2') }, { frequency: 0, monetaryValue: -0 }])).toEqual([
      { frequency: 2, monetaryValue: 1.5 },
      { frequency: 1, monetaryValue: 2 },
      { frequency: 0, monetaryValue: 0 },
    ]);
    expect(readSpendsFast([1])).toBeUndefined();
    expect(readSpendsFast([{ frequency: 1, monetaryValue: true }])).toBeUndefined();
    expect(readSpendsFast('x')).toBeUndefined();
  });
  it('a throwing getter becomes a MetricInputError; a non-integer maxIterations is named', () => {
    const throwing = [Object.defineProperty({}, 'frequency', { get: () => { throw new Error('boom'); }, enumerable: true })];
    expect(pathsOf(() => fitBgNbd(throwing as never))).toEqual(['']);
    expect(pathsOf(() => fitGammaGamma([{ frequency: 1, monetaryValue: 1 }], { maxIterations: 1.5 }))).toEqual(['options.maxIterations']);
  });
});
