import { assert } from "../../util/assert.js";
import { diagnoseFailure, type LinearizabilityFailure } from "./diagnose.js";
import { InvalidHistoryError, InvalidPartitionError } from "./errors.js";
import { type CheckOptions, type ResolvedCheckOptions, resolveCheckOptions } from "./options.js";
import { formatReport } from "./report.js";
import { PartitionSearch, type UnknownReason } from "./search.js";
import { type HistoryPartition, type Model, type Operation, unknownOutput } from "./types.js";

export type Verdict = "linearizable" | "not-linearizable" | "unknown";

export interface PartitionResult {
  /** From `Model.partition`, e.g. `key "x"`; "all" when the model does not partition. */
  readonly name: string;
  /** "not-checked": the check stopped at an earlier non-linearizable partition. */
  readonly verdict: Verdict | "not-checked";
  /** Indexes into the history, in the order `Model.partition` gave them. */
  readonly operationIndexes: readonly number[];
  readonly searchStepCount: number;
  /** Why the verdict is "unknown"; null otherwise. */
  readonly unknownReason: UnknownReason | null;
  /**
   * When linearizable: history indexes of the operations that took effect, in linearization
   * order (unknown-outcome operations left out never took effect). Null otherwise.
   */
  readonly linearization: readonly number[] | null;
}

interface CheckResultFields {
  readonly partitions: readonly PartitionResult[];
  /** Sum over partitions. */
  readonly searchStepCount: number;
  /** For people: a summary, and for a failure the diagnostics; several lines. */
  readonly report: string;
}

/**
 * `ok` is true only when the history was proved linearizable; read `verdict` to tell a
 * violation ("not-linearizable", with `failure`) from a search that hit its bounds
 * ("unknown").
 */
export type CheckResult =
  | (CheckResultFields & { readonly ok: true; readonly verdict: "linearizable" })
  | (CheckResultFields & {
      readonly ok: false;
      readonly verdict: "not-linearizable";
      readonly failure: LinearizabilityFailure;
    })
  | (CheckResultFields & { readonly ok: false; readonly verdict: "unknown" });

/**
 * Checks whether `history` is linearizable with respect to `model`.
 *
 * The history is validated (see types.ts for the format; InvalidHistoryError), split with
 * `model.partition` (InvalidPartitionError if the result is not a partition), and each
 * partition searched on its own, in order (see PartitionSearch for the algorithm). The
 * verdict is "not-linearizable" as soon as one partition is (later partitions are
 * "not-checked"), else "unknown" if any partition hit a bound, else "linearizable".
 *
 * Cost: O(n log n) to sort, plus per partition at most `searchStepsMaxPerPartition` steps,
 * each one model step, one state hash and one cache probe (O(partition size / 32) on a hash
 * match), and a cache of at most `cacheBytesMaxPerPartition` estimated bytes.
 */
export function checkLinearizability<State, Input, Output>(
  model: Model<State, Input, Output>,
  history: readonly Operation<Input, Output>[],
  options: CheckOptions = {},
): CheckResult {
  const resolved = resolveCheckOptions(options);
  validateHistory(history, resolved.operationsMax);
  const partitions = partitionHistory(model, history);
  const results: PartitionResult[] = [];
  let failure: LinearizabilityFailure | null = null;
  for (const partition of partitions) {
    if (failure !== null) {
      results.push(notChecked(partition));
      continue;
    }
    const checked = checkPartition({ model, history, partition, options: resolved });
    results.push(checked.result);
    failure = checked.failure;
  }
  return summarize({ model, history, results, failure, options: resolved });
}

function checkPartition<State, Input, Output>(context: {
  model: Model<State, Input, Output>;
  history: readonly Operation<Input, Output>[];
  partition: HistoryPartition;
  options: ResolvedCheckOptions;
}): { result: PartitionResult; failure: LinearizabilityFailure | null } {
  const { model, history, partition, options } = context;
  const indexes = partition.operationIndexes;
  const operations = indexes.map((operationIndex) => history[operationIndex]!);
  const search = new PartitionSearch({
    model,
    operations,
    limits: {
      searchStepsMax: options.searchStepsMaxPerPartition,
      cacheBytesMax: options.cacheBytesMaxPerPartition,
    },
  });
  const outcome = search.run();
  const toHistoryIndexes = (ids: readonly number[]) => ids.map((id) => indexes[id]!);
  const base = { name: partition.name, operationIndexes: indexes };
  const searchStepCount = outcome.searchStepCount;
  switch (outcome.verdict) {
    case "linearizable": {
      const linearization = toHistoryIndexes(outcome.linearization);
      const result = { ...base, verdict: outcome.verdict, searchStepCount, linearization };
      return { result: { ...result, unknownReason: null }, failure: null };
    }
    case "unknown": {
      const result = { ...base, verdict: outcome.verdict, searchStepCount, linearization: null };
      return { result: { ...result, unknownReason: outcome.reason }, failure: null };
    }
    case "not-linearizable": {
      const result = { ...base, verdict: outcome.verdict, searchStepCount, linearization: null };
      const failure = diagnoseFailure({
        model,
        operations,
        longestPrefix: outcome.longestPrefix,
        partitionName: partition.name,
        historyIndexes: indexes,
      });
      return { result: { ...result, unknownReason: null }, failure };
    }
  }
}

