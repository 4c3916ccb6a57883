import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { MetricInputError } from '../../src/core/errors.js';
import { fail, formatPath, parseInput, toIssues } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

// The library's wording of zod's issues (src/core/validate.ts problemOf), each message written
// out from the rule "<function>: <path> <problem>" with the problem phrase of that issue code.
const messages = (schema: z.ZodType, value: unknown, root = '') => issuesOf(() => parseInput('f', schema, value, root)).map((i) => i.message);
const codes = (schema: z.ZodType, value: unknown, root = '') => issuesOf(() => parseInput('f', schema, value, root)).map((i) => i.code);

describe('parseInput: invalid_type', () => {
  it('a missing value is "is required", at the root name or "input"', () => {
    expect(messages(z.number(), undefined)).toEqual(['f: input is required']);
    expect(messages(z.number(), undefined, 'n')).toEqual(['f: n is required']);
    expect(codes(z.number(), undefined, 'n')).toEqual(['invalid_type']);
  });

  it('null and other values name the expected type and describe the value', () => {
    expect(messages(z.number(), null, 'n')).toEqual(['f: n must be a number, got null']);
    expect(messages(z.string(), 5, 's')).toEqual(['f: s must be a string, got 5']);
    expect(messages(z.boolean(), 'yes')).toEqual(['f: input must be a boolean, got "yes"']);
  });

  it('whole numbers, arrays and objects get their article and noun', () => {
    expect(messages(z.number().int(), 1.5, 'k')).toEqual(['f: k must be a whole number, got 1.5']);
    expect(messages(z.int(), 2.25)).toEqual(['f: input must be a whole number, got 2.25']);
    expect(messages(z.array(z.number()), 'x', 'xs')).toEqual(['f: xs must be an array, got "x"']);
    expect(messages(z.object({}), 5, 'o')).toEqual(['f: o must be an object, got 5']);
    expect(messages(z.object({}), [], 'o')).toEqual(['f: o must be an object, got an array']);
  });

  it("zod's own name for a received value is kept: an invalid Date is \"Invalid Date\", not \"a Date\"", () => {
    // zod's date type reports received: 'Invalid Date' for a Date whose time is NaN
    expect(messages(z.date(), new Date(Number.NaN), 'at')).toEqual(['f: at must be a date, got Invalid Date']);
  });
});

describe('parseInput: too_small and too_big', () => {
  it('arrays and sets count items, singular only for one', () => {
    expect(messages(z.array(z.number()).min(1), [])).toEqual(['f: input must have at least 1 item']);
    expect(messages(z.array(z.number()).min(2), [1])).toEqual(['f: input must have at least 2 items']);
    expect(messages(z.set(z.number()).min(2), new Set([1]))).toEqual(['f: input must have at least 2 items']);
    expect(messages(z.set(z.number()).min(1), new Set())).toEqual(['f: input must have at least 1 item']);
    expect(messages(z.array(z.number()).max(1), [1, 2])).toEqual(['f: input must have at most 1 item']);
    expect(messages(z.set(z.number()).max(1), new Set([1, 2]))).toEqual(['f: input must have at most 1 item']);
    expect(messages(z.array(z.number()).max(2), [1, 2, 3])).toEqual(['f: input must have at most 2 items']);
  });

  it('strings: the bound is on the length, and a minimum of 1 means "not empty"', () => {
    // These read "must be at least 1, got \"\"" before, as if the string were a number.
    expect(messages(z.string().min(1), '', 's')).toEqual(['f: s must not be empty, got ""']);
    expect(messages(z.string().min(2), 'a')).toEqual(['f: input must have at least 2 characters, got "a"']);
    expect(messages(z.string().max(1), 'ab')).toEqual(['f: input must have at most 1 character, got "ab"']);
    expect(messages(z.string().max(2), 'abc')).toEqual(['f: input must have at most 2 characters, got "abc"']);
    expect(codes(z.string().min(1), '')).toEqual(['too_small']);
  });

  it('numbers: inclusive bounds say "at least"/"at most", exclusive ones "greater"/"less than"', () => {
    expect(messages(z.number().min(2), 1)).toEqual(['f: input must be at least 2, got 1']);
    expect(messages(z.number().gt(2), 2)).toEqual(['f: input must be greater than 2, got 2']);
    expect(messages(z.number().max(2), 3)).toEqual(['f: input must be at most 2, got 3']);
    expect(messages(z.number().lt(2), 2)).toEqual(['f: input must be less than 2, got 2']);
    expect(codes(z.number().min(2), 1)).toEqual(['too_small']);
    expect(codes(z.number().max(2), 3)).toEqual(['too_big']);
  });
});

