/**
 * The built-in key-value state machine used by the CLI, the tests and the cluster benchmark
 * (until the Ruvector metadata projector takes its place). Keys and values are strings.
 * Commands, queries and responses travel as JSON (UTF-8); snapshots are a compact binary list.
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

  /**
   * Binary, not JSON: [u32 count] then per pair [u32 key bytes][key][u32 value bytes][value],
   * little-endian UTF-8, in insertion order (the same on every replica, which applies the same
   * commands in the same order). Several times faster than JSON.stringify of the pairs.
   */
  snapshot(): Uint8Array {
    let total = 4;
    for (const [key, value] of this.data) {
      total += 8 + Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    const bytes = Buffer.allocUnsafe(total);
    bytes.writeUInt32LE(this.data.size, 0);
    let offset = 4;
    for (const [key, value] of this.data) {
      const keyLength = bytes.write(key, offset + 4);
      bytes.writeUInt32LE(keyLength, offset);
      offset += 4 + keyLength;
      const valueLength = bytes.write(value, offset + 4);
      bytes.writeUInt32LE(valueLength, offset);
      offset += 4 + valueLength;
    }
    return bytes;
  }

  restore(snapshot: Uint8Array): void {
    const bytes = Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
    const data = new Map<string, string>();
    if (bytes.length >= 4) {
      const count = bytes.readUInt32LE(0);
      let offset = 4;
      for (let pair = 0; pair < count; pair++) {
        const keyLength = bytes.readUInt32LE(offset);
        const key = bytes.toString("utf8", offset + 4, offset + 4 + keyLength);
        offset += 4 + keyLength;
        const valueLength = bytes.readUInt32LE(offset);
        const value = bytes.toString("utf8", offset + 4, offset + 4 + valueLength);
        offset += 4 + valueLength;
        data.set(key, value);
      }
    }
    this.data = data;
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
