import { describe, expect, it } from 'vitest';
import { SEED_004_HEALTH_MODEL, buildReport } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// The data set's own checks (DatasetSchema), read through buildReport: the whole issue, so that
// the wording of each field's message is pinned, not only its path.

const feb = { month: '2026-02' } as const;

describe('DatasetSchema: the messages of its own checks', () => {
  it('events: null is not an iterable of events (an issue at dataset.events, not an unreadable data set)', () => {
    // null is an object to typeof, but has no Symbol.iterator to read: the check must stop at null
    expect(issuesOf(() => buildReport({ events: null } as never, feb))).toEqual([
      { code: 'custom', path: 'dataset.events', message: 'buildReport: dataset.events must be an array or an iterable of events, got null' },
    ]);
  });

  it('an attribute value that is neither a string, a number nor null says what it may be', () => {
    expect(issuesOf(() => buildReport({ customers: [{ customerId: 'a', attributes: { region: true } }] } as never, feb))).toEqual([
      {
        code: 'invalid_union',
        path: 'dataset.customers[0].attributes.region',
        message: 'buildReport: dataset.customers[0].attributes.region must be a string, a number or null, got true',
      },
    ]);
  });

  it('a health observation without a value: "must be a number", like a survey score without one', () => {
    const observations = [{ customerId: 'a', at: '2026-02-01T00:00:00Z', behaviour: 'productUsage' }];
    expect(issuesOf(() => buildReport({ health: { model: SEED_004_HEALTH_MODEL, observations } } as never, feb))).toEqual([
      { code: 'invalid_type', path: 'dataset.health.observations[0].value', message: 'buildReport: dataset.health.observations[0].value must be a number, got undefined' },
    ]);
    const surveys = [{ customerId: 'a', kind: 'nps', at: '2026-02-01T00:00:00Z' }];
    expect(issuesOf(() => buildReport({ surveys } as never, feb))).toEqual([
      { code: 'invalid_type', path: 'dataset.surveys[0].score', message: 'buildReport: dataset.surveys[0].score must be a number, got undefined' },
    ]);
  });
});
