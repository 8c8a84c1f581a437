import { assert } from "../../util/assert.js";
import type { HistoryPartition, Model, Operation, StepResult, UnknownOutput } from "./types.js";
import { unknownOutput } from "./types.js";

/**
 * The inputs of a key-value register. Values are strings; `null` means absent.
 * - `put(key, value)`: sets the key (`value: null` deletes it); answers ok.
 * - `get(key)`: answers the value, or null when absent.
 * - `cas(key, expected, value)`: if the current value (null when absent) equals `expected`,
 *   sets it to `value` and answers true; otherwise changes nothing and answers false.
 */
export type KvInput =
  | { readonly kind: "put"; readonly key: string; readonly value: string | null }
  | { readonly kind: "get"; readonly key: string }
  | {
      readonly kind: "cas";
      readonly key: string;
      readonly expected: string | null;
      readonly value: string | null;
    };

/** The outputs; `kind` MUST match the input's `kind`. */
export type KvOutput =
  | { readonly kind: "put" }
  | { readonly kind: "get"; readonly value: string | null }
  | { readonly kind: "cas"; readonly swapped: boolean };

/** Present keys only: an absent key (null value) is not in the map. Never mutated. */
export type KvState = ReadonlyMap<string, string>;

export type KvOperation = Operation<KvInput, KvOutput>;

/**
 * The key-value register model. It is partitioned by key (every operation touches one key,
 * so keys are independent), which is what makes long histories cheap to check. The state is
 * still a map of all keys, so the model is also correct on an unpartitioned history.
 *
 * Unknown outputs: a put takes effect; a get changes nothing; a cas swaps if and only if the
 * current value equals `expected`, exactly as a cas with a known output would have.
 */
export const kvModel: Model<KvState, KvInput, KvOutput> = {
  name: "kv",
  init: () => new Map(),
  step: stepKv,
  equalState: equalKvState,
  hashState: hashKvState,
  partition: partitionKvByKey,
  describeOperation: describeKvOperation,
  describeState: describeKvState,
};

function stepKv(
  state: KvState,
  input: KvInput,
  output: KvOutput | UnknownOutput,
): StepResult<KvState> {
  assert(output === unknownOutput || output.kind === input.kind, "kv output kind matches input");
  const current = state.get(input.key) ?? null;
  switch (input.kind) {
    case "put":
      return { ok: true, newState: withValue(state, input.key, input.value) };
    case "get":
      if (output !== unknownOutput && output.kind === "get" && output.value !== current) {
        return { ok: false };
      }
      return { ok: true, newState: state };
    case "cas": {
      const swaps = current === input.expected;
      if (output !== unknownOutput && output.kind === "cas" && output.swapped !== swaps) {
        return { ok: false };
      }
      return { ok: true, newState: swaps ? withValue(state, input.key, input.value) : state };
    }
  }
}

function withValue(state: KvState, key: string, value: string | null): KvState {
  if ((state.get(key) ?? null) === value) return state;
  const next = new Map(state);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
}

function equalKvState(left: KvState, right: KvState): boolean {
  if (left === right) return true;
  if (left.size !== right.size) return false;
  for (const [key, value] of left) {
    if (right.get(key) !== value) return false;
  }
  return true;
}

/** FNV-1a over the sorted entries, each string followed by a separator unit. */
function hashKvState(state: KvState): number {
  let hash = 0x811c9dc5;
  for (const key of [...state.keys()].sort()) {
    hash = fnv1a(hash, key);
    hash = fnv1a(hash, state.get(key)!);
  }
  return hash >>> 0;
}

function fnv1a(seed: number, text: string): number {
  let hash = seed;
  for (let position = 0; position < text.length; position++) {
    hash = Math.imul(hash ^ text.charCodeAt(position), 0x01000193);
  }
  return Math.imul(hash ^ 0xffff, 0x01000193);
}

function partitionKvByKey(history: readonly KvOperation[]): HistoryPartition[] {
  const indexesByKey = new Map<string, number[]>();
  for (let operationIndex = 0; operationIndex < history.length; operationIndex++) {
    const key = history[operationIndex]!.input.key;
    const indexes = indexesByKey.get(key);
    if (indexes === undefined) indexesByKey.set(key, [operationIndex]);
    else indexes.push(operationIndex);
  }
  return [...indexesByKey].map(([key, operationIndexes]) => ({
    name: `key ${JSON.stringify(key)}`,
    operationIndexes,
  }));
}

function describeKvOperation(input: KvInput, output: KvOutput | UnknownOutput): string {
  const key = JSON.stringify(input.key);
  const call =
    input.kind === "put"
      ? `put(${key}, ${JSON.stringify(input.value)})`
      : input.kind === "get"
        ? `get(${key})`
        : `cas(${key}, ${JSON.stringify(input.expected)}, ${JSON.stringify(input.value)})`;
  return `${call} -> ${describeKvOutput(output)}`;
}

function describeKvOutput(output: KvOutput | UnknownOutput): string {
  if (output === unknownOutput) return "?";
  switch (output.kind) {
    case "put":
      return "ok";
    case "get":
      return JSON.stringify(output.value);
    case "cas":
      return String(output.swapped);
  }
}

function describeKvState(state: KvState): string {
  const keys = [...state.keys()].sort();
  const fields = keys.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(state.get(key))}`);
  return `{${fields.join(", ")}}`;
}
