/**
 * Parsers of the `ruvraft` commands' integer flags and arguments, for commander: each names
 * the flag or argument in its error (an InvalidArgumentError: ctl exits 2, see output.ts).
 */
import { InvalidArgumentError } from "../util/errors.js";

/** An integer >= 1; `name` is the flag or argument. */
export function positiveInteger(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < 1) {
      throw new InvalidArgumentError(`${name} must be a positive integer, got "${value}"`);
    }
    return parsed;
  };
}

/** An integer >= `minimum`; `name` is the flag or argument. */
export function integer(name: string, minimum = 0) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < minimum) {
      throw new InvalidArgumentError(`${name} must be an integer >= ${minimum}, got "${value}"`);
    }
    return parsed;
  };
}
