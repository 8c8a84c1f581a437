import { assert } from "../../util/assert.js";
import { Bitset } from "./bitset.js";
import { sortedEntries } from "./entries.js";
import type { Model, Operation } from "./types.js";

/** An operation that could go next after the longest prefix, real-time wise. */
export interface BlockedOperation {
  /** Index into the history. */
  readonly operationIndex: number;
  /**
   * False: the model rejects it in the state after the prefix (the usual case). True: the
   * model accepts it, but every way on from there was already explored and failed.
   */
  readonly modelAccepts: boolean;
}

/** Why a partition is not linearizable, for people and for programs. */
export interface LinearizabilityFailure {
  readonly partitionName: string;
  /**
   * History indexes, in linearization order, of the longest linearizable prefix the search
   * found. Any linearization of the partition would have to extend some prefix; this one
   * got furthest, so the anomaly is usually among the operations right after it.
   */
  readonly longestPrefix: readonly number[];
  /** `Model.describeState` of the state after the prefix. */
  readonly stateAfterPrefix: string;
  /**
   * The operations not in the prefix that were called before any operation not in the
   * prefix returned: the only candidates to go next. None of them can.
   */
  readonly blockedOperations: readonly BlockedOperation[];
  /** History indexes of the partition's operations not in the prefix, by call time. */
  readonly remainingOperations: readonly number[];
}

/**
 * Replays the longest prefix through the model (checking it again, on a second path) and
 * lists what could have come next. O(n log n) for a partition of n operations.
 */
export function diagnoseFailure<State, Input, Output>(context: {
  model: Model<State, Input, Output>;
  /** The partition's operations; the ids below index into it. */
  operations: readonly Operation<Input, Output>[];
  /** Local ids, in linearization order. */
  longestPrefix: readonly number[];
  partitionName: string;
  /** Maps a local id to its history index. */
  historyIndexes: readonly number[];
}): LinearizabilityFailure {
  const { model, operations, longestPrefix, historyIndexes } = context;
  const inPrefix = new Bitset(operations.length);
  let state = model.init();
  for (const id of longestPrefix) {
    const operation = operations[id]!;
    const result = model.step(state, operation.input, operation.output);
    assert(result.ok, "the longest prefix replays through the model");
    assert(!inPrefix.has(id), "an operation appears once in the prefix");
    inPrefix.set(id);
    state = result.newState;
  }
  const blockedOperations: BlockedOperation[] = [];
  const remainingOperations: number[] = [];
  let candidatesOpen = true;
  for (const entry of sortedEntries(operations)) {
    if (inPrefix.has(entry.operationId)) continue;
    if (!entry.isCall) {
      candidatesOpen = false;
      continue;
    }
    const operationIndex = historyIndexes[entry.operationId]!;
    remainingOperations.push(operationIndex);
    if (!candidatesOpen) continue;
    const operation = operations[entry.operationId]!;
    const modelAccepts = model.step(state, operation.input, operation.output).ok;
    blockedOperations.push({ operationIndex, modelAccepts });
  }
  return {
    partitionName: context.partitionName,
    longestPrefix: longestPrefix.map((id) => historyIndexes[id]!),
    stateAfterPrefix: model.describeState(state),
    blockedOperations,
    remainingOperations,
  };
}
