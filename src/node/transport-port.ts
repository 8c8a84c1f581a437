/**
 * What RaftNode needs from a transport. The TCP transport (src/transport) is adapted to it in
 * tcp-transport.ts; tests use an in-memory network with the same shape.
 */
import type { Message, SnapshotRequest } from "../raft/index.js";
import type { TransportStats } from "../transport/index.js";

export interface NodeTransportHandlers {
  /**
   * Every inbound Raft message except Snapshot, with the incarnation its sender presented
   * (the sender's data directory; src/raft/incarnation.ts filters messages by it).
   */
  onRaftMessage(message: Message, fromIncarnation: number): void;
  /**
   * A Snapshot message whose data (a snapshot file, segments/FORMAT.md) arrived whole in
   * `file`, on the node's file system; `message.snapshot.data` is empty. The node owns the
   * file from now on (it moves it into its snapshot store or deletes it). Resolves once the
   * node has checked it: true when the core got the message (the sender is acknowledged then).
   * `streamMs`: how long the transport took to receive it, when it says (for metrics).
   */
  onSnapshot(
    message: SnapshotRequest,
    file: string,
    fromIncarnation: number,
    streamMs?: number,
  ): Promise<boolean>;
  /** The connection to a peer dropped or could not be made (the core probes it again). */
  onPeerUnreachable(peerId: number): void;
  /** An outbound snapshot was received (ok) or failed. */
  onSnapshotStatus(peerId: number, ok: boolean): void;
  /**
   * A peer showed a newer cluster generation in a handshake: true when the node adopted it
   * (the transport uses it from then on), false when it refused (it stops: abandoned). A
   * transport without handshakes (the in-memory test networks) never calls it.
   */
  onNewerGeneration(peerId: number, generation: number): boolean;
  /**
   * A peer's handshake showed `incarnation`; the connection opens (on both sides) only once
   * the returned promise resolves (undefined: at once). A founding node records the disk of
   * each founder durably here (src/node/founding.ts). A transport without handshakes (the
   * in-memory test networks) never calls it.
   */
  onPeerIdentified(peerId: number, incarnation: number): Promise<void> | undefined;
}

export interface NodeTransport {
  start(): Promise<void>;
  address(): { host: string; port: number };
  /**
   * Sends each message to `message.to`; never blocks, never throws for an unreachable peer.
   * Never given a Snapshot message: those go through sendSnapshot.
   */
  send(messages: readonly Message[]): void;
  /**
   * Writes what send() queued now rather than at the end of the turn (a transport that
   * batches a turn's frames into one write per peer; others leave it out). The node flushes a
   * Ready's messages before it applies, so the followers' writes start before the leader's
   * apply and answers.
   */
  flush?(): void;
  /**
   * The transport's counters since it started (frames, bytes and socket writes, dropped
   * frames, refused connections); a transport without counters (the in-memory test networks,
   * the simulator) leaves it out.
   */
  stats?(): TransportStats;
  /**
   * Streams the snapshot file `file` to `message.to` as the message's data, reading it chunk
   * by chunk (it is opened at once: a later deletion of the path does not matter). The
   * outcome comes back through onSnapshotStatus.
   */
  sendSnapshot(message: SnapshotRequest, file: string): void;
  addPeer(nodeId: number, address: string): void;
  removePeer(nodeId: number): void;
  /**
   * The incarnation `nodeId` presented in the handshake of a connection that is open now, if
   * any.
   */
  peerIncarnation(nodeId: number): number | undefined;
  /** Dials `nodeId` when no connection to it is open or being made (nothing else to send). */
  connect(nodeId: number): void;
  stop(): Promise<void>;
}

/** What the node tells its transport about itself once its data directory is open. */
export interface NodeIdentity {
  /** The data directory's incarnation, sent in the handshake. */
  readonly incarnation: number;
  /** The cluster generation the node runs (docs/architecture.md, "Cluster generations"). */
  readonly generation: number;
}

export type TransportFactory = (
  handlers: NodeTransportHandlers,
  identity: NodeIdentity,
) => NodeTransport;
