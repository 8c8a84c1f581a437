/**
 * What RaftNode needs from a transport. The TCP transport (src/transport) is adapted to it in
 * tcp-transport.ts; tests use an in-memory network with the same shape.
 */
import type { Message } from "../raft/index.js";

type SnapshotRequest = Extract<Message, { type: 9 }>;

export interface TransportHandlers {
  /** Every inbound Raft message except Snapshot. */
  onRaftMessage(message: Message): void;
  /** A Snapshot message, with its data received whole. */
  onSnapshot(message: SnapshotRequest, data: Uint8Array): void;
  /** The connection to a peer dropped or could not be made (the core probes it again). */
  onPeerUnreachable(peerId: number): void;
  /** An outbound snapshot was received (ok) or failed. */
  onSnapshotStatus(peerId: number, ok: boolean): void;
}

export interface NodeTransport {
  start(): Promise<void>;
  address(): { host: string; port: number };
  /** Sends each message to `message.to`; never blocks, never throws for an unreachable peer. */
  send(messages: readonly Message[]): void;
  addPeer(nodeId: number, address: string): void;
  removePeer(nodeId: number): void;
  stop(): Promise<void>;
}

export type TransportFactory = (handlers: TransportHandlers) => NodeTransport;
