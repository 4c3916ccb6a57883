import fc from 'fast-check';

// Values no metric should accept, and a few it should, mixed: the raw material of the fuzz suite.

function circular(): unknown {
  const o: Record<string, unknown> = { a: 1 };
  o['self'] = o;
  return o;
}

function throwingGetter(): unknown {
  return Object.defineProperty({}, 'value', {
    enumerable: true,
    get() {
      throw new Error('getter exploded');
    },
  });
}

function throwingProxy(): unknown {
  return new Proxy(
    {},
    {
      // Reading any named property throws; symbol look-ups (fast-check's own probes) do not.
      get(_t, key) {
        if (typeof key === 'symbol') return undefined;
        throw new Error('proxy exploded');
      },
      ownKeys() {
        throw new Error('proxy exploded');
      },
    },
  );
}

function sparse(): unknown[] {
  const a: unknown[] = [];
  a[3] = 1;
  return a;
}

function deeplyNested(depth: number): unknown {
  let o: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i++) o = { next: o, list: [o] };
  return o;
}

/** Scalars that break naive code. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1,
  -1,
  0.5,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  -1e-21,
  '1,000',
  '12%',
  '12.5%',
  '',
  ' ',
  '0x10',
  '1e999999',
  'NaN',
  '__proto__',
  'constructor',
  '2026-02-30T00:00:00Z',
  '2026-13-01',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '2026-03-01',
  '2026-03-01T00:00:00',
  new Date(NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  null,
  undefined,
  true,
  false,
  10n,
  Symbol('s'),
  () => 1,
);

/** Objects and arrays that break naive code. */
export const hostileStructure: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null).map(() => circular()),
  fc.constant(null).map(() => throwingGetter()),
  fc.constant(null).map(() => throwingProxy()),
  fc.constant(null).map(() => sparse()),
  fc.constant(null).map(() => deeplyNested(200)),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.constant(null).map(() => Object.freeze([Object.freeze({})])),
  fc.constant(null).map(() => Object.create(null)),
  fc.constant(null).map(() => new Map([['a', 1]])),
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => ({})),
);

/** Anything at all: hostile values, and fast-check's own arbitrary JSON-ish values. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileScalar },
  { weight: 3, arbitrary: hostileStructure },
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withNullPrototype: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true }) },
);
