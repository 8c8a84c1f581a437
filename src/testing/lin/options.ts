import { InvalidCheckOptionError } from "./errors.js";

/** Limits of one check. Every field has a unit or a count in its name. */
export interface CheckOptions {
  /**
   * Search steps (iterations of the main loop) allowed per partition before that partition's
   * verdict is "unknown". Default 1,000,000 (about a second with the kv model).
   */
  readonly searchStepsMaxPerPartition?: number;
  /**
   * Estimated bytes of the memoization cache allowed per partition (model states not
   * counted) before that partition's verdict is "unknown". Partitions are checked one at a
   * time and each cache is dropped after, so this also bounds the whole check. Default
   * 256 MiB.
   */
  readonly cacheBytesMaxPerPartition?: number;
  /** Operations allowed in one history; more is an InvalidHistoryError. Default 1,000,000. */
  readonly operationsMax?: number;
  /** Operations listed per section of the failure report. Default 40. */
  readonly reportOperationsMax?: number;
}

export type ResolvedCheckOptions = Required<CheckOptions>;

/** The defaults, gathered in one place. */
export function defaultCheckOptions(): ResolvedCheckOptions {
  return {
    searchStepsMaxPerPartition: 1_000_000,
    cacheBytesMaxPerPartition: 256 * 1024 * 1024,
    operationsMax: 1_000_000,
    reportOperationsMax: 40,
  };
}

/** Fills in defaults and checks every field is a positive safe integer. */
export function resolveCheckOptions(options: CheckOptions): ResolvedCheckOptions {
  const resolved = { ...defaultCheckOptions(), ...definedFields(options) };
  for (const [option, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new InvalidCheckOptionError(option, `must be a positive safe integer, got ${value}`);
    }
  }
  return resolved;
}

function definedFields(options: CheckOptions): CheckOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
