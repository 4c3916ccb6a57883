import { describe, expect, it } from 'vitest';
import { surveyCrossTab } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/survey/surveyCrossTab.ts.
describe('surveyCrossTab (mutation survivors)', () => {
  it('a numeric-looking string answer still sorts after every number', () => {
    // answers 5 (number) and '3' (string): numbers first, so [5, '3'] although "3" < 5 numerically;
    // attribute values 7 (number) and '2' (string) likewise: rows [7, '2']
    const t = surveyCrossTab({
      responses: [
        { customerId: 'a', answer: 5 },
        { customerId: 'b', answer: '3' },
      ],
      customers: [
        { customerId: 'a', attributes: { g: 7 } },
        { customerId: 'b', attributes: { g: '2' } },
      ],
      by: 'g',
    });
    expect(t.answers).toEqual([5, '3']);
    expect(t.rows.map((r) => r.attributeValue)).toEqual([7, '2']);
    expect(t.formula).toBe('share(X, C) = responses with A = X and answer C / responses with A = X');
  });

  it('the missing-attribute row comes before the unknown-customer row, after the values', () => {
    // u is not a customer (unknown, answered first); m has no attribute g (missing); v has g = 'x'
    const t = surveyCrossTab({
      responses: [
        { customerId: 'u', answer: 1 },
        { customerId: 'm', answer: 1 },
        { customerId: 'v', answer: 2 },
      ],
      customers: [{ customerId: 'm', attributes: {} }, { customerId: 'v', attributes: { g: 'x' } }],
      by: 'g',
    });
    // rows: x (answer 2: 1 of 1), missing (answer 1: 1 of 1), unknown (answer 1: 1 of 1)
    expect(t.rows.map((r) => [r.kind, r.attributeValue, r.responses, r.cells.map((c) => c.count)])).toEqual([
      ['attribute', 'x', 1, [0, 1]],
      ['missingAttribute', null, 1, [1, 0]],
      ['unknownCustomer', null, 1, [1, 0]],
    ]);
  });

  it('messages of the field checks name the problem', () => {
    const issues = issuesOf(() =>
      surveyCrossTab({
        responses: [{ customerId: 5, answer: true }],
        customers: [{ customerId: 6 }],
        by: 4,
      } as never),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['responses[0].customerId', 'surveyCrossTab: responses[0].customerId must be a string (any string is a valid id), got 5'],
      ['responses[0].answer', 'surveyCrossTab: responses[0].answer must be a string or a finite number, got true'],
      ['customers[0].customerId', 'surveyCrossTab: customers[0].customerId must be a string (any string is a valid id), got 6'],
      ['by', 'surveyCrossTab: by must be the name of an attribute, got 4'],
    ]);
    expect(issuesOf(() => surveyCrossTab({ responses: [], customers: [], by: '' }))).toEqual([
      { code: 'too_small', path: 'by', message: 'surveyCrossTab: by must not be empty' },
    ]);
  });

  it('a duplicate id and a bad attribute value carry their codes', () => {
    // Infinity is a number but not finite; 'a' appears at 0 and 1
    const issues = issuesOf(() =>
      surveyCrossTab({
        responses: [],
        customers: [{ customerId: 'a', attributes: { g: Infinity } }, { customerId: 'a' }],
        by: 'g',
      }),
    );
    expect(issues).toEqual([
      { code: 'invalid_type', path: 'customers[0].attributes.g', message: 'surveyCrossTab: customers[0].attributes.g must be a string, a finite number or null, got Infinity' },
      { code: 'duplicate', path: 'customers[1].customerId', message: 'surveyCrossTab: customers[1].customerId ("a") appears twice: also customers[0]' },
    ]);
  });

  it('the cross-field checks skip what already failed its own check', () => {
    // ids that are not strings are not compared for duplicates
    expect(pathsOf(() => surveyCrossTab({ responses: [], customers: [{ customerId: 5 }, { customerId: 5 }], by: 'g' } as never))).toEqual([
      'customers[0].customerId',
      'customers[1].customerId',
    ]);
    // attributes null: one issue, no unreadable input
    expect(issuesOf(() => surveyCrossTab({ responses: [], customers: [{ customerId: 'a', attributes: null }], by: 'g' } as never)).map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', 'customers[0].attributes'],
    ]);
    // a customer that is not an object, and customers that is not an array: one issue each
    expect(issuesOf(() => surveyCrossTab({ responses: [], customers: [null], by: 'g' } as never)).map((i) => [i.code, i.path])).toEqual([['invalid_type', 'customers[0]']]);
    expect(issuesOf(() => surveyCrossTab({ responses: [], customers: null, by: 'g' } as never)).map((i) => [i.code, i.path])).toEqual([['invalid_type', 'customers']]);
    // input that is not an object: one type issue, not an unreadable input
    expect(issuesOf(() => surveyCrossTab(null as never)).map((i) => [i.code, i.path])).toEqual([['invalid_type', '']]);
    // an empty or non-string `by` is not looked up in the attributes (here '' and '4' hold bad values)
    const customers = [{ customerId: 'a', attributes: { '': {}, '4': {} } }];
    expect(pathsOf(() => surveyCrossTab({ responses: [], customers, by: '' } as never))).toEqual(['by']);
    expect(pathsOf(() => surveyCrossTab({ responses: [], customers, by: 4 } as never))).toEqual(['by']);
  });
});
