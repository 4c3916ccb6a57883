/**
 * One problem found in an input: a machine-readable `code`, the `path` of the offending field
 * (`events[3].at`, `customersAtStart`; empty for the input as a whole) and a `message` a person
 * can act on, written `"<function>: <path> <problem>"`.
 *
 * @category Core
 */
export interface MetricInputIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/**
 * The one error class the library throws for bad input. It carries every problem found, not only
 * the first. No `ZodError`, `TypeError` or `DecimalError` escapes a public function: anything
 * unexpected while reading the input becomes a `MetricInputError` too.
 *
 * @example
 * let caught: MetricInputError | undefined;
 * try {
 *   customerRetentionRate({ customersAtStart: -1, customersAtEnd: 0, newCustomers: 0 });
 * } catch (e) {
 *   if (e instanceof MetricInputError) caught = e;
 * }
 * caught?.issues[0]?.path; // => 'customersAtStart'
 * caught?.message; // => 'customerRetentionRate: customersAtStart must be a non-negative whole number, got -1'
 * @category Core
 */
export class MetricInputError extends Error {
  override readonly name = 'MetricInputError';
  /** The function whose input was rejected. */
  readonly functionName: string;
  /** Every problem found, in input order. */
  readonly issues: readonly MetricInputIssue[];

  constructor(functionName: string, issues: readonly MetricInputIssue[]) {
    const list = issues.length > 0 ? issues : [{ code: 'invalid_input', path: '', message: `${functionName}: invalid input` }];
    super(list.length === 1 ? list[0]!.message : `${list.length} problems: ${list.map((i) => i.message).join('; ')}`);
    this.functionName = functionName;
    this.issues = Object.freeze(list.map((i) => Object.freeze({ ...i })));
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
