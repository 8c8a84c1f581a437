/** Waiting in tests: a bounded poll that fails with what it waited for. */

/**
 * Resolves once `condition()` holds, polling every 5 ms; rejects after `timeoutMs` naming
 * `what` (a function is called only then, for a description built from the current state).
 */
export async function waitFor(
  condition: () => boolean,
  what: string | (() => string),
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Bounded by the deadline.
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${typeof what === "string" ? what : what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
