import { expect } from 'vitest';

let count = 0;

/** Compare what a snippet computed with what it shows, after a JSON round trip (Decimals become strings). */
export function __check(actual: unknown, expected: unknown, origin: string): void {
  const norm = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  expect(norm(actual), origin).toEqual(norm(expected));
  count += 1;
}

export function assertionCount(): number {
  return count;
}
