/**
 * One framed connection, dialed or accepted: the frame decoder, the handshake state machine,
 * write batching, timeouts and the close protocol (Goodbye, then close, with a logged reason).
 *
 * Write batching: data frames are appended to `batch` and written with ONE socket write per
 * turn (flushed in a microtask), or at once when the batch reaches `flushBytesEarly`. Data
 * frames enqueued before the handshake completes wait in the batch; handshake frames are
 * written directly.
 *
 * Failures never escape: bad bytes, unexpected frames, a refused handshake, a socket error
 * or a timeout close this connection with a `code` and `reason`, logged once, and
 * `onClosed` reports them to the owner.
 */
import type { Logger } from "pino";
import { decodeEnvelope, type Envelope, type EnvelopeInit } from "../proto/codec/envelope.js";
import { checkU64 } from "../proto/codec/errors.js";
import type { wireTypes } from "../proto/index.js";
import { RuvraftError } from "../util/errors.js";
import { encodeEnvelopeFrame } from "./envelope-frames.js";
import { FrameTooLargeError, ProtocolError } from "./errors.js";
import { FrameDecoder } from "./frame-decoder.js";
import {
  type AcceptorView,
  checkGeneration,
  checkHello,
  checkHelloReply,
  checkPeerAfterGeneration,
  computeProof,
  newNonce,
  proofMatches,
  type Refusal,
} from "./handshake.js";
import { PROTOCOL_VERSION, type TransportSettings } from "./settings.js";
import type { Wire, WireHandlers } from "./socket.js";
import type { Credential, Rights } from "./types.js";

/** Counters shared by all connections of a transport (see TransportStats). */
export interface MutableStats {
  framesSent: number;
  framesReceived: number;
  bytesSent: number;
  bytesReceived: number;
  socketWrites: number;
  droppedFrames: number;
  connectionsRefused: number;
  snapshotQueuedBytesPeak: number;
}

export function newStats(): MutableStats {
  return {
    framesSent: 0,
    framesReceived: 0,
    bytesSent: 0,
    bytesReceived: 0,
    socketWrites: 0,
    droppedFrames: 0,
    connectionsRefused: 0,
    snapshotQueuedBytesPeak: 0,
  };
}

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

export interface HandshakeOptions {
  readonly clusterId: string;
  /** This side's node id; 0 for a client. */
  readonly nodeId: number;
  /**
   * Acceptor: the cluster secret (undefined: none, every connection has admin rights).
   * Dialer: the secret it proves, of the kind `credential` names.
   */
  readonly sharedSecret: string | undefined;
  /** Acceptor: the client secret, which gives client rights only (undefined: none). */
  readonly clientSecret?: string | undefined;
  /** Dialer: which secret `sharedSecret` is (default "cluster"; nodes always use that). */
  readonly credential?: Credential;
  /** Dialer: the node id expected at the other end (0 = any). */
  readonly targetNodeId: number;
  /** Acceptor: whether a node id is currently a peer. */
  readonly isPeer: (id: number) => boolean;
  /** This side's incarnation, sent in Hello / HelloReply (0 for a client). */
  readonly incarnation: number;
  /** This side's cluster generation now (0 for a client; see Hello.generation in raft.proto). */
  readonly generation: () => number;
  /**
   * The other node showed a newer generation: true when this side adopted it (the handshake
   * goes on, and `generation()` returns it from now on), false when it refuses (EGENERATION).
   */
  readonly onNewerGeneration: (nodeId: number, generation: number) => boolean;
  /**
   * The other node presented `incarnation`: the handshake goes on once the returned promise
   * resolves (undefined: at once), and closes (EIO) if it rejects (TransportHandlers
   * .onPeerIdentified). Not called for a client.
   */
  readonly beforeOpen?: (nodeId: number, incarnation: number) => Promise<void> | undefined;
  /**
   * Acceptor: the Hello named `nodeId` (0: a client); a refusal closes the connection (the
   * transport's bounds on client connections). Called once, before the HelloReply.
   */
  readonly admit?: (nodeId: number) => Refusal | undefined;
}

