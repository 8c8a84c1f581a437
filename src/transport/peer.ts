/**
 * The outbound side of one peer: one connection at a time, the one dial loop, the bounded
 * send queue and outbound snapshot streams.
 *
 * States: idle (nothing to send, no connection) -> dialing (a connection and its handshake in
 * progress) -> open -> (drop) -> waiting (backoff timer) -> dialing ... At most one connection
 * or one timer exists at any time, so there is never more than one dial in flight.
 *
 * Queue bound: frames waiting for a connection plus the open connection's batch and socket
 * buffer are at most `sendQueueBytesMax`. A frame that does not fit is dropped, counted in
 * `droppedFrames`, and the peer is reported unreachable (Raft retransmits).
 *
 * Backoff: after a failed dial or a drop, the next dial waits uniform [0, min(max,
 * min * 2^attempt)] ms (full jitter); the attempt count resets once a handshake completes.
 */
import type { Logger } from "pino";
import type { SnapshotRequest } from "../raft/types.js";
import { type Envelope, encodeEnvelopeFrame, encodeRaftMessage } from "./codec.js";
import type { CloseInfo, Connection, ConnectionEvents, MutableStats } from "./connection.js";
import { ProtocolError } from "./errors.js";
import { backoffDelayMs, type TransportSettings } from "./settings.js";

export interface PeerLinkContext {
  readonly peerId: number;
  readonly settings: TransportSettings;
  readonly stats: MutableStats;
  readonly logger: Logger;
  /** Opens a dialed connection to the peer's current address (undefined: bad address). */
  readonly dial: (events: ConnectionEvents) => Connection | undefined;
  readonly onUnreachable: () => void;
  readonly onSnapshotStatus: (ok: boolean) => void;
}

interface OutboundSnapshot {
  readonly streamId: number;
  readonly message: SnapshotRequest;
  /** Next data offset to send; equals data length once the last chunk is queued. */
  offset: number;
  lastSent: boolean;
}

type LinkState = "idle" | "dialing" | "open" | "waiting" | "stopped";

export class PeerLink {
  private readonly context: PeerLinkContext;
  private state: LinkState = "idle";
  private connection: Connection | undefined;
  private timer: NodeJS.Timeout | undefined;
  private attempt = 0;
  /** Frames waiting for a connection. Invariant: waitingBytes = sum of their lengths. */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** Set after an overflow was reported; cleared when the queue empties, to report once. */
  private overflowReported = false;
  private snapshot: OutboundSnapshot | undefined;
  private nextStreamId = 1;
  /** Incremented per dial; a connection's callbacks act only while it is the current one. */
  private generation = 0;

  constructor(context: PeerLinkContext) {
    this.context = context;
  }

  get queuedBytes(): number {
    return this.waitingBytes + (this.connection?.queuedBytes ?? 0);
  }

  /** Queues one encoded frame (drops it when the queue bound would be exceeded). */
  sendFrame(frame: Buffer): void {
    if (this.state === "stopped") {
      return;
    }
    if (this.queuedBytes + frame.byteLength > this.context.settings.sendQueueBytesMax) {
      this.context.stats.droppedFrames += 1;
      if (!this.overflowReported) {
        this.overflowReported = true;
        this.context.logger.warn(
          { queuedBytes: this.queuedBytes, limitBytes: this.context.settings.sendQueueBytesMax },
          "send queue full: dropping frames",
        );
        // Deferred: the caller is inside TcpTransport.send and must not be re-entered.
        queueMicrotask(() => {
          if (this.state !== "stopped") this.context.onUnreachable();
        });
      }
      return;
    }
    if (this.state === "open" && this.connection !== undefined) {
      this.connection.enqueueFrame(frame);
    } else {
      this.waiting.push(frame);
      this.waitingBytes += frame.byteLength;
    }
    if (this.queuedBytes <= frame.byteLength) {
      this.overflowReported = false;
    }
    this.ensureDialing();
  }

  /** Starts streaming a snapshot; a second one while one is in flight fails at once. */
  sendSnapshot(message: SnapshotRequest): void {
    if (this.state === "stopped") {
      return;
    }
    if (this.snapshot !== undefined) {
      this.context.logger.warn("snapshot already streaming to this peer; failing the new one");
      this.context.onSnapshotStatus(false);
      return;
    }
    this.snapshot = { streamId: this.nextStreamId, message, offset: 0, lastSent: false };
    this.nextStreamId += 1;
    this.context.logger.info(
      { index: message.snapshot.metadata.index, bytes: message.snapshot.data.byteLength },
      "streaming snapshot",
    );
    this.ensureDialing();
    this.pumpSnapshot();
  }

