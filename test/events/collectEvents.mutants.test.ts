import { describe, expect, it } from 'vitest';
import { MetricInputError, collectEventsAsync } from '../../src/index.js';

// Tests written against the survivors of `npm run mutate events` (see docs/quality.md).
describe('collectEventsAsync: mutation survivors', () => {
  it('refuses null with the library error (a rejection), not a TypeError', async () => {
    const err = await collectEventsAsync(null as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MetricInputError);
    expect((err as MetricInputError).issues).toEqual([
      { code: 'invalid_type', path: 'events', message: 'collectEventsAsync: events must be an array or an iterable of events, got null' },
    ]);
  });

  it('stops reading an async source after 100 problems: what comes later is never pulled', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield { customerId: 'a', type: 'acquired', at: 'soon' };
      }
      pulled++;
      throw new Error('should not be reached');
    }
    const err = await collectEventsAsync(source() as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MetricInputError);
    const issues = (err as MetricInputError).issues;
    // 100 bad `at` fields, then the note that reading stopped
    expect(issues).toHaveLength(101);
    expect(issues[99]?.path).toBe('events[99].at');
    expect(issues[100]).toEqual({
      code: 'too_many_issues',
      path: 'events',
      message: 'collectEventsAsync: events has more problems than the first 100 listed; reading stopped there',
    });
    expect(pulled).toBe(100);
  });
});
