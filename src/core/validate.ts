import type { z } from 'zod';
import { MetricInputError, type MetricInputIssue } from './errors.js';
import { describeValue } from './schemas.js';

/** Render a zod path as `events[3].at` (with an optional root name for positional arguments). */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

// Zod's own wording is replaced by a problem phrase in the library's style.
function problemOf(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined && !('received' in iss)) return 'is required';
      const expected = iss.expected === 'int' ? 'a whole number' : iss.expected === 'array' ? 'an array' : iss.expected === 'object' ? 'an object' : `a ${String(iss.expected)}`;
      const received = 'received' in iss && typeof iss.received === 'string' ? iss.received : describeValue(iss.input);
      return `must be ${expected}, got ${received}`;
    }
    case 'too_small':
      if (iss.origin === 'array' || iss.origin === 'set') return `must have at least ${String(iss.minimum)} item${iss.minimum === 1 ? '' : 's'}`;
      // A string's bound is its length, not its value.
      if (iss.origin === 'string') {
        return iss.minimum === 1
          ? `must not be empty, got ${describeValue(iss.input)}`
          : `must have at least ${String(iss.minimum)} characters, got ${describeValue(iss.input)}`;
      }
      return `must be ${iss.inclusive ? 'at least' : 'greater than'} ${String(iss.minimum)}, got ${describeValue(iss.input)}`;
    case 'too_big':
      if (iss.origin === 'array' || iss.origin === 'set') return `must have at most ${String(iss.maximum)} item${iss.maximum === 1 ? '' : 's'}`;
      if (iss.origin === 'string') return `must have at most ${String(iss.maximum)} character${iss.maximum === 1 ? '' : 's'}, got ${describeValue(iss.input)}`;
      return `must be ${iss.inclusive ? 'at most' : 'less than'} ${String(iss.maximum)}, got ${describeValue(iss.input)}`;
    case 'invalid_value':
      return `must be one of ${iss.values.map((v) => describeValue(v)).join(', ')}, got ${describeValue(iss.input)}`;
    case 'unrecognized_keys':
      return `has unknown key${iss.keys.length === 1 ? '' : 's'} ${iss.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      return undefined;
  }
}

/**
 * Turn zod issues into the library's issues, each message `"<function>: <path> <problem>"`.
 * The path is prefixed with `root` (the parameter name) for positional inputs.
 */
export function toIssues(functionName: string, root: string, issues: readonly z.core.$ZodIssue[]): MetricInputIssue[] {
  return issues.map((iss) => {
    const path = formatPath(root, iss.path);
    const where = path === '' ? 'input' : path;
    const code = iss.code === 'custom' && typeof iss.params?.['code'] === 'string' ? iss.params['code'] : iss.code;
    return { code, path, message: `${functionName}: ${where} ${iss.message}` };
  });
}

/**
 * Parse `value` with `schema`; on failure throw a {@link MetricInputError} carrying every issue.
 * Any exception raised while reading the input (a throwing getter or proxy) becomes a
 * `MetricInputError` too, so nothing foreign escapes.
 */
export function parseInput<S extends z.ZodType>(functionName: string, schema: S, value: unknown, root = ''): z.output<S> {
  let issues: MetricInputIssue[];
  try {
    const result = schema.safeParse(value, {
      reportInput: true,
      error: (iss) => problemOf(iss),
    });
    if (result.success) return result.data as z.output<S>;
    // zod words its issues lazily, when `error` is read: that too must stay inside the guard.
    issues = toIssues(functionName, root, result.error.issues);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    issues = [
      { code: 'unreadable_input', path: root, message: `${functionName}: ${root === '' ? 'input' : root} could not be read (${why})` },
    ];
  }
  throw new MetricInputError(functionName, issues);
}

/** Throw a single-issue {@link MetricInputError}. */
export function fail(functionName: string, code: string, path: string, problem: string): never {
  throw new MetricInputError(functionName, [{ code, path, message: `${functionName}: ${path === '' ? 'input' : path} ${problem}` }]);
}
