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
 *
 * Snapshot streams (at most one per peer): one pump reads the stream's SnapshotSource
 * (snapshot-source.ts: data in memory or a file) one chunk of `snapshotChunkBytes` at a time,
 * with at most one read in flight, and starts a read only while the connection's queued bytes
 * are under `snapshotWindowBytes`; `onDrain` resumes it. So the snapshot data queued for a
 * peer is at most the window plus one chunk frame, and a snapshot in a file is never in memory
 * whole. A stream is bound to the connection it started on: a drop fails it. The link owns the
 * source and closes it when the stream completes (its last chunk is read), fails, is refused
 * or the link stops. A read that settles after its stream ended queues nothing and calls
 * nothing.
 *
 * A failed read aborts the stream. The receiver has no message to cancel a stream; it deletes
 * its temporary file when the connection closes. So when chunks were already queued, the link
 * closes the connection (Goodbye ESNAPSHOTABORT, after the frames queued on it) and forgets it
 * at once: that close is not a drop (no backoff, no unreachable report), and the next frame
 * dials a new connection. The failure is logged with the file and byte offset and reported as
 * `onSnapshotStatus(false)`.
 */
import type { Logger } from "pino";
import type { Envelope } from "../proto/codec/envelope.js";
import { encodeRaftMessage } from "../proto/codec/raft-message-object.js";
import type { SnapshotRequest } from "../raft/types.js";
import { assert } from "../util/assert.js";
import type { CloseInfo, Connection, ConnectionEvents } from "./connection.js";
import { ProtocolError, SnapshotSourceError } from "./errors.js";
import { backoffDelayMs, type TransportSettings } from "./settings.js";
import type { SnapshotSource } from "./snapshot-source.js";
import type { MutableStats } from "./stats.js";

export interface PeerLinkContext {
  readonly peerId: number;
  readonly settings: TransportSettings;
  readonly stats: MutableStats;
  readonly logger: Logger;
  /** Opens a dialed connection to the peer's current address (undefined: bad address). */
  readonly dial: (events: ConnectionEvents) => Connection | undefined;
  readonly onUnreachable: () => void;
  readonly onSnapshotStatus: (ok: boolean) => void;
  /** Work that outlives a call (closing a snapshot source); the transport's stop awaits it. */
  readonly trackCleanup: (cleanup: Promise<void>) => void;
}

interface OutboundSnapshot {
  readonly streamId: number;
  readonly message: SnapshotRequest;
  readonly source: SnapshotSource;
  /** Next data offset to read. Invariant: offsetBytes <= source.sizeBytes. */
  offsetBytes: number;
  /** A read of the source is in flight (at most one per stream). */
  reading: boolean;
  /** The chunk with `last` is queued; only the SnapshotAck remains. */
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

