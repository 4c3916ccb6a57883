import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../fixtures/cdnow');

/** CDNOW 1/10 sample, 39-week calibration period, in weeks: { frequency, recency, T }. */
export function cdnowSummaries(): { frequency: number; recency: number; T: number }[] {
  return readFileSync(join(dir, 'cdnow_customers_summary.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, f, r, T] = line.split(',').map(Number);
      return { frequency: f!, recency: r!, T: T! };
    });
}

/** The same customers with their mean repeat-purchase value zbar: { frequency, monetaryValue }. */
export function cdnowSpends(): { frequency: number; monetaryValue: number }[] {
  return readFileSync(join(dir, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, x, , , zbar] = line.split(',').map(Number);
      return { frequency: x!, monetaryValue: zbar! };
    });
}
