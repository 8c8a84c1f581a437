// Builders for hand-written kv histories. `return` = UNKNOWN (Infinity) makes the outcome
// unknown; the output argument is then ignored.
import { type KvOperation, unknownOutput } from "../../src/testing/lin/index.js";

export const UNKNOWN = Number.POSITIVE_INFINITY;

export function put(
  client: number,
  interval: readonly [number, number],
  key: string,
  value: string | null,
): KvOperation {
  const [call, returnTime] = interval;
  const output = returnTime === UNKNOWN ? unknownOutput : ({ kind: "put" } as const);
  return { client, call, return: returnTime, input: { kind: "put", key, value }, output };
}

export function get(
  client: number,
  interval: readonly [number, number],
  key: string,
  value: string | null,
): KvOperation {
  const [call, returnTime] = interval;
  const output = returnTime === UNKNOWN ? unknownOutput : ({ kind: "get", value } as const);
  return { client, call, return: returnTime, input: { kind: "get", key }, output };
}

export function cas(
  client: number,
  interval: readonly [number, number],
  change: { key: string; expected: string | null; value: string | null },
  swapped: boolean,
): KvOperation {
  const [call, returnTime] = interval;
  const output = returnTime === UNKNOWN ? unknownOutput : ({ kind: "cas", swapped } as const);
  return { client, call, return: returnTime, input: { kind: "cas", ...change }, output };
}