  /** Writes what is queued on the open connection now (one socket write), not at turn end. */
  flush(): void {
    if (this.state === "open") this.connection?.flush();
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

  /**
   * Dials when no connection is open or being made and no dial is waiting (a node that has
   * nothing to send yet but must meet the peer: a founding node, src/node/founding.ts).
   */
  connect(): void {
    if (this.state === "idle") this.ensureDialing();
  }

  /**
   * Starts streaming a snapshot whose data `openSource` opens (called at once, here); the link
   * owns the source from then on. A second snapshot while one is in flight is refused before
   * its source is opened; it, and a source that cannot be opened, are reported as
   * `onSnapshotStatus(false)` after this call returns (never from within it).
   */
  sendSnapshot(message: SnapshotRequest, openSource: () => SnapshotSource): void {
    if (this.state === "stopped") {
      return;
    }
    if (this.snapshot !== undefined) {
      this.context.logger.warn("snapshot already streaming to this peer; failing the new one");
      this.reportSnapshotFailureLater();
      return;
    }
    let source: SnapshotSource;
    try {
      source = openSource();
    } catch (error) {
      if (!(error instanceof SnapshotSourceError)) {
        throw error;
      }
      this.logSourceFailure(error, "cannot open the snapshot file: snapshot not sent");
      this.reportSnapshotFailureLater();
      return;
    }
    this.snapshot = {
      streamId: this.nextStreamId,
      message,
      source,
      offsetBytes: 0,
      reading: false,
      lastSent: false,
    };
    this.nextStreamId += 1;
    this.context.logger.info(
      { index: message.snapshot.metadata.index, bytes: source.sizeBytes, file: source.file },
      "streaming snapshot",
    );
    this.ensureDialing();
    this.pumpSnapshot();
  }

  /**
   * Closes the connection and forgets everything; no callbacks after this. Returns whether a
   * snapshot stream was cut short (its outcome is then the caller's to report).
   */
  stop(code: string, reason: string): boolean {
    if (this.state === "stopped") {
      return false;
    }
    this.state = "stopped";
    clearTimeout(this.timer);
    this.waiting = [];
    this.waitingBytes = 0;
    const cut = this.endSnapshot();
    this.connection?.close(code, reason);
    this.connection = undefined;
    return cut;
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
    this.endSnapshot();
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
    if (this.endSnapshot()) {
      this.context.onSnapshotStatus(false);
    }
    const quietIdle = info.code === "EIDLE" && this.waitingBytes === 0;
    if (quietIdle) {
      return;
    }
    this.attempt += 1;
    // A warning at attempts 1, 2, 4, 8, ...: an unreachable peer is worth knowing about, and
    // retries with backoff must not flood the log.
    const fields = { code: info.code, reason: info.reason, attempt: this.attempt };
    if ((this.attempt & (this.attempt - 1)) === 0) {
      this.context.logger.warn(
        fields,
        info.wasOpen ? "peer connection dropped" : "could not connect to peer",
      );
    } else {
      this.context.logger.debug(
        fields,
        info.wasOpen ? "peer connection dropped" : "could not connect to peer",
      );
    }
    this.context.onUnreachable();
    if (this.waitingBytes > 0 && this.state === "idle") {
      this.scheduleDial();
    }
  }

  /** Forgets the current stream and closes its source; returns whether there was one. */
  private endSnapshot(): boolean {
    const snapshot = this.snapshot;
    if (snapshot === undefined) {
      return false;
    }
    this.snapshot = undefined;
    this.context.trackCleanup(snapshot.source.close());
    return true;
  }

  /** Reports a failed snapshot after the current call (the caller must not be re-entered). */
  private reportSnapshotFailureLater(): void {
    queueMicrotask(() => {
      if (this.state !== "stopped") this.context.onSnapshotStatus(false);
    });
  }

  private logSourceFailure(error: SnapshotSourceError, what: string): void {
    this.context.logger.warn(
      { file: error.file, offsetBytes: error.offsetBytes, err: error },
      what,
    );
  }

  /**
   * Starts reading the next chunk when the connection is open, no read is in flight and the
   * connection's queued bytes are under the window (onDrain calls again once they drain).
   */
  private pumpSnapshot(): void {
    const connection = this.connection;
    const snapshot = this.snapshot;
    if (this.state !== "open" || connection === undefined || snapshot === undefined) {
      return;
    }
    if (snapshot.reading || snapshot.lastSent) {
      return;
    }
    if (connection.queuedBytes >= this.context.settings.snapshotWindowBytes) {
      return;
    }
    const lengthBytes = Math.min(
      this.context.settings.snapshotChunkBytes,
      snapshot.source.sizeBytes - snapshot.offsetBytes,
    );
    snapshot.reading = true;
    snapshot.source.read(snapshot.offsetBytes, lengthBytes).then(
      (data) => this.handleChunkRead(snapshot, connection, data),
      (error: unknown) => this.handleReadFailure(snapshot, connection, error),
    );
  }

  /** Queues the chunk just read, if its stream and connection are still current. */
  private handleChunkRead(snapshot: OutboundSnapshot, connection: Connection, data: Uint8Array) {
    snapshot.reading = false;
    if (this.snapshot !== snapshot || this.connection !== connection) {
      return; // the stream ended while reading; whoever ended it closed the source
    }
    assert(this.state === "open", "a current snapshot stream on a link that is not open");
    const offsetBytes = snapshot.offsetBytes;
    const endBytes = offsetBytes + data.byteLength;
    const last = endBytes === snapshot.source.sizeBytes;
    snapshot.offsetBytes = endBytes;
    snapshot.lastSent = last;
    connection.send({
      snapshotChunk: {
        streamId: snapshot.streamId,
        offset: offsetBytes,
        data,
        last,
        ...(offsetBytes === 0 ? { message: encodeRaftMessage(snapshot.message) } : {}),
      },
    });
    const stats = this.context.stats;
    stats.snapshotQueuedBytesPeak = Math.max(stats.snapshotQueuedBytesPeak, connection.queuedBytes);
    if (last) {
      // Every byte is read: the descriptor is not needed while the receiver stores the file.
      this.context.trackCleanup(snapshot.source.close());
      return;
    }
    this.pumpSnapshot();
  }

  /** Aborts the stream whose read failed, if it is still current. */
  private handleReadFailure(snapshot: OutboundSnapshot, connection: Connection, error: unknown) {
    snapshot.reading = false;
    if (this.snapshot !== snapshot) {
      return; // the stream already ended (and was reported)
    }
    if (!(error instanceof SnapshotSourceError)) {
      throw error;
    }
    assert(this.connection === connection, "a current snapshot stream on a replaced connection");
    this.endSnapshot();
    this.logSourceFailure(error, "cannot read the snapshot file: stream aborted");
    if (snapshot.offsetBytes > 0) {
      // The receiver holds a partial stream: closing the connection makes it delete the file.
      this.connection = undefined;
      this.state = "idle";
      connection.close("ESNAPSHOTABORT", error.message);
    }
    this.context.onSnapshotStatus(false);
  }
}
