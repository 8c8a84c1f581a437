/**
 * One framed connection, dialed or accepted: the frame decoder, the write queue, timeouts and
 * the close protocol (Goodbye, then close, with a logged reason); the handshake's steps are
 * connection-handshake.ts's.
 *
 * Write batching: data frames are queued in `batch` (write-batch.ts) and written with ONE
 * socket write per turn (flushed in a microtask), or at once when the batch reaches
 * `flushBytesEarly`. Data frames enqueued before the handshake completes wait in the batch;
 * handshake frames are written directly.
 *
 * Failures never escape: bad bytes, unexpected frames, a refused handshake, a socket error
 * or a timeout close this connection with a `code` and `reason`, logged once, and
 * `onClosed` reports them to the owner.
 */
import type { Logger } from "pino";
import {
  decodeEnvelope,
  type Envelope,
  type EnvelopeInit,
  encodeEnvelope,
} from "../proto/codec/envelope.js";
import { RuvraftError } from "../util/errors.js";
import { type ConnectionState, Handshake, type HandshakeOptions } from "./connection-handshake.js";
import { encodeEnvelopeFrame } from "./envelope-frames.js";
import { FrameTooLargeError, ProtocolError } from "./errors.js";
import { FrameDecoder, frameHeader } from "./frame-decoder.js";
import type { TransportSettings } from "./settings.js";
import type { Wire, WireHandlers } from "./socket.js";
import type { MutableStats } from "./stats.js";
import type { Rights } from "./types.js";
import { WriteBatch } from "./write-batch.js";

/** Codes of a normal close (logged at info); every other code is logged as a warning. */
const ORDINARY_CLOSE_CODES = new Set(["ESHUTDOWN", "EIDLE", "EREMOVED", "ECLOSED", "EDONE"]);
/** How long a closing socket may linger after our FIN before it is destroyed. */
const CLOSE_GRACE_MS = 1_000;

export interface CloseInfo {
  readonly code: string;
  readonly reason: string;
  /** The other side sent the Goodbye (or closed the socket). */
  readonly byRemote: boolean;
  /** The handshake had completed. */
  readonly wasOpen: boolean;
}

export interface ConnectionEvents {
  /** The handshake completed; `remoteNodeId` is 0 for a client. */
  onOpen(remoteNodeId: number): void;
  /** A data frame after the handshake. Throwing a RuvraftError closes the connection. */
  onEnvelope(envelope: Envelope): void;
  /** The socket can take more bytes (after a backed-up write). */
  onDrain(): void;
  /** Once, when the connection is gone. */
  onClosed(info: CloseInfo): void;
}

export interface ConnectionOptions {
  readonly role: "dialer" | "acceptor";
  readonly handshake: HandshakeOptions;
  readonly settings: TransportSettings;
  readonly stats: MutableStats;
  readonly logger: Logger;
  readonly events: ConnectionEvents;
}

export class Connection {
  readonly role: "dialer" | "acceptor";
  private readonly options: ConnectionOptions;
  private readonly decoder: FrameDecoder;
  private readonly handshake: Handshake;
  private wire: Wire | undefined;
  private state: ConnectionState;
  private logger: Logger;
  private readonly batch = new WriteBatch();
  private flushScheduled = false;
  private handshakeTimer: NodeJS.Timeout | undefined;
  private readonly flushCallback = () => {
    this.flushScheduled = false;
    this.flush();
  };

  constructor(options: ConnectionOptions) {
    this.options = options;
    this.role = options.role;
    this.decoder = new FrameDecoder(options.settings.frameBytesMax);
    this.state = options.role === "dialer" ? "connecting" : "awaiting-hello";
    this.logger = options.logger;
    this.handshake = new Handshake(options.role, options.handshake, {
      state: () => this.state,
      enter: (state) => {
        this.state = state;
      },
      writeControl: (envelope) => this.writeControl(envelope),
      close: (code, reason) => this.close(code, reason),
      open: () => this.open(),
    });
  }

  /** Wire callbacks; pass them to `dial` or `accept`, then call `attach` with the Wire. */
  readonly wireHandlers: WireHandlers = {
    onConnect: () => this.handleConnect(),
    onData: (chunk) => this.handleData(chunk),
    onDrain: () => this.options.events.onDrain(),
    onClose: (error) => this.handleSocketClose(error),
    onIdle: () => this.close("EIDLE", "idle timeout"),
  };

  attach(wire: Wire): void {
    this.wire = wire;
    this.logger = this.logger.child({ remote: wire.remoteAddress });
    wire.setIdleTimeout(this.options.settings.idleTimeoutMs);
    this.handshakeTimer = setTimeout(
      () => this.close("ETIMEOUT", "handshake did not complete in time"),
      this.options.settings.handshakeTimeoutMs,
    );
    this.handshakeTimer.unref();
  }

  get isOpen(): boolean {
    return this.state === "open";
  }

  get isClosed(): boolean {
    return this.state === "closed";
  }

  get remoteNodeId(): number {
    return this.handshake.remoteNodeId;
  }

  /**
   * What the other side may ask of this one (acceptor; see "Rights" in src/proto/raft.proto):
   * "client" when it proved the client secret, else "admin" (the cluster secret, or no
   * cluster secret configured here).
   */
  get rights(): Rights {
    return this.handshake.rights;
  }

  /** The incarnation the other side presented in the handshake (0 before, or a client). */
  get remoteIncarnation(): number {
    return this.handshake.remoteIncarnation;
  }

  /** Bytes queued here or in the socket and not yet handed to the kernel. */
  get queuedBytes(): number {
    return this.batch.bytes + (this.wire?.writableBytes ?? 0);
  }

