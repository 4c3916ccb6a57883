import { describe, expect, it } from 'vitest';
import { buildReport, type Dataset, type Report } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Small data sets, each worked by hand, for what survived the full mutation run of 2026-12-06
// (second pass) in src/report/buildReport.ts: anomalous status histories behind the lifecycle
// table, and an input that stops being readable between two reads.

const at = (day: string, time = '00:00') => `${day}T${time}:00Z`;
const table = (r: Report, id: string) => r.sections.flatMap((s) => s.tables).find((t) => t.id === id);
const feb = { month: '2026-02' } as const;

describe('lifecycle stages: anomalous status events change nobody’s status', () => {
  // a is acquired on 1 Jan and again on 10 Jan while still active: the second acquisition is an
  // anomaly and a stays active (not churned); a never bought, so a is potential. z's only event
  // is a churn on 5 Jan without an acquisition: z was never a customer, is not listed in
  // `customers` and never bought, so z is not in the table at all. Table: potential 1 of 1.
  const ds: Dataset = {
    asOf: at('2026-02-20'),
    events: [
      { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'z', type: 'churned', at: at('2026-01-05') },
      { customerId: 'a', type: 'acquired', at: at('2026-01-10') },
    ],
  };

  it('a second acquisition keeps a active; a churn of a never-acquired z adds nobody', () => {
    expect(table(buildReport(ds, feb), 'lifecycleStages')?.rows).toEqual([
      ['potential', '1', '100.0%'], // a: 1 / 1
      ['new', '0', '0.0%'],
      ['active', '0', '0.0%'],
      ['loyal', '0', '0.0%'],
      ['churned', '0', '0.0%'],
    ]);
  });
});

describe('a period that can no longer be read when the report reads it again', () => {
  it('a period that throws on its second read is reported at period, under buildReport', () => {
    // The period's month reads '2026-02' until the events have been iterated (which buildReport
    // does after resolving the period), then throws: the snapshot of the period, which reads it
    // again, fails, and its issue is relayed under buildReport at the same path, `period`.
    let read = false;
    const period = {
      get month(): string {
        if (read) throw new Error('period gone');
        return '2026-02';
      },
    };
    const events = {
      *[Symbol.iterator]() {
        yield { customerId: 'a', type: 'acquired' as const, at: at('2026-01-01') };
        read = true;
      },
    };
    expect(issuesOf(() => buildReport({ events }, period as never, { previous: false }))).toEqual([
      { code: 'unreadable_input', path: 'period', message: 'buildReport: period could not be read (period gone)' },
    ]);
  });
});
