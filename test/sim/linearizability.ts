/**
 * Checks a simulation's client history with the linearizability checker (src/testing/lin)
 * against the key-value register model, which is what the simulation's state machine
 * (kv.ts) is: put answers ok, cas(expected, value) answers whether it swapped, get answers
 * the value or null. The simulation's values are unique integers; the model's are strings.
 *
 * Mapping of outcomes (see HistoryOp in simulation.ts):
 * - a known answer ("ok", true / false, a value or null) is an operation with that output;
 * - "unknown" (the client gave up: read timed out, the node crashed or installed a snapshot
 *   over the proposal, the run ended) is an unknown outcome: `unknownOutput`, return
 *   Infinity. It may have taken effect at any point after its call, or never;
 * - "failed" (the proposal's entry was overwritten by another term: it can never commit)
 *   and "error:CODE" (refused before anything was appended or asked) are left out: they
 *   certainly had no effect, and leaving them out is the stronger check (if one took effect
 *   after all, a later read of its unique value is a violation).
 *
 * Times are the simulation's event counter (one tick per call and per response, in the order
 * the single-threaded simulation saw them), so real-time order is exact, with no ties.
 */
import {
  type CheckResult,
  checkLinearizability,
  type KvInput,
  type KvOutput,
  type KvState,
  kvModel,
  type Model,
  type Operation,
  unknownOutput,
} from "../../src/testing/lin/index.js";
import type { HistoryOp } from "./simulation.js";

/** A kv input plus where it happened in the run, for the report (the model ignores it). */
export type SimKvInput = KvInput & { readonly where: string };

export type SimKvOperation = Operation<SimKvInput, KvOutput>;

/** `kvModel`, with operations described together with their steps, node and read mode. */
export const simKvModel: Model<KvState, SimKvInput, KvOutput> = {
  ...kvModel,
  name: "kv",
  describeOperation: (input, output) =>
    `${kvModel.describeOperation(input, output)}  (${input.where})`,
};

/**
 * Search steps per key allowed before the verdict is "unknown" (about a second with the kv
 * model). Measured when written: over seeds 0 .. 9999 (about 230 operations checked per
 * seed) no key took more than 1,512 steps, so CI seeds are far from it; the bound only keeps
 * a pathological history (many unknown outcomes on one key) from stalling a run.
 */
export const LINEARIZABILITY_SEARCH_STEPS_MAX_PER_KEY = 1_000_000;

export interface HistoryCheck {
  readonly result: CheckResult;
  /** Operations checked (known outcome plus unknown outcome). */
  readonly operationCount: number;
  /** Of those, with an unknown outcome. */
  readonly unknownCount: number;
  /** Left out: failed or refused, so certainly without effect. */
  readonly excludedCount: number;
  /**
   * When not linearizable: the last step at which one of the operations that could not go
   * next was called or answered (where the trace is worth reading up to).
   */
  readonly violationStep: number | undefined;
}

export function checkHistory(
  history: readonly HistoryOp[],
  searchStepsMaxPerKey: number = LINEARIZABILITY_SEARCH_STEPS_MAX_PER_KEY,
): HistoryCheck {
  const operations: SimKvOperation[] = [];
  /** operations[i] came from sources[i]. */
  const sources: HistoryOp[] = [];
  let unknownCount = 0;
  for (let index = 0; index < history.length; index++) {
    const op = history[index] as HistoryOp;
    const mapped = toKvOperation(op, index);
    if (mapped === undefined) continue;
    if (mapped.output === unknownOutput) unknownCount++;
    operations.push(mapped);
    sources.push(op);
  }
  const result = checkLinearizability(simKvModel, operations, {
    searchStepsMaxPerPartition: searchStepsMaxPerKey,
  });
  let violationStep: number | undefined;
  if (result.verdict === "not-linearizable") {
    for (const blocked of result.failure.blockedOperations) {
      const op = sources[blocked.operationIndex] as HistoryOp;
      violationStep = Math.max(violationStep ?? 0, op.returnStep ?? op.callStep);
    }
  }
  return {
    result,
    operationCount: operations.length,
    unknownCount,
    excludedCount: history.length - operations.length,
    violationStep,
  };
}

/**
 * The checker's operation for one simulation operation (`historyIndex`: its index in the
 * simulation's history, shown in reports); undefined when left out.
 */
export function toKvOperation(op: HistoryOp, historyIndex: number): SimKvOperation | undefined {
  const output = op.output;
  if (output === "failed" || (typeof output === "string" && output.startsWith("error:"))) {
    return undefined;
  }
  const input = toKvInput(op, historyIndex);
  const returned = op.return;
  if (output === "unknown" || output === undefined || returned === undefined) {
    return { client: op.client, input, output: unknownOutput, call: op.call, return: Infinity };
  }
  return { client: op.client, input, output: toKvOutput(op), call: op.call, return: returned };
}

function toKvInput(op: HistoryOp, historyIndex: number): SimKvInput {
  const { input } = op;
  const steps = `${op.callStep}..${op.returnStep ?? ""}`;
  const mode = input.mode === undefined ? "" : `, ${input.mode} read`;
  const where = `history[${historyIndex}], steps ${steps}, node ${op.node}${mode}`;
  switch (input.op) {
    case "put":
      return { kind: "put", key: input.key, value: text(input.value), where };
    case "cas":
      return {
        kind: "cas",
        key: input.key,
        expected: text(input.expect),
        value: text(input.value),
        where,
      };
    case "get":
      return { kind: "get", key: input.key, where };
  }
}

function toKvOutput(op: HistoryOp): KvOutput {
  const { output } = op;
  switch (op.input.op) {
    case "put":
      if (output !== "ok") throw new Error(`put answered ${String(output)}`);
      return { kind: "put" };
    case "cas":
      if (typeof output !== "boolean") throw new Error(`cas answered ${String(output)}`);
      return { kind: "cas", swapped: output };
    case "get":
      if (output !== null && typeof output !== "number") {
        throw new Error(`get answered ${String(output)}`);
      }
      return { kind: "get", value: text(output) };
  }
}

function text(value: number | null | undefined): string | null {
  if (value === undefined) throw new Error("a put or cas without a value");
  return value === null ? null : String(value);
}
