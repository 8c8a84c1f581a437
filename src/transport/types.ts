/** Configuration, callbacks and client message types of the transport (see index.ts). */
import type { Logger } from "pino";
import type { wireTypes } from "../proto/index.js";
import type { Message, SnapshotRequest } from "../raft/types.js";

/**
 * Which secret a dialer proves (Hello.credential in raft.proto): the cluster secret (nodes,
 * administrators) or the client secret (client rights only).
 */
export type Credential = "cluster" | "client";

/** What a connection may ask of a node (see "Rights" at the top of src/proto/raft.proto). */
export type Rights = "admin" | "client";

/** Files for mutual TLS: this node's certificate and key, and the CA that signs everyone's. */
export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
  readonly caFile: string;
}

export interface TransportConfig {
  /** This node's id (>= 1). */
  readonly nodeId: number;
  /** This node's data-directory incarnation, sent in the handshake; default 0. */
  readonly incarnation?: number;
  /**
   * This node's cluster generation, sent in the handshake; default 0. Nodes of different
   * generations never open a connection (see Hello.generation in src/proto/raft.proto).
   */
  readonly generation?: number;
  readonly clusterId: string;
  readonly listenHost: string;
  /** 0 = OS-assigned (read it back with `address()`). */
  readonly listenPort: number;
  /** Peer id -> "host:port", not including this node. */
  readonly peers: ReadonlyMap<number, string>;
  /**
   * The cluster secret: when set, both sides prove knowledge of it in the handshake
   * (HMAC-SHA256), and it gives a client admin rights (see "Rights" in src/proto/raft.proto).
   */
  readonly sharedSecret?: string;
  /** A client secret (only with `sharedSecret`): clients proving it get client rights only. */
  readonly clientSecret?: string;
  /** When set, every connection uses mutual TLS. */
  readonly tls?: TlsFiles;
  /** Largest frame accepted or sent; default 64 MiB. */
  readonly frameBytesMax?: number;
  /** Per-peer bound on queued outbound bytes; default 64 MiB. */
  readonly sendQueueBytesMax?: number;
  /** A connection with no traffic either way for this long is closed; default 30_000. */
  readonly idleTimeoutMs?: number;
  /** A connection whose handshake has not completed within this is closed; default 5_000. */
  readonly handshakeTimeoutMs?: number;
  /** Reconnect backoff: full jitter in [0, min(max, min * 2^attempt)]; defaults 50 / 2000. */
  readonly reconnectDelayMsMin?: number;
  readonly reconnectDelayMsMax?: number;
  /**
   * Snapshot data bytes per SnapshotChunk frame, and per read of a snapshot file; default
   * 1 MiB. At most one read per stream is in flight, and reads wait while 4 MiB (the snapshot
   * window) is queued to the peer.
   */
  readonly snapshotChunkBytes?: number;
  /**
   * Client connections allowed at once, and, apart, inbound connections before their Hello;
   * default 4096 (more are closed, and logged at most every 10 s). Peers do not count once
   * their Hello names them.
   */
  readonly inboundConnectionsMax?: number;
  /** Client connections from one remote address; default 256 (more get Goodbye ETOOMANY). */
  readonly clientConnectionsPerAddressMax?: number;
  /**
   * Where incoming snapshot temporary and completed files go (created if missing). It belongs
   * to the transport: the files of ours left in it (temporary, or completed but never taken
   * over by the node) are deleted at start.
   */
  readonly snapshotDirectory: string;
  readonly logger: Logger;
  /** Random source in [0, 1) for backoff jitter; default Math.random. */
  readonly random?: () => number;
}

/** Client request as sent (`request_id` assigned by ClientConnection). */
export type ClientRequest = wireTypes.wire.ClientRequest.$Properties;
/** Client response: exactly one of ok / error / status / members is set. */
export type ClientResponse = wireTypes.wire.ClientResponse.$Properties;

export interface TransportHandlers {
  /**
   * Every inbound Raft message except Snapshot, after validation, with the incarnation the
   * sender presented in its connection's handshake (for the core's rules,
   * src/raft/incarnation.ts).
   */
  onRaftMessage(message: Message, fromIncarnation: number): void;
  /**
   * A Snapshot arrived whole. Its data is in `dataFile` (already fsync'd and renamed into
   * `snapshotDirectory`): exactly the bytes the sender streamed, for RaftNode a complete
   * snapshot file that the node verifies with its own checksums. `message.snapshot.data` is
   * empty. The node owns the file from now on (it must move or delete it); one still there at
   * the transport's next start is deleted as stale. Returns (or resolves with) whether the
   * node accepted it; the sender gets its SnapshotAck only then, so that a node checking the
   * file first has stepped the message before the sender's core moves on. `streamMs`: how
   * long the stream took, from its first chunk to the file stored.
   */
  onSnapshot(
    message: SnapshotRequest,
    dataFile: string,
    fromIncarnation: number,
    streamMs: number,
  ): boolean | Promise<boolean>;
  /** The outbound connection to the peer dropped, could not connect, or its queue overflowed. */
  onPeerUnreachable(peerId: number): void;
  /**
   * Once per outbound snapshot (`send` or `sendSnapshot`): the receiver stored it (ok), or it
   * failed (the peer is unknown, the connection dropped, the file could not be opened or read,
   * another snapshot to the peer was streaming, the receiver could not store it, or the
   * stream was cut short by `removePeer` or by `addPeer` with a new address). Not called after
   * the transport stops.
   */
  onSnapshotStatus(peerId: number, ok: boolean): void;
  /**
   * A node showed a newer cluster generation in a handshake (its secret proof checked): return
   * true to adopt it (the transport uses it from now on and the handshake goes on), false to
   * refuse the connection with EGENERATION. Without this handler every newer one is refused.
   */
  onNewerGeneration?(nodeId: number, generation: number): boolean;
  /**
   * A peer's handshake showed `incarnation` (its data directory); the connection opens, on
   * both sides, only after the returned promise resolves (undefined: at once). The dialer
   * waits before its HelloProof, the acceptor before its Welcome, so when either side sees the
   * connection open, both sides' promises have resolved. A rejection closes the connection.
   */
  onPeerIdentified?(nodeId: number, incarnation: number): Promise<void> | undefined;
  /**
   * A client request, from a connection with `rights` (see "Rights" in src/proto/raft.proto);
   * call `reply` exactly once (a reply after the connection closed is dropped).
   */
  onClientRequest(
    request: ClientRequest,
    reply: (response: ClientResponse) => void,
    rights: Rights,
  ): void;
}

export interface TransportStats {
  /** Frames handed to sockets (handshake and data). */
  readonly framesSent: number;
  /** Frames decoded from sockets. */
  readonly framesReceived: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** socket.write calls (each carries one batch of frames). */
  readonly socketWrites: number;
  /** Frames dropped because a peer's send queue was full (or the peer unknown). */
  readonly droppedFrames: number;
  /** Inbound connections refused in the handshake or closed for bad input. */
  readonly connectionsRefused: number;
  /**
   * The most bytes a peer connection had queued (batch plus socket buffer) right after a
   * snapshot chunk was queued on it. The pump keeps the snapshot data in it below the
   * snapshot window (4 MiB) plus one chunk frame; Raft frames queued meanwhile add to it.
   */
  readonly snapshotQueuedBytesPeak: number;
}
