import { describe, expect, it } from 'vitest';
import { complaintRate } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/service/complaintRate.ts.
describe('complaintRate (mutation survivors)', () => {
  it('every issue message is "complaintRate: <path> <problem>"', () => {
    // −1 is not a count; 2.5 is not whole
    expect(issuesOf(() => complaintRate({ complaints: -1, customers: 2.5 }))).toEqual([
      { code: 'too_small', path: 'complaints', message: 'complaintRate: complaints must be a non-negative whole number, got -1' },
      { code: 'invalid_type', path: 'customers', message: 'complaintRate: customers must be a non-negative whole number, got 2.5' },
    ]);
  });
});