describe('parseInput: invalid_value, unrecognized_keys and the rest', () => {
  it('lists the allowed values', () => {
    expect(messages(z.enum(['a', 'b']), 'c')).toEqual(['f: input must be one of "a", "b", got "c"']);
    expect(messages(z.literal(3), 4)).toEqual(['f: input must be one of 3, got 4']);
    expect(codes(z.enum(['a']), 'c')).toEqual(['invalid_value']);
  });

  it('names unknown keys, plural from two', () => {
    expect(messages(z.strictObject({}), { a: 1 })).toEqual(['f: input has unknown key "a"']);
    expect(messages(z.strictObject({}), { a: 1, b: 2 })).toEqual(['f: input has unknown keys "a", "b"']);
    expect(codes(z.strictObject({}), { a: 1 })).toEqual(['unrecognized_keys']);
  });

  it('other codes keep zod\'s own message (a schema\'s own error) and code', () => {
    expect(messages(z.string().regex(/^a$/, { error: 'must be "a"' }), 'b')).toEqual(['f: input must be "a"']);
    expect(codes(z.string().regex(/^a$/), 'b')).toEqual(['invalid_format']);
  });

  it('a custom issue carries its params.code, else "custom"; a non-string params.code is ignored', () => {
    const s = (params?: Record<string, unknown>) =>
      z.number().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'is odd', ...(params ? { params } : {}) }));
    expect(issuesOf(() => parseInput('f', s({ code: 'odd' }), 1, 'n'))).toEqual([{ code: 'odd', path: 'n', message: 'f: n is odd' }]);
    expect(codes(s(), 1)).toEqual(['custom']);
    expect(codes(s({ code: 7 }), 1)).toEqual(['custom']);
  });

  it('nested paths under a root name; every issue, in input order', () => {
    const S = z.object({ a: z.object({ b: z.array(z.number()) }), c: z.string() });
    expect(issuesOf(() => parseInput('g', S, { a: { b: [1, 'x'] }, c: 1 }, 'root'))).toEqual([
      { code: 'invalid_type', path: 'root.a.b[1]', message: 'g: root.a.b[1] must be a number, got "x"' },
      { code: 'invalid_type', path: 'root.c', message: 'g: root.c must be a string, got 1' },
    ]);
  });

  it('returns the parsed output on success', () => {
    expect(parseInput('f', z.string().transform((s) => s.length), 'abc')).toBe(3);
  });
});

describe('parseInput: anything thrown while reading', () => {
  const S = z.object({ a: z.number() });
  const trap = (thrown: unknown) => new Proxy({}, { get: () => { throw thrown; } });

  it('an Error gives its message, at the root name', () => {
    expect(issuesOf(() => parseInput('f', S, trap(new Error('boom')), 'arg'))).toEqual([
      { code: 'unreadable_input', path: 'arg', message: 'f: arg could not be read (boom)' },
    ]);
  });

  it('without a root name the input as a whole, with an empty path', () => {
    expect(issuesOf(() => parseInput('f', S, trap(new TypeError('t'))))).toEqual([
      { code: 'unreadable_input', path: '', message: 'f: input could not be read (t)' },
    ]);
  });

  it('a thrown non-Error is written with String()', () => {
    expect(issuesOf(() => parseInput('f', S, trap(42), 'arg'))[0]?.message).toBe('f: arg could not be read (42)');
  });
});

describe('fail, toIssues, formatPath', () => {
  it('fail names the path, or "input" for the whole input', () => {
    expect(issuesOf(() => fail('f', 'bad', 'x.y', 'is wrong'))).toEqual([{ code: 'bad', path: 'x.y', message: 'f: x.y is wrong' }]);
    expect(issuesOf(() => fail('f', 'bad', '', 'is wrong'))).toEqual([{ code: 'bad', path: '', message: 'f: input is wrong' }]);
    let caught: unknown;
    try {
      fail('h', 'c', 'p', 'q');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MetricInputError);
    expect((caught as MetricInputError).functionName).toBe('h');
  });

  it('toIssues prefixes the root and keeps the message', () => {
    const issues = [{ code: 'custom', path: [0, 'x'], message: 'is odd', input: 1, params: { code: 'odd' } }] as unknown as z.core.$ZodIssue[];
    expect(toIssues('f', 'rows', issues)).toEqual([{ code: 'odd', path: 'rows[0].x', message: 'f: rows[0].x is odd' }]);
    expect(toIssues('f', '', [{ code: 'too_big', path: [], message: 'is big' }] as unknown as z.core.$ZodIssue[])).toEqual([
      { code: 'too_big', path: '', message: 'f: input is big' },
    ]);
  });

  it('formatPath: numbers in brackets, names after dots, no leading dot', () => {
    expect(formatPath('', [0, 'a'])).toBe('[0].a');
    expect(formatPath('', ['a', 0, 'b', 1])).toBe('a[0].b[1]');
    expect(formatPath('r', ['a'])).toBe('r.a');
    expect(formatPath('r', [2])).toBe('r[2]');
    expect(formatPath('', [Symbol.for('s')])).toBe('Symbol(s)');
  });
});

describe('parseInput: invalid_type issues that carry `received`', () => {
  // A schema that raises an invalid_type issue by hand, with or without zod's `received` field
  // (zod itself sets it only for NaN, ±Infinity and an invalid Date).
  const raising = (extra: Record<string, unknown>) =>
    z.unknown().superRefine((_, ctx) => ctx.addIssue({ code: 'invalid_type', expected: 'number', ...extra } as never));

  it('a missing value that names what was received is not "is required": the received name is used', () => {
    expect(issuesOf(() => parseInput('f', raising({ received: 'nothing' }), undefined, 'n'))).toEqual([
      { code: 'invalid_type', path: 'n', message: 'f: n must be a number, got nothing' },
    ]);
  });

  it('a `received` that is not a string is ignored: the input is described instead', () => {
    // received 7 (a number) is not a name; the input "x" is described as "\"x\""
    expect(messages(raising({ received: 7 }), 'x', 'n')).toEqual(['f: n must be a number, got "x"']);
  });
});
