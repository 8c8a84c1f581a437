/**
 * Assertions that stay on in production. A failed assertion is a programmer error (a broken
 * invariant), never an operating error: it throws AssertionError, which callers must not
 * catch and carry on from. Operating errors (bad input, torn tail, full disk) are the typed
 * errors in errors.ts.
 */
export class AssertionError extends Error {
  override name = "AssertionError";
}

/**
 * Throws AssertionError unless `condition` holds. `message` is a constant: arguments are
 * evaluated on every call, so a message built from a template would be built (a string
 * allocated, numbers formatted: ~23 ns) every time the assertion passes. A message that
 * names values goes through `if (!condition) assertionFailed(`...`)`, built only on failure
 * (test/util/assert-messages.test.ts keeps it so).
 */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) {
    assertionFailed(message);
  }
}

/** Throws AssertionError with `message` (a broken invariant; see assert). */
export function assertionFailed(message: string): never {
  throw new AssertionError(`assertion failed: ${message}`);
}

/** Asserts that `value` is a non-negative safe integer (terms, indexes, offsets, counts). */
export function assertIndex(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new AssertionError(
      `assertion failed: ${what} must be a non-negative safe integer, got ${value}`,
    );
  }
}

export function unreachable(value: never, message: string): never {
  throw new AssertionError(`unreachable: ${message}: ${String(value)}`);
}
