import { expect } from 'vitest';
import { Decimal, MetricInputError } from '../../src/index.js';

/** No NaN or ±Infinity anywhere in a result (numbers or Decimals), walking objects and arrays once. */
export function assertFinite(value: unknown, where = 'result', seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${where} is ${value}`).toBe(true);
    return;
  }
  if (Decimal.isDecimal(value)) {
    expect((value as Decimal).isFinite(), `${where} is ${String(value)}`).toBe(true);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) assertFinite(v, `${where}.${k}`, seen);
}

/**
 * The only two acceptable outcomes of calling a public function: a finite, JSON-serialisable
 * result, or the library's own error whose every issue has a path and a message that starts with
 * the function's name and is not zod's generic "Invalid input".
 */
export async function assertOutcome(name: string, call: () => unknown): Promise<void> {
  let out: unknown;
  try {
    out = call();
    // An async function (collectEventsAsync) is judged by what its promise settles to.
    if (out instanceof Promise) out = await out;
  } catch (e) {
    expect(e, `${name} threw ${String(e)}`).toBeInstanceOf(MetricInputError);
    const err = e as MetricInputError;
    expect(err.issues.length).toBeGreaterThan(0);
    for (const issue of err.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(name.length + 2);
      expect(issue.message).toMatch(/^\w+: /);
      // Every message names the problem in the library's words, never zod's generic one.
      expect(issue.message, `${name}: ${issue.message}`).not.toMatch(/Invalid input/);
    }
    return;
  }
  assertFinite(out);
  expect(() => JSON.stringify(out), `${name} result does not serialise`).not.toThrow();
}
