/**
 * The applier: what a committed NORMAL entry does to a node's state. It decodes the entry
 * (a client command, or a member's address), checks the command's client session (exactly
 * once: a retry gets the recorded response, a sequence below the session's floor is refused),
 * applies it to the state machine and records the response. It also owns the node's part of a
 * snapshot that is applied state: the sessions, restored with the state machine from a
 * snapshot file.
 *
 * One applier serves RaftNode and the offline replay (`ruvraft replay`), so that a replay
 * reaches exactly the state a node reached at the same index (docs/architecture.md, "Offline
 * replay").
 */

import { decodeCommandEntry } from "../proto/codec/node-entry.js";
import type { ProposeFields } from "../proto/codec/propose.js";
import { node as nodeProto } from "../proto/node-index.js";
import { type OpenSnapshotOptions, openSnapshot } from "../snapshot/reader.js";
import type { SnapshotStore } from "../snapshot/snapshot-store.js";
import type { SnapshotWriteResult } from "../snapshot/writer.js";
import type { Entry, SnapshotMetadata } from "../types/index.js";
import { smallInteger } from "../util/small-integer.js";
import { RejectedError } from "./errors.js";
import {
  type NodeSnapshotHeader,
  nodeSnapshotPieces,
  readNodeSnapshot,
  writeNodeSnapshot,
} from "./node-snapshot.js";
import { SessionTable } from "./sessions.js";
import type { StateMachine, StateMachineCodec } from "./state-machine.js";

/** A command entry applied: what the session check and the state machine produced. */
export type ApplyOutcome = { ok: true; response: Uint8Array } | { ok: false; error: Error };

const EMPTY_BYTES = new Uint8Array(0);

export class Applier<Command, Response, Query = Command> {
  private readonly sessions: SessionTable;

  /** `onMemberAddress` is called for each member address entry applied. */
  constructor(
    private readonly stateMachine: StateMachine<Command, Response, Query>,
    private readonly codec: StateMachineCodec<Command, Response, Query>,
    sessionCountMax: number,
    private readonly onMemberAddress: (nodeId: number, address: string) => void,
  ) {
    this.sessions = new SessionTable(sessionCountMax);
  }

  /**
   * Applies the NORMAL entry `entry`. Returns the command's outcome, or undefined for an entry
   * that carries no command (a member address, the empty entry of a new leader).
   */
  apply(entry: Pick<Entry, "index" | "term" | "data">): ApplyOutcome | undefined {
    const command = decodeCommandEntry(entry.data) ?? this.applyOtherEntry(entry.data);
    if (command === undefined) {
      return undefined;
    }
    if (command.clientId !== 0) {
      const check = this.sessions.check(command.clientId, command.sequence);
      if (check.kind === "duplicate") return { ok: true, response: check.response };
      if (check.kind === "stale") {
        return {
          ok: false,
          error: new RejectedError(
            `client ${command.clientId} sequence ${command.sequence} was already answered (the session floor is ${check.floor})`,
          ),
        };
      }
    }
    const response = this.codec.encodeResponse(
      this.stateMachine.apply({
        index: entry.index,
        term: entry.term,
        command: this.codec.decodeCommand(command.command),
      }),
    );
    if (command.clientId !== 0) {
      this.sessions.record(
        command.clientId,
        command.sequence,
        command.firstUnansweredSequence,
        response,
        entry.index,
      );
    }
    return { ok: true, response };
  }

  /**
   * A NORMAL entry that is not a plain command (decodeCommandEntry's fast path): a member
   * address is reported (undefined returned); a command in another encoding is returned.
   */
  private applyOtherEntry(data: Uint8Array): ProposeFields | undefined {
    const decoded = nodeProto.NodeEntry.decode(data);
    if (decoded.memberAddress) {
      this.onMemberAddress(
        smallInteger(decoded.memberAddress.nodeId ?? 0),
        decoded.memberAddress.address ?? "",
      );
      return undefined;
    }
    if (!decoded.command) {
      return undefined;
    }
    return {
      // From protobufjs: heap numbers made small integers (src/util/small-integer.ts).
      clientId: smallInteger(decoded.command.clientId ?? 0),
      sequence: smallInteger(decoded.command.sequence ?? 0),
      command: decoded.command.command ?? EMPTY_BYTES,
      firstUnansweredSequence: smallInteger(decoded.command.firstUnansweredSequence ?? 0),
    };
  }

  /**
   * Writes a snapshot of the applied state as of now (with the member addresses `members`) to
   * a file of `store`. The header (members, sessions) and the state machine's snapshot are
   * taken synchronously, here; the file is written chunk by chunk afterwards, while the node
   * goes on applying.
   */
  writeSnapshot(
    store: SnapshotStore,
    metadata: SnapshotMetadata,
    members: NodeSnapshotHeader["members"],
  ): Promise<SnapshotWriteResult> {
    return writeNodeSnapshot(
      store,
      metadata,
      nodeSnapshotPieces(
        { members, sessions: this.sessionsForSnapshot() },
        this.stateMachine.snapshot(),
      ),
    );
  }

  /** The sessions for a snapshot header, copied now (they change with every apply). */
  private sessionsForSnapshot(): NodeSnapshotHeader["sessions"] {
    return this.sessions.entries().map(({ clientId, record }) => ({
      clientId,
      floor: record.floor,
      responses: [...record.responses].map(([sequence, response]) => ({ sequence, response })),
      lastIndex: record.lastIndex,
    }));
  }

  /**
   * Replaces the applied state (state machine, sessions) with the snapshot in `file`, read as
   * a stream; returns the member addresses it holds. A failure leaves the state unknown: the
   * caller must not go on with it.
   */
  async restore(
    file: string,
    reading: OpenSnapshotOptions,
  ): Promise<{ nodeId: number; address: string }[]> {
    const reader = openSnapshot(file, reading);
    const header = await readNodeSnapshot(reader, `the snapshot in ${file}`, (chunks) =>
      this.stateMachine.restore(chunks),
    );
    this.sessions.replaceAll(
      header.sessions.map((session) => ({
        clientId: session.clientId ?? 0,
        record: {
          floor: session.floor ?? 0,
          responses: new Map(
            (session.responses ?? []).map(
              (item) => [item.sequence ?? 0, item.response ?? new Uint8Array()] as const,
            ),
          ),
          lastIndex: session.lastIndex ?? 0,
        },
      })),
    );
    return header.members.map((member) => ({
      nodeId: member.nodeId ?? 0,
      address: member.address ?? "",
    }));
  }
}
