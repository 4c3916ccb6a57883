import { describe, expect, it } from 'vitest';
import { reportReason } from '../../src/report/labels.js';

// The report's own reasons and their placeholders (REPORT_REASONS, reportReason).

describe('reportReason: placeholders', () => {
  it('a placeholder without a value stays as written, so that the gap shows', () => {
    // N given, E not: "{E}" is kept as it stands in the template
    expect(reportReason('newCustomersLost', { N: 3 })).toBe(
      "new customers were lost inside the period, so N (3) exceeds E ({E}) and CRR's assumption fails; see start-cohort retention",
    );
    expect(reportReason('moreWillingThanCustomers')).toBe('more customers willing to recommend ({willing}) than customers active in the period (S + N = {customers})');
  });
});
