/**
 * A linearizability checker for histories of concurrent operations, after porcupine
 * (github.com/anishathalye/porcupine) and the papers it builds on: Wing & Gong, "Testing and
 * verifying concurrent objects" (1993), with Lowe's memoization ("Testing for
 * linearizability", 2017) and Horn & Kroening's P-compositionality (partitioning).
 *
 * Use: record a history (`HistoryRecorder`, or build `Operation`s yourself; the format and
 * the unknown-outcome convention are in types.ts), then
 * `checkLinearizability(kvModel, history)`; `result.ok` is true only when the history is
 * proved linearizable, `result.verdict` separates a violation from a bounded search giving
 * up, and `result.report` explains a violation to people.
 *
 * Algorithm (search.ts): a depth-first search for a linearization over the call/return
 * entry list, with an explicit stack, lift/unlift on the list, and a cache of (linearized
 * set as a bitset, model state) pairs already explored. Complexity: NP-complete in general;
 * exponential only in the number of mutually concurrent operations, about O(n * concurrency)
 * steps on typical histories; always at most `searchStepsMaxPerPartition` steps and
 * `cacheBytesMaxPerPartition` cache bytes per partition.
 *
 * Known limitation (shared with porcupine): an unknown-outcome operation never returns, so
 * it stays a candidate for the rest of its partition's search. Many of them pending at once
 * on one key make the search exponential in their number, mostly for histories that turn
 * out NOT to be linearizable (a linearizable history is usually found quickly). The result
 * is then "unknown", never a wrong verdict. Keep timed-out operations per key few (spread
 * load over more keys), or raise `searchStepsMaxPerPartition`.
 *
 * Writing a model: see `Model` in types.ts and `kvModel` in kv-model.ts.
 */
export {
  type CheckResult,
  checkLinearizability,
  type PartitionResult,
  type Verdict,
} from "./check.js";
export type { BlockedOperation, LinearizabilityFailure } from "./diagnose.js";
export { InvalidCheckOptionError, InvalidHistoryError, InvalidPartitionError } from "./errors.js";
export {
  type KvInput,
  type KvOperation,
  type KvOutput,
  type KvState,
  kvModel,
} from "./kv-model.js";
export { type CheckOptions, defaultCheckOptions } from "./options.js";
export { HistoryRecorder } from "./recorder.js";
export { describeOperation } from "./report.js";
export type { UnknownReason } from "./search.js";
export {
  type HistoryPartition,
  isUnknownOutcome,
  type Model,
  type Operation,
  type StepResult,
  type UnknownOutput,
  unknownOutput,
} from "./types.js";
