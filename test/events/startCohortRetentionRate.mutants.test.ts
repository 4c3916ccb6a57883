import { describe, expect, it } from 'vitest';
import { collectEvents, startCohortRetentionRate } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { st } from './helpers.js';

// Tests written against the survivors of `npm run mutate events` (see docs/quality.md).
describe('startCohortRetentionRate: mutation survivors', () => {
  it('events exactly at the start are inside the period: a churn there loses a starting customer, an acquisition there adds none', () => {
    // a: acquired in January, churned 03-01 00:00 → active just before start (S), lost (not K).
    // b: acquired 03-01 00:00 → not active just before start: no part. SCRR = 0 / 1 = 0.
    const events = [st('a', 'acquired', '2026-01-01T00:00:00Z'), st('a', 'churned', '2026-03-01T00:00:00Z'), st('b', 'acquired', '2026-03-01T00:00:00Z')];
    for (const input of [events, collectEvents(events)]) {
      const r = startCohortRetentionRate(input, { month: '2026-03' });
      expect(r.calculation).toBe('SCRR = K / S = 0 / 1 = 0');
    }
  });

  it('names itself in its messages', () => {
    const issues = issuesOf(() => startCohortRetentionRate([{ customerId: 'a' }] as never, { year: '2026' }));
    expect(issues.map((i) => i.path)).toEqual(['events[0].type']);
    expect(issues[0]?.message).toBe('startCohortRetentionRate: events[0].type must be one of "acquired", "churned", "reactivated", "purchase", got undefined');
  });
});
