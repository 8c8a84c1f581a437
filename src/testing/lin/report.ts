import type { LinearizabilityFailure } from "./diagnose.js";
import type { ResolvedCheckOptions } from "./options.js";
import type { Model, Operation } from "./types.js";

/** Partition results as the report needs them (a subset of check.ts's PartitionResult). */
interface ReportedPartition {
  readonly name: string;
  readonly verdict: string;
  readonly operationIndexes: readonly number[];
  readonly searchStepCount: number;
  readonly unknownReason: string | null;
}

/**
 * The human-readable report: one summary line, then for a failure the longest linearizable
 * prefix, the state after it, the operations that could not go next and the rest of the
 * partition; for an unknown verdict the partitions that hit a bound. Each list shows at
 * most `reportOperationsMax` operations.
 */
export function formatReport<State, Input, Output>(context: {
  model: Model<State, Input, Output>;
  history: readonly Operation<Input, Output>[];
  results: readonly ReportedPartition[];
  failure: LinearizabilityFailure | null;
  options: ResolvedCheckOptions;
  searchStepCount: number;
}): string {
  const { model, history, results, failure } = context;
  const counts = `${history.length} operations, ${results.length} partitions, ${context.searchStepCount} search steps`;
  if (failure !== null) {
    const partition = results.find((result) => result.name === failure.partitionName);
    const size = partition?.operationIndexes.length ?? 0;
    const header = `NOT LINEARIZABLE (model ${model.name}; ${counts}): partition ${failure.partitionName} (${size} operations)`;
    return [header, ...failureLines(context, failure)].join("\n");
  }
  const unknown = results.filter((result) => result.verdict === "unknown");
  if (unknown.length > 0) {
    const lines = unknown.map(
      (result) =>
        `  partition ${result.name} (${result.operationIndexes.length} operations): gave up after ${result.searchStepCount} search steps (bound: ${result.unknownReason})`,
    );
    return [`UNKNOWN (model ${model.name}; ${counts}): the search hit a bound`, ...lines].join(
      "\n",
    );
  }
  return `LINEARIZABLE (model ${model.name}; ${counts})`;
}

function failureLines<State, Input, Output>(
  context: {
    model: Model<State, Input, Output>;
    history: readonly Operation<Input, Output>[];
    options: ResolvedCheckOptions;
  },
  failure: LinearizabilityFailure,
): string[] {
  const { model, history } = context;
  const limit = context.options.reportOperationsMax;
  const describe = (index: number) => describeOperation(model, history, index);
  const prefix = failure.longestPrefix;
  const shownPrefix = prefix.slice(Math.max(0, prefix.length - limit));
  const firstShown = prefix.length - shownPrefix.length;
  const blockedIndexes = new Set(
    failure.blockedOperations.map((blocked) => blocked.operationIndex),
  );
  const others = failure.remainingOperations.filter((index) => !blockedIndexes.has(index));
  return [
    `longest linearizable prefix found: ${prefix.length} operations, in linearization order:`,
    ...(firstShown > 0 ? [`  ... ${firstShown} earlier operations`] : []),
    ...shownPrefix.map((index, position) => `  ${firstShown + position + 1}. ${describe(index)}`),
    `state after the prefix: ${failure.stateAfterPrefix}`,
    "operations that could go next, none of which leads to a linearization:",
    ...failure.blockedOperations
      .slice(0, limit)
      .map(
        (blocked) =>
          `  ${describe(blocked.operationIndex)}  <- ${blocked.modelAccepts ? "accepted, but every continuation fails" : "rejected by the model in this state"}`,
      ),
    ...truncationLine(failure.blockedOperations.length, limit),
    `other operations of the partition not in the prefix (${others.length}), by call time:`,
    ...others.slice(0, limit).map((index) => `  ${describe(index)}`),
    ...truncationLine(others.length, limit),
  ];
}

function truncationLine(count: number, limit: number): string[] {
  return count > limit ? [`  ... ${count - limit} more`] : [];
}

/** `#12 client 3 [100, 140] put("x", "1") -> ok`; an unknown outcome shows `[100, ∞)`. */
export function describeOperation<State, Input, Output>(
  model: Model<State, Input, Output>,
  history: readonly Operation<Input, Output>[],
  operationIndex: number,
): string {
  const operation = history[operationIndex]!;
  const interval = Number.isFinite(operation.return)
    ? `[${operation.call}, ${operation.return}]`
    : `[${operation.call}, ∞)`;
  const what = model.describeOperation(operation.input, operation.output);
  return `#${operationIndex} client ${operation.client} ${interval} ${what}`;
}