function notChecked(partition: HistoryPartition): PartitionResult {
  return {
    name: partition.name,
    verdict: "not-checked",
    operationIndexes: partition.operationIndexes,
    searchStepCount: 0,
    unknownReason: null,
    linearization: null,
  };
}

function summarize<State, Input, Output>(context: {
  model: Model<State, Input, Output>;
  history: readonly Operation<Input, Output>[];
  results: readonly PartitionResult[];
  failure: LinearizabilityFailure | null;
  options: ResolvedCheckOptions;
}): CheckResult {
  const { results, failure } = context;
  const searchStepCount = results.reduce((sum, result) => sum + result.searchStepCount, 0);
  const report = formatReport({ ...context, searchStepCount });
  const fields = { partitions: results, searchStepCount, report };
  if (failure !== null) return { ...fields, ok: false, verdict: "not-linearizable", failure };
  if (results.some((result) => result.verdict === "unknown")) {
    return { ...fields, ok: false, verdict: "unknown" };
  }
  assert(
    results.every((result) => result.verdict === "linearizable"),
    "without a failure or an unknown partition, every partition is linearizable",
  );
  return { ...fields, ok: true, verdict: "linearizable" };
}

/** Throws InvalidHistoryError for the first operation that breaks the format. */
export function validateHistory<Input, Output>(
  history: readonly Operation<Input, Output>[],
  operationsMax: number,
): void {
  if (history.length > operationsMax) {
    const message = `${history.length} operations, more than operationsMax ${operationsMax}`;
    throw new InvalidHistoryError(-1, message);
  }
  for (let operationIndex = 0; operationIndex < history.length; operationIndex++) {
    const problem = operationProblem(history[operationIndex]!);
    if (problem !== null) {
      throw new InvalidHistoryError(operationIndex, `operation #${operationIndex}: ${problem}`);
    }
  }
}

function operationProblem<Input, Output>(operation: Operation<Input, Output>): string | null {
  const { client, call } = operation;
  const returnTime = operation.return;
  if (!Number.isSafeInteger(client) || client < 0) {
    return `client must be a non-negative safe integer, got ${client}`;
  }
  if (typeof call !== "number" || !Number.isFinite(call)) {
    return `call must be a finite number, got ${call}`;
  }
  if (operation.output === unknownOutput) {
    if (returnTime !== Number.POSITIVE_INFINITY) {
      return `an unknown-outcome operation must have return = Infinity, got ${returnTime}`;
    }
    return null;
  }
  if (typeof returnTime !== "number" || !Number.isFinite(returnTime)) {
    return `return must be a finite number when the output is known, got ${returnTime}`;
  }
  if (!(call < returnTime)) return `call must be before return, got [${call}, ${returnTime}]`;
  return null;
}

/** The model's partition of the history, checked to be one. */
export function partitionHistory<State, Input, Output>(
  model: Model<State, Input, Output>,
  history: readonly Operation<Input, Output>[],
): readonly HistoryPartition[] {
  if (model.partition === undefined) {
    return [{ name: "all", operationIndexes: history.map((_operation, index) => index) }];
  }
  const partitions = model.partition(history);
  const seen = new Uint8Array(history.length);
  for (const partition of partitions) {
    for (const operationIndex of partition.operationIndexes) {
      if (!Number.isInteger(operationIndex) || operationIndex < 0) {
        throw new InvalidPartitionError(`${partition.name}: bad index ${operationIndex}`);
      }
      if (operationIndex >= history.length) {
        throw new InvalidPartitionError(`${partition.name}: index ${operationIndex} out of range`);
      }
      if (seen[operationIndex] === 1) {
        throw new InvalidPartitionError(`operation #${operationIndex} is in two partitions`);
      }
      seen[operationIndex] = 1;
    }
  }
  const missing = seen.indexOf(0);
  if (missing !== -1) throw new InvalidPartitionError(`operation #${missing} is in no partition`);
  return partitions;
}