type State =
  | "connecting"
  | "awaiting-hello"
  | "awaiting-reply"
  | "awaiting-proof"
  | "awaiting-welcome"
  | "recording"
  | "open"
  | "closed";

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
  private readonly localNonce = newNonce();
  private remoteNonce: Uint8Array = new Uint8Array(0);
  private wire: Wire | undefined;
  private state: State;
  private remoteNodeIdValue = 0;
  private remoteIncarnationValue = 0;
  /** Acceptor: the dialer's peer check waits for the generations (HelloVerdict). */
  private peerCheckDeferred = false;
  /** The secret both proofs of this handshake use (see HandshakeOptions.sharedSecret). */
  private secretInUse: string | undefined;
  /** Acceptor: the credential the dialer proved (Hello.credential). */
  private remoteCredential: Credential = "cluster";
  private logger: Logger;
  private batch: Buffer[] = [];
  private batchBytesValue = 0;
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
    this.secretInUse = options.handshake.sharedSecret;
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
    return this.remoteNodeIdValue;
  }

  /**
   * What the other side may ask of this one (acceptor; see "Rights" in src/proto/raft.proto):
   * "client" when it proved the client secret, else "admin" (the cluster secret, or no
   * cluster secret configured here).
   */
  get rights(): Rights {
    return this.options.handshake.sharedSecret !== undefined && this.remoteCredential === "client"
      ? "client"
      : "admin";
  }

  /** The incarnation the other side presented in the handshake (0 before, or a client). */
  get remoteIncarnation(): number {
    return this.remoteIncarnationValue;
  }

  /** Bytes queued here or in the socket and not yet handed to the kernel. */
  get queuedBytes(): number {
    return this.batchBytesValue + (this.wire?.writableBytes ?? 0);
  }

  /** Appends an encoded data frame to the batch (sent once the handshake is done). */
  enqueueFrame(frame: Buffer): void {
    if (this.state === "closed") {
      return;
    }
    this.batch.push(frame);
    this.batchBytesValue += frame.byteLength;
    if (this.state !== "open") {
      return;
    }
    if (this.batchBytesValue >= this.options.settings.flushBytesEarly) {
      this.flush();
    } else if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(this.flushCallback);
    }
  }

  send(envelope: EnvelopeInit): void {
    this.enqueueFrame(encodeEnvelopeFrame(envelope));
  }

  /** Writes the batch with one socket write. */
  flush(): void {
    if (this.state !== "open" || this.batch.length === 0 || this.wire === undefined) {
      return;
    }
    const data =
      this.batch.length === 1 ? this.batch[0]! : Buffer.concat(this.batch, this.batchBytesValue);
    this.options.stats.framesSent += this.batch.length;
    this.batch = [];
    this.batchBytesValue = 0;
    this.writeToWire(data);
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
    this.batch = [];
    this.batchBytesValue = 0;
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

  private writeControl(envelope: EnvelopeInit): void {
    this.options.stats.framesSent += 1;
    this.writeToWire(encodeEnvelopeFrame(envelope));
  }

  private writeToWire(data: Buffer): void {
    this.options.stats.socketWrites += 1;
    this.options.stats.bytesSent += data.byteLength;
    this.wire?.write(data);
  }

  private handleConnect(): void {
    if (this.state !== "connecting") {
      return;
    }
    const handshake = this.options.handshake;
    this.state = "awaiting-reply";
    this.writeControl({
      hello: {
        protocolVersion: PROTOCOL_VERSION,
        clusterId: handshake.clusterId,
        nodeId: handshake.nodeId,
        nonce: this.localNonce,
        targetNodeId: handshake.targetNodeId,
        incarnation: handshake.incarnation,
        generation: handshake.generation(),
        credential: handshake.credential === "client" ? 1 : 0,
      },
    });
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
    switch (this.state) {
      case "awaiting-hello":
        this.expect(kind, "hello", () => this.handleHello(envelope.hello!));
        return;
      case "awaiting-reply":
        this.expect(kind, "helloReply", () => this.handleHelloReply(envelope.helloReply!));
        return;
      case "awaiting-proof":
        this.expect(kind, "proof", () => this.handleProof(envelope.proof!));
        return;
      case "awaiting-welcome":
        this.expect(kind, "welcome", () => this.open());
        return;
      case "open":
        if (kind === "hello" || kind === "helloReply" || kind === "proof" || kind === "welcome") {
          throw new ProtocolError(`unexpected ${kind} after the handshake`);
        }
        this.options.events.onEnvelope(envelope);
        return;
      default:
        throw new ProtocolError(`unexpected ${kind} while ${this.state}`);
    }
  }

  private expect(kind: string | undefined, expected: string, handle: () => void): void {
    if (kind !== expected) {
      throw new ProtocolError(`expected ${expected}, got ${kind} (${this.state})`);
    }
    handle();
  }

  private proof(role: "dialer" | "acceptor"): Uint8Array {
    const handshake = this.options.handshake;
    if (this.secretInUse === undefined) {
      return new Uint8Array(0);
    }
    const dialerIsLocal = this.role === "dialer";
    return computeProof({
      secret: this.secretInUse,
      role,
      clusterId: handshake.clusterId,
      dialerNodeId: dialerIsLocal ? handshake.nodeId : this.remoteNodeIdValue,
      acceptorNodeId: dialerIsLocal ? this.remoteNodeIdValue : handshake.nodeId,
      dialerNonce: dialerIsLocal ? this.localNonce : this.remoteNonce,
      acceptorNonce: dialerIsLocal ? this.remoteNonce : this.localNonce,
    });
  }

  private refuse(refusal: Refusal): void {
    this.close(refusal.code, refusal.reason);
  }

  private handleHello(hello: wireTypes.wire.Hello.$Properties): void {
    const handshake = this.options.handshake;
    const verdict = checkHello(hello, this.acceptorView());
    if (!verdict.ok) {
      this.refuse(verdict.refusal);
      return;
    }
    const admission = handshake.admit?.(verdict.nodeId);
    if (admission !== undefined) {
      this.refuse(admission);
      return;
    }
    this.remoteNodeIdValue = verdict.nodeId;
    this.remoteIncarnationValue = verdict.incarnation;
    this.peerCheckDeferred = verdict.peerCheckDeferred;
    this.remoteCredential = verdict.credential;
    if (verdict.credential === "client") this.secretInUse = handshake.clientSecret;
    this.remoteNonce = hello.nonce!;
    this.state = "awaiting-proof";
    this.writeControl({
      helloReply: {
        protocolVersion: PROTOCOL_VERSION,
        clusterId: handshake.clusterId,
        nodeId: handshake.nodeId,
        nonce: this.localNonce,
        proof: this.proof("acceptor"),
        incarnation: handshake.incarnation,
        generation: handshake.generation(),
      },
    });
  }

  private acceptorView(): AcceptorView {
    const handshake = this.options.handshake;
    return {
      clusterId: handshake.clusterId,
      acceptsClientCredential: handshake.clientSecret !== undefined,
      nodeId: handshake.nodeId,
      isPeer: handshake.isPeer,
      generation: handshake.generation(),
    };
  }

  /** checkGeneration against this side's generation now. */
  private generationVerdict(remoteGeneration: number) {
    const handshake = this.options.handshake;
    return checkGeneration(
      handshake.nodeId,
      this.remoteNodeIdValue,
      remoteGeneration,
      handshake.generation(),
      handshake.onNewerGeneration,
    );
  }

  private handleHelloReply(reply: wireTypes.wire.HelloReply.$Properties): void {
    const handshake = this.options.handshake;
    const verdict = checkHelloReply(reply, {
      clusterId: handshake.clusterId,
      targetNodeId: handshake.targetNodeId,
    });
    if (!verdict.ok) {
      this.refuse(verdict.refusal);
      return;
    }
    this.remoteNodeIdValue = verdict.nodeId;
    this.remoteIncarnationValue = verdict.incarnation;
    this.remoteNonce = reply.nonce!;
    if (this.secretInUse !== undefined && !proofMatches(reply.proof, this.proof("acceptor"))) {
      this.refuse({
        code: "EAUTH",
        reason: "the acceptor's secret proof is missing or wrong",
      });
      return;
    }
    // A newer acceptor is adopted or refused here; an older (or equal) one decides on the
    // generation in our HelloProof (it may adopt ours, or refuses with EGENERATION).
    if (verdict.generation > handshake.generation()) {
      const generation = this.generationVerdict(verdict.generation);
      if (!generation.ok) {
        this.refuse(generation.refusal);
        return;
      }
    }
    this.afterRecording(() => {
      this.state = "awaiting-welcome";
      this.writeControl({
        proof: { proof: this.proof("dialer"), generation: handshake.generation() },
      });
    });
  }

  /**
   * Runs `next` once HandshakeOptions.beforeOpen has recorded the other node's incarnation,
   * in state "recording" meanwhile (the other side sends nothing until `next` does: any frame
   * then is a protocol error).
   */
  private afterRecording(next: () => void): void {
    const pending =
      this.remoteNodeIdValue === 0
        ? undefined
        : this.options.handshake.beforeOpen?.(this.remoteNodeIdValue, this.remoteIncarnationValue);
    if (pending === undefined) {
      next();
      return;
    }
    this.state = "recording";
    pending.then(
      () => {
        if (this.state === "recording") next();
      },
      (error: unknown) => {
        if (this.state === "recording") {
          this.close("EIO", `could not record the peer's incarnation: ${(error as Error).message}`);
        }
      },
    );
  }

  private handleProof(proof: wireTypes.wire.HelloProof.$Properties): void {
    if (this.secretInUse !== undefined && !proofMatches(proof.proof, this.proof("dialer"))) {
      this.refuse({
        code: "EAUTH",
        reason: "the dialer's secret proof is missing or wrong",
      });
      return;
    }
    const generation = this.generationVerdict(checkU64(proof.generation, "proof.generation"));
    if (!generation.ok) {
      this.refuse(generation.refusal);
      return;
    }
    if (this.peerCheckDeferred) {
      const peer = checkPeerAfterGeneration(this.remoteNodeIdValue, this.acceptorView());
      if (!peer.ok) {
        this.refuse(peer.refusal);
        return;
      }
    }
    this.afterRecording(() => {
      this.writeControl({ welcome: {} });
      this.open();
    });
  }

  private open(): void {
    this.state = "open";
    clearTimeout(this.handshakeTimer);
    this.logger = this.logger.child({ remoteNodeId: this.remoteNodeIdValue });
    this.logger.debug("connection open");
    this.options.events.onOpen(this.remoteNodeIdValue);
    this.flush();
  }
}
