import { describe, expect, it } from 'vitest';
import { surveyCrossTab } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

const customers = [
  { customerId: 'a', attributes: { region: 'north', size: 10 } },
  { customerId: 'b', attributes: { region: 'north' } },
  { customerId: 'c', attributes: { region: 'south' } },
  { customerId: 'd', attributes: { region: null } },
  { customerId: 'e' },
];

describe('surveyCrossTab', () => {
  it('seed 004 §1: share of customers with region = X who chose answer C', () => {
    // north: a yes, b no, a yes → yes 2/3, no 1/3; south: c no → no 1; missing attribute (d, e): yes, no → 1/2 each;
    // unknown customer z: yes → 1
    const t = surveyCrossTab({
      responses: [
        { customerId: 'a', answer: 'yes' },
        { customerId: 'b', answer: 'no' },
        { customerId: 'a', answer: 'yes' },
        { customerId: 'c', answer: 'no' },
        { customerId: 'd', answer: 'yes' },
        { customerId: 'e', answer: 'no' },
        { customerId: 'z', answer: 'yes' },
      ],
      customers,
      by: 'region',
    });
    expect(t.answers).toEqual(['no', 'yes']);
    expect(t.rows.map((r) => [r.kind, r.attributeValue, r.responses])).toEqual([
      ['attribute', 'north', 3],
      ['attribute', 'south', 1],
      ['missingAttribute', null, 2],
      ['unknownCustomer', null, 1],
    ]);
    const north = t.rows[0]!.cells;
    expect(north.map((c) => c.count)).toEqual([1, 2]);
    // 1/3 and 2/3 to 38 places, largest remainder: 0.333…33 (rem 1/3), 0.666…66 (rem 2/3) → the extra unit to "yes"
    expect(north.map((c) => c.share.toString())).toEqual(['0.33333333333333333333333333333333333333', '0.66666666666666666666666666666666666667']);
    expect(north[0]!.share.plus(north[1]!.share).toString()).toBe('1');
    expect(t.rows[2]!.cells.map((c) => c.share.toString())).toEqual(['0.5', '0.5']);
    expect(t.total.responses).toBe(7);
    expect(t.total.cells.map((c) => c.count)).toEqual([3, 4]);
  });

  it('numbers before strings, numbers ascending; 5 and "5" are different answers; numeric attribute values', () => {
    const t = surveyCrossTab({
      responses: [
        { customerId: 'a', answer: '5' },
        { customerId: 'a', answer: 10 },
        { customerId: 'a', answer: 5 },
        { customerId: 'b', answer: 5 },
      ],
      customers: [
        { customerId: 'a', attributes: { size: 10 } },
        { customerId: 'b', attributes: { size: 2 } },
      ],
      by: 'size',
    });
    expect(t.answers).toEqual([5, 10, '5']);
    expect(t.rows.map((r) => r.attributeValue)).toEqual([2, 10]);
  });

  it('ids and attribute names such as __proto__ and constructor work', () => {
    const t = surveyCrossTab({
      responses: [
        { customerId: '__proto__', answer: 'x' },
        { customerId: 'constructor', answer: 'y' },
        { customerId: 'toString', answer: 'y' },
      ],
      customers: JSON.parse('[{"customerId":"__proto__","attributes":{"__proto__":"p"}},{"customerId":"constructor","attributes":{}}]'),
      by: '__proto__',
    });
    expect(t.rows.map((r) => [r.kind, r.attributeValue, r.responses])).toEqual([
      ['attribute', 'p', 1],
      ['missingAttribute', null, 1],
      ['unknownCustomer', null, 1],
    ]);
    const c = surveyCrossTab({ responses: [{ customerId: 'a', answer: 1 }], customers: [{ customerId: 'a', attributes: {} }], by: 'constructor' });
    expect(c.rows[0]!.kind).toBe('missingAttribute');
  });

  it('no responses: no rows, an empty total', () => {
    const t = surveyCrossTab({ responses: [], customers, by: 'region' });
    expect(t.rows).toEqual([]);
    expect(t.total).toEqual({ responses: 0, cells: [] });
  });

  it('leaves frozen input alone and returns a frozen result', () => {
    const input = deepFrozen({ responses: [{ customerId: 'a', answer: 'yes' }], customers: structuredClone(customers), by: 'region' });
    const t = surveyCrossTab(input);
    expect(Object.isFrozen(t.rows[0]!.cells[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(t)).rows[0].cells[0].share).toBe('1');
  });

  it('reports every problem with its path', () => {
    const issues = issuesOf(() =>
      surveyCrossTab({
        responses: [{ customerId: 1, answer: NaN }, { customerId: 'a' }],
        customers: [{ customerId: 'a', attributes: { region: {} } }, { customerId: 'a' }, { customerId: 'b', attributes: 'north' }],
        by: 'region',
      } as never),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'responses[0].customerId',
      'responses[0].answer',
      'responses[1].answer',
      'customers[2].attributes',
      'customers[0].attributes.region',
      'customers[1].customerId',
    ]);
    expect(issues.find((i) => i.path === 'customers[1].customerId')?.message).toBe(
      'surveyCrossTab: customers[1].customerId ("a") appears twice: also customers[0]',
    );
    expect(pathsOf(() => surveyCrossTab({ responses: [], customers: [], by: '' }))).toEqual(['by']);
    expect(pathsOf(() => surveyCrossTab(null as never))).toEqual(['']);
  });
});