  /** Closes the connection and forgets everything; no callbacks after this. */
  stop(code: string, reason: string): void {
    if (this.state === "stopped") {
      return;
    }
    this.state = "stopped";
    clearTimeout(this.timer);
    this.waiting = [];
    this.waitingBytes = 0;
    this.snapshot = undefined;
    this.connection?.close(code, reason);
    this.connection = undefined;
  }

  private ensureDialing(): void {
    if (this.state !== "idle") {
      return;
    }
    if (this.attempt === 0) {
      this.dial();
    } else {
      this.scheduleDial();
    }
  }

  private scheduleDial(): void {
    const delayMs = backoffDelayMs(this.context.settings, this.attempt);
    this.state = "waiting";
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.state === "waiting") {
        this.dial();
      }
    }, delayMs);
  }

  private dial(): void {
    this.state = "dialing";
    this.generation += 1;
    const connection = this.context.dial(this.events(this.generation));
    if (connection === undefined) {
      this.state = "idle";
      this.afterDrop({ code: "EADDRESS", reason: "bad address", byRemote: false, wasOpen: false });
      return;
    }
    this.connection = connection;
  }

  private events(generation: number): ConnectionEvents {
    // Callbacks from a connection that is no longer current are ignored.
    const current = () => generation === this.generation && this.connection !== undefined;
    return {
      onOpen: () => {
        if (current()) this.handleOpen();
      },
      onEnvelope: (envelope) => {
        if (current()) this.handleEnvelope(envelope);
      },
      onDrain: () => {
        if (current()) this.pumpSnapshot();
      },
      onClosed: (info) => {
        if (current()) {
          this.connection = undefined;
          this.afterDrop(info);
        }
      },
    };
  }

  private handleOpen(): void {
    const connection = this.connection!;
    this.state = "open";
    this.attempt = 0;
    for (const frame of this.waiting) {
      connection.enqueueFrame(frame);
    }
    this.waiting = [];
    this.waitingBytes = 0;
    this.pumpSnapshot();
  }

  private handleEnvelope(envelope: Envelope): void {
    if (envelope.kind !== "snapshotAck") {
      throw new ProtocolError(`unexpected ${envelope.kind} on an outbound peer connection`);
    }
    const ack = envelope.snapshotAck!;
    const snapshot = this.snapshot;
    if (snapshot === undefined || ack.streamId !== snapshot.streamId || !snapshot.lastSent) {
      throw new ProtocolError(`snapshot ack for unknown stream ${ack.streamId}`);
    }
    this.snapshot = undefined;
    if (ack.ok !== true) {
      this.context.logger.warn({ reason: ack.reason }, "peer failed to store the snapshot");
    } else {
      this.context.logger.info("snapshot acknowledged");
    }
    this.context.onSnapshotStatus(ack.ok === true);
  }

  private afterDrop(info: CloseInfo): void {
    if (this.state === "stopped") {
      return;
    }
    this.state = "idle";
    if (this.snapshot !== undefined) {
      this.snapshot = undefined;
      this.context.onSnapshotStatus(false);
    }
    const quietIdle = info.code === "EIDLE" && this.waitingBytes === 0;
    if (quietIdle) {
      return;
    }
    this.attempt += 1;
    this.context.logger.info(
      { code: info.code, reason: info.reason, attempt: this.attempt },
      info.wasOpen ? "peer connection dropped" : "could not connect to peer",
    );
    this.context.onUnreachable();
    if (this.waitingBytes > 0 && this.state === "idle") {
      this.scheduleDial();
    }
  }

  /** Queues snapshot chunks while the connection's queued bytes are under the window. */
  private pumpSnapshot(): void {
    const connection = this.connection;
    const snapshot = this.snapshot;
    if (this.state !== "open" || connection === undefined || snapshot === undefined) {
      return;
    }
    const settings = this.context.settings;
    const data = snapshot.message.snapshot.data;
    // Bounded: each iteration queues one chunk; the window stops it.
    while (!snapshot.lastSent && connection.queuedBytes < settings.snapshotWindowBytes) {
      const end = Math.min(data.byteLength, snapshot.offset + settings.snapshotChunkBytes);
      const first = snapshot.offset === 0;
      const frame = encodeEnvelopeFrame({
        snapshotChunk: {
          streamId: snapshot.streamId,
          offset: snapshot.offset,
          data: data.subarray(snapshot.offset, end),
          last: end === data.byteLength,
          ...(first ? { message: encodeRaftMessage(snapshot.message) } : {}),
        },
      });
      snapshot.offset = end;
      snapshot.lastSent = end === data.byteLength;
      connection.enqueueFrame(frame);
    }
  }
}
