import { expect } from 'vitest';
import { MetricInputError, type MetricInputIssue } from '../../src/index.js';

/** Run `fn`, expect a MetricInputError, and return its issues (for exact path and message checks). */
export function issuesOf(fn: () => unknown): readonly MetricInputIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MetricInputError);
    return (e as MetricInputError).issues;
  }
  throw new Error('expected a MetricInputError, but the call returned');
}

/** The paths of the issues raised by `fn`. */
export function pathsOf(fn: () => unknown): string[] {
  return issuesOf(fn).map((i) => i.path);
}

/** Deep-freeze an input so that any mutation by the library throws in strict mode. */
export function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    for (const k of Object.keys(value)) deepFrozen((value as Record<string, unknown>)[k]);
    Object.freeze(value);
  }
  return value;
}
