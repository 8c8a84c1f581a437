/**
 * The built-in key-value state machine used by the CLI, the tests and the cluster benchmark
 * (until the Ruvector metadata projector takes its place). Keys and values are strings.
 * Commands, queries and responses travel as JSON (UTF-8); snapshots are JSON of all pairs.
 */
import type { AppliedEntry, StateMachine, StateMachineCodec } from "./state-machine.js";

export type KvCommand =
  | { op: "put"; key: string; value: string }
  | { op: "delete"; key: string }
  /** Sets `value` only if the current value equals `expected` (null = absent). */
  | { op: "cas"; key: string; expected: string | null; value: string };

export type KvQuery = { op: "get"; key: string } | { op: "count" };

export type KvResponse =
  | { ok: true; value?: string | null; swapped?: boolean; count?: number; index?: number }
  | { ok: false; error: string };

export class KvStateMachine implements StateMachine<KvCommand, KvResponse, KvQuery> {
  private data = new Map<string, string>();

  apply(entry: AppliedEntry<KvCommand>): KvResponse {
    const command = entry.command;
    switch (command.op) {
      case "put":
        this.data.set(command.key, command.value);
        return { ok: true, index: entry.index };
      case "delete":
        this.data.delete(command.key);
        return { ok: true, index: entry.index };
      case "cas": {
        const current = this.data.get(command.key) ?? null;
        if (current !== command.expected) {
          return { ok: true, swapped: false, value: current, index: entry.index };
        }
        this.data.set(command.key, command.value);
        return { ok: true, swapped: true, index: entry.index };
      }
      default:
        return { ok: false, error: `unknown operation ${(command as { op: unknown }).op}` };
    }
  }

  query(query: KvQuery): KvResponse {
    if (query.op === "count") {
      return { ok: true, count: this.data.size };
    }
    return { ok: true, value: this.data.get(query.key) ?? null };
  }

  snapshot(): Uint8Array {
    return new TextEncoder().encode(JSON.stringify([...this.data]));
  }

  restore(snapshot: Uint8Array): void {
    const text = new TextDecoder().decode(snapshot);
    this.data = new Map(text === "" ? [] : (JSON.parse(text) as [string, string][]));
  }

  /** For tests: the whole state. */
  entries(): [string, string][] {
    return [...this.data].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encode = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));
const decode = <T>(bytes: Uint8Array): T => JSON.parse(decoder.decode(bytes)) as T;

export const kvCodec: StateMachineCodec<KvCommand, KvResponse, KvQuery> = {
  encodeCommand: encode,
  decodeCommand: (bytes) => decode<KvCommand>(bytes),
  encodeQuery: encode,
  decodeQuery: (bytes) => decode<KvQuery>(bytes),
  encodeResponse: encode,
  decodeResponse: (bytes) => decode<KvResponse>(bytes),
};
