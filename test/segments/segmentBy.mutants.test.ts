import { describe, expect, it } from 'vitest';
import { MetricInputError, rfmScores, segmentBy } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/segments/segmentBy.ts.
const ids = (g: readonly { customerId: string }[]) => g.map((c) => c.customerId);
const errorOf = (fn: () => unknown): MetricInputError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MetricInputError);
    return e as MetricInputError;
  }
  throw new Error('expected a MetricInputError, but the call returned');
};
const throwing = (path: string) => () => {
  throw new MetricInputError('myMetric', [{ code: 'bad', path, message: `myMetric: ${path} is bad` }]);
};

describe('segmentBy (mutation survivors)', () => {
  it('a metric that is not a function is named with its value', () => {
    expect(issuesOf(() => segmentBy({ customers: [], by: 'region', metric: 3 } as never))).toEqual([
      { code: 'custom', path: 'metric', message: 'segmentBy: metric must be a function of a customer set, got 3' },
    ]);
  });

  it('an attribute holding an object is a "custom" issue at its path', () => {
    expect(issuesOf(() => segmentBy({ customers: [{ customerId: 'a', attributes: { region: {} } }], by: 'region', metric: ids }))).toEqual([
      { code: 'custom', path: 'customers[0].attributes.region', message: 'segmentBy: customers[0].attributes.region must be a string, a finite number, a boolean or null, got an object' },
    ]);
  });

  it('malformed input reports type problems, never an unreadable input', () => {
    const codes = (input: unknown) => issuesOf(() => segmentBy(input as never)).map((i) => [i.code, i.path]);
    expect(codes(null)).toEqual([['invalid_type', '']]);
    expect(codes(undefined)).toEqual([['invalid_type', '']]);
    expect(codes({ customers: 'x', by: 'region', metric: ids })).toEqual([['invalid_type', 'customers']]);
    expect(codes({ customers: [null], by: 'region', metric: ids })).toEqual([['invalid_type', 'customers[0]']]);
    expect(codes({ customers: [{ customerId: 'a', attributes: null }], by: 'region', metric: ids })).toEqual([['invalid_type', 'customers[0].attributes']]);
  });

  it('attributes are checked only for a string `by`, and also when another row is malformed', () => {
    // by = 7 is not an attribute name: only `by` is reported, the attribute "7" is not read.
    expect(pathsOf(() => segmentBy({ customers: [{ customerId: 'a', attributes: { 7: {} } }], by: 7, metric: ids } as never))).toEqual(['by']);
    const paths = pathsOf(() => segmentBy({ customers: [{ customerId: 'a', attributes: { region: {} } }, { customerId: 5 }], by: 'region', metric: ids } as never));
    expect(paths.sort()).toEqual(['customers[0].attributes.region', 'customers[1].customerId']);
  });

  it('a repeated id is reported next to an unreadable row', () => {
    const hostile = Object.defineProperty({ customerId: 'a' }, 'attributes', {
      enumerable: true,
      get() {
        throw new TypeError('nope');
      },
    });
    expect(issuesOf(() => segmentBy({ customers: [{ customerId: 'a' }, hostile], by: 'region', metric: ids } as never)).map((i) => [i.code, i.path])).toEqual([
      ['unreadable_input', ''],
      ['duplicate', 'customers[1].customerId'],
    ]);
  });

  it('every error names segmentBy: bad input, a bad group value, a metric’s error', () => {
    expect(errorOf(() => segmentBy({ customers: [], by: '', metric: ids })).functionName).toBe('segmentBy');
    expect(errorOf(() => segmentBy({ customers: [{ customerId: 'a' }], by: () => ({}) as never, metric: ids })).functionName).toBe('segmentBy');
    expect(errorOf(() => segmentBy({ customers: [{ customerId: 'a' }], by: 'region', metric: throwing('customers[0]') })).functionName).toBe('segmentBy');
  });

  it('a metric’s path is mapped only from a leading customers[k] with k inside the group', () => {
    const customers = [
      { customerId: 'a', attributes: { region: 'north' } },
      { customerId: 'b', attributes: { region: 'south' } },
    ];
    // The south group is [b], b is customers[1] of the full list.
    const pathFor = (path: string) => pathsOf(() => segmentBy({ customers, by: 'region', metric: (g, key) => (key.value === 'south' ? throwing(path)() : null) }));
    expect(pathFor('customers[0].x')).toEqual(['customers[1].x']);
    // Not at the start: left alone.
    expect(pathFor('options.customers[0]')).toEqual(['options.customers[0]']);
    // Index 1 is outside a group of 1: left alone.
    expect(pathFor('customers[1]')).toEqual(['customers[1]']);
  });

  it('a two-digit index inside a group is mapped too', () => {
    // c0 is north; c1…c11 are south (11 customers): the south group's customers[10] is c11, customers[11] in full.
    const rows = Array.from({ length: 12 }, (_, i) => ({
      customerId: `c${i}`,
      attributes: { region: i === 0 ? 'north' : 'south' },
      lastPurchaseAt: '2026-03-01T00:00:00Z',
      purchaseCount: 1,
      totalAmount: i === 11 ? '1,0' : '10',
    }));
    expect(pathsOf(() => segmentBy({ customers: rows, by: 'region', metric: (g) => rfmScores(g, { asOf: '2026-04-01T00:00:00Z' }).n }))).toEqual([
      'customers[11].totalAmount',
    ]);
  });
});
