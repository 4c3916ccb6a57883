import { describe, expect, it } from 'vitest';
import { resolutionRate } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/service/resolutionRate.ts.
describe('resolutionRate (mutation survivors)', () => {
  it('every issue message is "resolutionRate: <path> <problem>"', () => {
    // 5 resolved of 4 requests: more resolved than asked
    expect(issuesOf(() => resolutionRate({ resolved: 5, requests: 4 }))).toEqual([
      { code: 'inconsistent', path: 'resolved', message: 'resolutionRate: resolved (5) must not exceed requests (4)' },
    ]);
    // a missing count
    expect(issuesOf(() => resolutionRate({ resolved: 1 } as never))).toEqual([
      { code: 'invalid_type', path: 'requests', message: 'resolutionRate: requests is required' },
    ]);
  });
});
