/**
 * The history format and the model contract of the linearizability checker.
 *
 * History format. A history is an array of operations. Each operation is one call made by one
 * client and the response it got:
 *
 * - `client`: who made the call (a non-negative safe integer); used only in reports.
 * - `input`: what was asked (model-specific).
 * - `output`: what was answered (model-specific), or `unknownOutput` (see below).
 * - `call`, `return`: the times the call was sent and the response received, read from ONE
 *   monotonic clock shared by all clients (wall clock, simulation tick, global event counter;
 *   any finite numbers). MUST `call < return`.
 *
 * Real-time order. Operation A precedes operation B when `A.return < B.call`. Intervals are
 * closed: when `A.return === B.call` the two are treated as concurrent (the lenient reading,
 * as porcupine does), so a recorder that wants the strict order must give them distinct
 * times. A global event counter that increments on every call and return does that.
 *
 * Unknown outcomes (timeouts, lost connections, crashes). An operation whose outcome the
 * client never learned has `output === unknownOutput` AND `return === Infinity`; the checker
 * rejects histories where only one of the two holds. Such an operation may have taken effect
 * at any single point after its call, or never. The checker handles "at any point" by
 * letting the model step it with `unknownOutput` (the model MUST then accept it in every
 * state, computing the effect the operation would have had there), and "never" by declaring
 * success once every operation with a known outcome is linearized.
 */

/** The output of an operation whose outcome is unknown. See the module comment. */
export const unknownOutput: unique symbol = Symbol("unknownOutput");
export type UnknownOutput = typeof unknownOutput;

export interface Operation<Input, Output> {
  readonly client: number;
  readonly input: Input;
  /** `unknownOutput` if and only if `return === Infinity`. */
  readonly output: Output | UnknownOutput;
  /** Time the call was sent. Finite. */
  readonly call: number;
  /** Time the response arrived; `Infinity` for an unknown outcome. Invariant: call < return. */
  readonly return: number;
}

/** The result of applying one operation to a state. */
export type StepResult<State> =
  | { readonly ok: true; readonly newState: State }
  | { readonly ok: false };

/**
 * One independent sub-history. `operationIndexes` index into the history given to
 * `Model.partition`, in any order. Across all partitions each index appears exactly once.
 */
export interface HistoryPartition {
  /** For people, e.g. `key "x"`. */
  readonly name: string;
  readonly operationIndexes: readonly number[];
}

/**
 * A sequential specification. Every function MUST be pure and deterministic: the search
 * calls them many times, in any order, and keeps states around (never mutate a state).
 */
export interface Model<State, Input, Output> {
  /** For reports, e.g. "kv". */
  readonly name: string;
  /** The state before any operation. */
  init(): State;
  /**
   * Applies `input` to `state` and says whether `output` is what a sequential object would
   * have answered. With `output === unknownOutput` it MUST return ok in every state, with the
   * state the operation would have produced had it taken effect there.
   */
  step(state: State, input: Input, output: Output | UnknownOutput): StepResult<State>;
  /** Equality of states for the memoization cache. */
  equalState(left: State, right: State): boolean;
  /** A 32-bit integer hash; MUST agree with `equalState` (equal states, equal hashes). */
  hashState(state: State): number;
  /**
   * Splits a history into independent sub-histories (P-compositionality: the history is
   * linearizable if and only if every partition is). Absent: the whole history is one
   * partition. Partitioning is what keeps the search fast on long histories.
   */
  partition?(history: readonly Operation<Input, Output>[]): readonly HistoryPartition[];
  /** One line for people, e.g. `put("x", "1") -> ok`; unknownOutput shows as `?`. */
  describeOperation(input: Input, output: Output | UnknownOutput): string;
  /** One line for people, e.g. `{"x": "1"}`. */
  describeState(state: State): string;
}

/** True when the operation's outcome is unknown (see the module comment). */
export function isUnknownOutcome<Input, Output>(operation: Operation<Input, Output>): boolean {
  return operation.output === unknownOutput;
}
