import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';
import { assertOutcome } from './check.js';
import { hostile } from './hostile.js';
import { samples } from './samples.js';

// Every function exported from the package root, fed hostile input. `npm test` runs a bounded,
// seeded number of cases; `npm run fuzz` sets FUZZ_RUNS high and FUZZ_SEED at random (fast-check
// prints the seed and the shrunk counterexample of any failure).
// (In the browser run there is no `process`: the bounded defaults apply.)
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const runs = Number(env['FUZZ_RUNS'] ?? 25);
const seed = Number(env['FUZZ_SEED'] ?? 20261123);
// Long runs (npm run fuzz) get time in proportion; the bounded run keeps vitest's default.
const timeout = Math.max(5_000, runs * 300);
const classes = new Set<unknown>([lib.Decimal, lib.MetricInputError]);
type AnyFunction = (...args: unknown[]) => unknown;
const functions = (Object.entries(lib) as [string, unknown][]).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !classes.has(entry[1]),
);
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** Every path into a sample (objects and arrays), with the sample's value there. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return [];
  return Object.keys(value).flatMap((k) => {
    const key = Array.isArray(value) ? Number(k) : k;
    const here = [...prefix, key];
    return [here, ...pathsOf((value as Record<string, unknown>)[k], here)];
  });
}

/** Copy plain objects and arrays; keep everything else (functions, Dates, Decimals) as it is. */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  }
  return value;
}

function replaced(args: readonly unknown[], path: (string | number)[], bad: unknown): unknown[] {
  const copy = clone(args) as unknown[];
  let target: Record<string | number, unknown> = copy as unknown as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = bad;
  return copy;
}

describe('fuzz: every root export', () => {
  afterAll(() => {
    // Nothing may ever touch Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('has a valid sample call for every exported function', () => {
    expect(functions.map(([name]) => name).filter((n) => !(n in samples))).toEqual([]);
  });

  describe.each(functions)('%s', (name, fn) => {
    const sample = samples[name] ?? [];

    it('accepts its sample, frozen, and returns a finite, serialisable result', async () => {
      await assertOutcome(name, () => fn(...deepFrozen(clone(sample) as unknown[])));
      await expect(Promise.resolve().then(() => fn(...(clone(sample) as unknown[])))).resolves.not.toThrow();
    });

    it('answers hostile arguments with a result or its own error', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostile, { maxLength: 3 }), async (args) => {
          await assertOutcome(name, () => fn(...args));
        }),
        { numRuns: runs, seed },
      );
    }, timeout);

    it('answers a sample with one field broken with a result or its own error', async () => {
      const paths = [[0], ...pathsOf(sample).filter((p) => p.length > 0)];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), hostile, async (path, bad) => {
          const args = replaced(sample, path as (string | number)[], bad);
          await assertOutcome(name, () => fn(...args));
        }),
        { numRuns: runs * 2, seed },
      );
    }, timeout);
  });
});
