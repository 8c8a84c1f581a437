/**
 * A connection's side of the handshake (the protocol is at the top of src/proto/raft.proto):
 * the steps each role takes on the other side's Hello, HelloReply, HelloProof and Welcome, and
 * what the handshake learns (the other node's id, incarnation and rights). The decisions are
 * handshake.ts's, without I/O; the frames go out and the states change through the
 * connection (`HandshakeHost`, connection.ts), which owns the socket.
 */
import type { Envelope, EnvelopeInit } from "../proto/codec/envelope.js";
import { checkU64 } from "../proto/codec/errors.js";
import type { wireTypes } from "../proto/index.js";
import { ProtocolError } from "./errors.js";
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
  type Role,
} from "./handshake.js";
import { PROTOCOL_VERSION } from "./settings.js";
import type { Credential, Rights } from "./types.js";

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

/** The states of a connection before it is open. */
export type HandshakeState =
  | "connecting"
  | "awaiting-hello"
  | "awaiting-reply"
  | "awaiting-proof"
  | "awaiting-welcome"
  | "recording";

export type ConnectionState = HandshakeState | "open" | "closed";

/** What the handshake does to its connection. */
export interface HandshakeHost {
  state(): ConnectionState;
  enter(state: HandshakeState): void;
  /** Writes a handshake frame at once (data frames wait for `open`). */
  writeControl(envelope: EnvelopeInit): void;
  /** Closes the connection (a refusal, or the peer could not be recorded). */
  close(code: string, reason: string): void;
  /** The handshake completed. */
  open(): void;
}

export class Handshake {
  private readonly localNonce = newNonce();
  private remoteNonce: Uint8Array = new Uint8Array(0);
  private remoteNodeIdValue = 0;
  private remoteIncarnationValue = 0;
  /** Acceptor: the dialer's peer check waits for the generations (HelloVerdict). */
  private peerCheckDeferred = false;
  /** The secret both proofs of this handshake use (see HandshakeOptions.sharedSecret). */
  private secretInUse: string | undefined;
  /** Acceptor: the credential the dialer proved (Hello.credential). */
  private remoteCredential: Credential = "cluster";

  constructor(
    private readonly role: Role,
    private readonly options: HandshakeOptions,
    private readonly host: HandshakeHost,
  ) {
    this.secretInUse = options.sharedSecret;
  }

  /** The other side's node id (0 before the Hello or HelloReply names it, or a client). */
  get remoteNodeId(): number {
    return this.remoteNodeIdValue;
  }

  /** The incarnation the other side presented (0 before, or a client). */
  get remoteIncarnation(): number {
    return this.remoteIncarnationValue;
  }

  /** See Connection.rights. */
  get rights(): Rights {
    return this.options.sharedSecret !== undefined && this.remoteCredential === "client"
      ? "client"
      : "admin";
  }

  /** Dialer: the socket connected; sends the Hello. */
  start(): void {
    const options = this.options;
    this.host.enter("awaiting-reply");
    this.host.writeControl({
      hello: {
        protocolVersion: PROTOCOL_VERSION,
        clusterId: options.clusterId,
        nodeId: options.nodeId,
        nonce: this.localNonce,
        targetNodeId: options.targetNodeId,
        incarnation: options.incarnation,
        generation: options.generation(),
        credential: options.credential === "client" ? 1 : 0,
      },
    });
  }

  /** A frame before the connection is open (a Goodbye is the connection's). */
  receive(envelope: Envelope): void {
    const kind = envelope.kind;
    switch (this.host.state()) {
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
        this.expect(kind, "welcome", () => this.host.open());
        return;
      default:
        throw new ProtocolError(`unexpected ${kind} while ${this.host.state()}`);
    }
  }

  private expect(kind: string | undefined, expected: string, handle: () => void): void {
    if (kind !== expected) {
      throw new ProtocolError(`expected ${expected}, got ${kind} (${this.host.state()})`);
    }
    handle();
  }

  private proof(role: Role): Uint8Array {
    const options = this.options;
    if (this.secretInUse === undefined) {
      return new Uint8Array(0);
    }
    const dialerIsLocal = this.role === "dialer";
    return computeProof({
      secret: this.secretInUse,
      role,
      clusterId: options.clusterId,
      dialerNodeId: dialerIsLocal ? options.nodeId : this.remoteNodeIdValue,
      acceptorNodeId: dialerIsLocal ? this.remoteNodeIdValue : options.nodeId,
      dialerNonce: dialerIsLocal ? this.localNonce : this.remoteNonce,
      acceptorNonce: dialerIsLocal ? this.remoteNonce : this.localNonce,
    });
  }

  private refuse(refusal: Refusal): void {
    this.host.close(refusal.code, refusal.reason);
  }

  private handleHello(hello: wireTypes.wire.Hello.$Properties): void {
    const options = this.options;
    const verdict = checkHello(hello, this.acceptorView());
    if (!verdict.ok) {
      this.refuse(verdict.refusal);
      return;
    }
    const admission = options.admit?.(verdict.nodeId);
    if (admission !== undefined) {
      this.refuse(admission);
      return;
    }
    this.remoteNodeIdValue = verdict.nodeId;
    this.remoteIncarnationValue = verdict.incarnation;
    this.peerCheckDeferred = verdict.peerCheckDeferred;
    this.remoteCredential = verdict.credential;
    if (verdict.credential === "client") this.secretInUse = options.clientSecret;
    this.remoteNonce = hello.nonce!;
    this.host.enter("awaiting-proof");
    this.host.writeControl({
      helloReply: {
        protocolVersion: PROTOCOL_VERSION,
        clusterId: options.clusterId,
        nodeId: options.nodeId,
        nonce: this.localNonce,
        proof: this.proof("acceptor"),
        incarnation: options.incarnation,
        generation: options.generation(),
      },
    });
  }

  private acceptorView(): AcceptorView {
    const options = this.options;
    return {
      clusterId: options.clusterId,
      acceptsClientCredential: options.clientSecret !== undefined,
      nodeId: options.nodeId,
      isPeer: options.isPeer,
      generation: options.generation(),
    };
  }

  /** checkGeneration against this side's generation now. */
  private generationVerdict(remoteGeneration: number) {
    const options = this.options;
    return checkGeneration(
      options.nodeId,
      this.remoteNodeIdValue,
      remoteGeneration,
      options.generation(),
      options.onNewerGeneration,
    );
  }

  private handleHelloReply(reply: wireTypes.wire.HelloReply.$Properties): void {
    const options = this.options;
    const verdict = checkHelloReply(reply, {
      clusterId: options.clusterId,
      targetNodeId: options.targetNodeId,
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
    if (verdict.generation > options.generation()) {
      const generation = this.generationVerdict(verdict.generation);
      if (!generation.ok) {
        this.refuse(generation.refusal);
        return;
      }
    }
    this.afterRecording(() => {
      this.host.enter("awaiting-welcome");
      this.host.writeControl({
        proof: { proof: this.proof("dialer"), generation: options.generation() },
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
        : this.options.beforeOpen?.(this.remoteNodeIdValue, this.remoteIncarnationValue);
    if (pending === undefined) {
      next();
      return;
    }
    this.host.enter("recording");
    pending.then(
      () => {
        if (this.host.state() === "recording") next();
      },
      (error: unknown) => {
        if (this.host.state() === "recording") {
          this.host.close(
            "EIO",
            `could not record the peer's incarnation: ${(error as Error).message}`,
          );
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
      this.host.writeControl({ welcome: {} });
      this.host.open();
    });
  }
}
