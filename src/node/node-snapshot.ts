/**
 * The data of a RaftNode snapshot, written and read as a stream (no side holds the whole
 * state): a NodeSnapshot (src/proto/node.proto) laid out as
 *   1. one piece with every `members` and `sessions` record (small: bounded by the member
 *      count and the session table's bound);
 *   2. the state machine's snapshot chunks, each as `state_machine` records of at most
 *      STATE_MACHINE_PIECE_BYTES.
 * The bytes go into a snapshot file (src/snapshot) chunk by chunk through SnapshotWriter.
 */

import { lengthDelimitedHeader, readFieldRuns } from "../proto/codec/field-stream.js";
import { node as nodeProto } from "../proto/node-index.js";
import type { SnapshotStore } from "../snapshot/snapshot-store.js";
import type { SnapshotWriteResult } from "../snapshot/writer.js";
import type { SnapshotMetadata } from "../types/index.js";
import type { SnapshotChunks } from "./state-machine.js";

type NodeSnapshotMessage = ReturnType<typeof nodeProto.NodeSnapshot.decode>;

/** What the node itself keeps in a snapshot besides the state machine's bytes. */
export interface NodeSnapshotHeader {
  members: NodeSnapshotMessage["members"];
  sessions: NodeSnapshotMessage["sessions"];
}

/** State machine bytes per `state_machine` record (larger chunks are cut). */
export const STATE_MACHINE_PIECE_BYTES = 1024 * 1024;
/** The largest record a reader accepts (a session with many responses, a state piece). */
export const NODE_SNAPSHOT_RECORD_BYTES_MAX = 64 * 1024 * 1024;
const STATE_MACHINE_FIELD = 3;

/** The snapshot's bytes, lazily: the header, then the state machine's chunks as records. */
export async function* nodeSnapshotPieces(
  header: NodeSnapshotHeader,
  stateMachine: SnapshotChunks,
): AsyncGenerator<Uint8Array, void, undefined> {
  yield nodeProto.NodeSnapshot.encode({
    members: header.members,
    sessions: header.sessions,
  }).finish();
  for await (const chunk of stateMachine) {
    for (let start = 0; start < chunk.byteLength; start += STATE_MACHINE_PIECE_BYTES) {
      const piece = chunk.subarray(start, start + STATE_MACHINE_PIECE_BYTES);
      yield lengthDelimitedHeader(STATE_MACHINE_FIELD, piece.byteLength);
      yield piece;
    }
  }
}

/**
 * Writes a snapshot file for `metadata` from `pieces`, one piece at a time (the writer keeps
 * at most one file chunk buffered); an error deletes the temporary file. Resolves once the
 * file is durable (and older snapshots pruned).
 */
export async function writeNodeSnapshot(
  store: SnapshotStore,
  metadata: SnapshotMetadata,
  pieces: AsyncIterable<Uint8Array>,
): Promise<SnapshotWriteResult> {
  const writer = await store.createWriter(metadata);
  try {
    for await (const piece of pieces) {
      await writer.write(piece);
    }
    return await writer.commit();
  } catch (error) {
    await writer.abort().catch(() => {});
    throw error;
  }
}

/**
 * Reads a node snapshot's bytes (`chunks`, cut anywhere, already checked by their CRCs): hands
 * the state machine's bytes to `restoreStateMachine` as a stream and resolves with the
 * header once that restore finished. Throws when the layout is broken (a header record after
 * state machine data, a cut record) or the restore returned before reading all of its data.
 */
export async function readNodeSnapshot(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  what: string,
  restoreStateMachine: (chunks: AsyncIterable<Uint8Array>) => Promise<void>,
): Promise<NodeSnapshotHeader> {
  const runs = readFieldRuns(chunks, { recordBytesMax: NODE_SNAPSHOT_RECORD_BYTES_MAX, what });
  const header: NodeSnapshotHeader = { members: [], sessions: [] };
  let drained = false;
  try {
    let first: Uint8Array[] = [];
    // Bounded by the records of the stream.
    for (;;) {
      const next = await runs.next();
      if (next.done === true) break;
      const part = nodeProto.NodeSnapshot.decode(next.value);
      header.members.push(...part.members);
      header.sessions.push(...part.sessions);
      if (part.stateMachine.length > 0) {
        first = part.stateMachine;
        break;
      }
    }
    async function* stateMachineBytes(): AsyncGenerator<Uint8Array, void, undefined> {
      yield* first;
      // Bounded by the records of the stream.
      for (;;) {
        const next = await runs.next();
        if (next.done === true) break;
        const part = nodeProto.NodeSnapshot.decode(next.value);
        if (part.members.length > 0 || part.sessions.length > 0) {
          throw new Error(`${what}: members or sessions after the state machine's data`);
        }
        yield* part.stateMachine;
      }
      drained = true;
    }
    await restoreStateMachine(stateMachineBytes());
  } finally {
    // Ends the stream (and so closes its source, e.g. the snapshot file) when reading stopped
    // early or failed; a no-op after a full read.
    await runs.return(undefined);
  }
  if (!drained) {
    throw new Error(`${what}: the state machine's restore returned before reading all its data`);
  }
  return header;
}
