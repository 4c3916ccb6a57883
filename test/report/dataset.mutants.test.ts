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

describe('DatasetSchema: ids, events and the health model', () => {
  it('a customer id that is not a string says it must be a customer id', () => {
    // describeValue(7) is "7"
    expect(issuesOf(() => buildReport({ customers: [{ customerId: 7 }] } as never, feb))).toEqual([
      { code: 'invalid_type', path: 'dataset.customers[0].customerId', message: 'buildReport: dataset.customers[0].customerId must be a customer id (a string), got 7' },
    ]);
  });

  it('a lead id that is not a string says it must be a lead id', () => {
    const leads = [{ leadId: 3, createdAt: '2026-02-01T00:00:00Z' }];
    expect(issuesOf(() => buildReport({ leads } as never, feb))).toEqual([
      { code: 'invalid_type', path: 'dataset.leads[0].leadId', message: 'buildReport: dataset.leads[0].leadId must be a lead id (a string), got 3' },
    ]);
  });

  it('a string is not an iterable of events, though it can be iterated (its characters are no events)', () => {
    // a string has a Symbol.iterator but is no object: refused as a whole, not read character by character
    expect(issuesOf(() => buildReport({ events: 'abc' } as never, feb))).toEqual([
      { code: 'custom', path: 'dataset.events', message: 'buildReport: dataset.events must be an array or an iterable of events, got "abc"' },
    ]);
  });

  it('a health model that is null or not an object says what a health model is', () => {
    // null is an object to typeof: the check must stop at null before reading it
    for (const [model, got] of [[null, 'null'], [5, '5']] as const) {
      expect(issuesOf(() => buildReport({ health: { model, observations: [] } } as never, feb))).toEqual([
        { code: 'custom', path: 'dataset.health.model', message: `buildReport: dataset.health.model must be a health model { behaviours, tiers, missing }, got ${got}` },
      ]);
    }
  });
});