  /** Queues an encoded data frame (sent once the handshake is done). */
  enqueueFrame(frame: Buffer): void {
    if (this.state === "closed") {
      return;
    }
    this.batch.pushFrame(frame);
    this.afterEnqueue();
  }

  /**
   * Queues a data frame of `envelope` (sent once the handshake is done): the encoder's bytes
   * behind their own header, neither copied.
   */
  send(envelope: EnvelopeInit): void {
    if (this.state === "closed") {
      return;
    }
    const payload = encodeEnvelope(envelope);
    this.batch.pushParts(frameHeader(payload.byteLength), payload);
    this.afterEnqueue();
  }

  private afterEnqueue(): void {
    if (this.state !== "open") {
      return;
    }
    if (this.batch.bytes >= this.options.settings.flushBytesEarly) {
      this.flush();
    } else if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(this.flushCallback);
    }
  }

  /** Writes the batch with one socket write. */
  flush(): void {
    if (this.state !== "open" || this.batch.frames === 0 || this.wire === undefined) {
      return;
    }
    const stats = this.options.stats;
    stats.framesSent += this.batch.frames;
    stats.socketWrites += 1;
    stats.bytesSent += this.batch.bytes;
    this.wire.writeAll(this.batch.take());
  }

  pauseReading(): void {
    this.wire?.pause();
  }

  resumeReading(): void {
    this.wire?.resume();
  }

  /**
   * Closes with a Goodbye carrying `code` and `reason` (flushing the batch first when open),
   * logs why, and reports `onClosed`. Idempotent.
   */
  close(code: string, reason: string): void {
    if (this.state === "closed") {
      return;
    }
    const connecting = this.state === "connecting";
    this.flush();
    if (this.wire !== undefined && !connecting) {
      this.writeControl({ goodbye: { code, reason } });
    }
    this.finish({ code, reason, byRemote: false, wasOpen: this.state === "open" });
    if (connecting) {
      this.wire?.destroy();
    } else {
      this.wire?.end(CLOSE_GRACE_MS);
    }
  }

  private finish(info: CloseInfo): void {
    if (this.state === "closed") {
      return;
    }
    this.state = "closed";
    clearTimeout(this.handshakeTimer);
    this.batch.clear();
    const fields = { code: info.code, reason: info.reason, by: info.byRemote ? "remote" : "local" };
    if (info.code === "ETOOMANY") {
      // A bound on client connections: the transport logs these at most every 10 s.
      this.logger.debug(fields, "connection closed");
    } else if (ORDINARY_CLOSE_CODES.has(info.code)) {
      this.logger.info(fields, "connection closed");
    } else {
      this.logger.warn(fields, "connection closed");
    }
    if (!info.byRemote && this.role === "acceptor" && !ORDINARY_CLOSE_CODES.has(info.code)) {
      this.options.stats.connectionsRefused += 1;
    }
    this.options.events.onClosed(info);
  }

  /** Writes a handshake (or Goodbye) frame at once, ahead of the batch. */
  private writeControl(envelope: EnvelopeInit): void {
    const frame = encodeEnvelopeFrame(envelope);
    const stats = this.options.stats;
    stats.framesSent += 1;
    stats.socketWrites += 1;
    stats.bytesSent += frame.byteLength;
    this.wire?.write(frame);
  }

  private handleConnect(): void {
    if (this.state !== "connecting") {
      return;
    }
    this.handshake.start();
  }

  private handleSocketClose(error: Error | undefined): void {
    const reason = error === undefined ? "socket closed by the remote" : error.message;
    const code = error === undefined ? "ECLOSED" : ((error as { code?: string }).code ?? "EIO");
    this.finish({ code, reason, byRemote: true, wasOpen: this.state === "open" });
  }

  private handleData(chunk: Buffer): void {
    if (this.state === "closed") {
      return;
    }
    this.options.stats.bytesReceived += chunk.byteLength;
    let frames: Uint8Array[];
    try {
      frames = this.decoder.push(chunk);
    } catch (error) {
      if (error instanceof FrameTooLargeError) {
        this.close("EFRAMETOOLARGE", error.message);
        return;
      }
      throw error;
    }
    for (const frame of frames) {
      if (this.isClosed) {
        return;
      }
      this.options.stats.framesReceived += 1;
      try {
        this.handleFrame(decodeEnvelope(frame));
      } catch (error) {
        if (!(error instanceof RuvraftError)) {
          throw error;
        }
        this.close(error.code === "EHANDSHAKE" ? "EPROTOCOL" : error.code, error.message);
      }
    }
  }

  private handleFrame(envelope: Envelope): void {
    const kind = envelope.kind;
    if (kind === "goodbye") {
      const goodbye = envelope.goodbye;
      const wasOpen = this.state === "open";
      this.finish({
        code: goodbye?.code || "ECLOSED",
        reason: `remote said goodbye: ${goodbye?.reason ?? ""}`,
        byRemote: true,
        wasOpen,
      });
      this.wire?.destroy();
      return;
    }
    if (this.state !== "open") {
      this.handshake.receive(envelope);
      return;
    }
    if (kind === "hello" || kind === "helloReply" || kind === "proof" || kind === "welcome") {
      throw new ProtocolError(`unexpected ${kind} after the handshake`);
    }
    this.options.events.onEnvelope(envelope);
  }

  private open(): void {
    this.state = "open";
    clearTimeout(this.handshakeTimer);
    this.logger = this.logger.child({ remoteNodeId: this.handshake.remoteNodeId });
    this.logger.debug("connection open");
    this.options.events.onOpen(this.handshake.remoteNodeId);
    this.flush();
  }
}
