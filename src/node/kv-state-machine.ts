/**
 * The built-in key-value state machine used by the CLI, the tests and the cluster benchmark
 * (until the Ruvector metadata projector takes its place). Keys and values are strings.
 * Commands, queries and responses travel in the binary layout of kv-codec.ts; snapshots are a
 * KvSnapshot stream.
 */

import { readFieldRuns } from "../proto/codec/field-stream.js";
import { kvSnapshotPieces } from "../proto/codec/kv-snapshot.js";
import { node as nodeProto } from "../proto/node-index.js";
import type { KvCommand, KvQuery, KvResponse } from "./kv-codec.js";
import type { AppliedEntry, SnapshotChunks, StateMachine } from "./state-machine.js";

export { type KvCommand, type KvQuery, type KvResponse, kvCodec } from "./kv-codec.js";

/** Target size of one encoded piece of a snapshot. */
const SNAPSHOT_PIECE_BYTES = 256 * 1024;
/** The largest pair record a snapshot may hold (keys and values come from log entries). */
const SNAPSHOT_RECORD_BYTES_MAX = 64 * 1024 * 1024;

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
   * A KvSnapshot (node.proto) streamed as pieces of about SNAPSHOT_PIECE_BYTES, pairs in the
   * map's insertion order (the same on every replica, which applies the same commands in the
   * same order). Keys and values are immutable strings: the two arrays of references taken
   * here are a frozen copy that the pieces encode later while apply goes on.
   */
  snapshot(): SnapshotChunks {
    return kvSnapshotPieces([...this.data.keys()], [...this.data.values()], SNAPSHOT_PIECE_BYTES);
  }

  async restore(chunks: SnapshotChunks): Promise<void> {
    const data = new Map<string, string>();
    for await (const run of readFieldRuns(chunks, {
      recordBytesMax: SNAPSHOT_RECORD_BYTES_MAX,
      what: "key-value snapshot",
    })) {
      for (const pair of nodeProto.KvSnapshot.decode(run).pairs) {
        data.set(pair.key ?? "", pair.value ?? "");
      }
    }
    this.data = data;
  }

  /** For tests: the whole state. */
  entries(): [string, string][] {
    return [...this.data].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
