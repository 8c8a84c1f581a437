/**
 * TcpTransport: the listener and inbound connections (Raft messages, snapshot streams and
 * client requests in), and one PeerLink per peer (Raft messages and snapshots out: `send`
 * streams a Snapshot message's data from memory, `sendSnapshot` from a file, chunk by chunk).
 * See src/proto/raft.proto for the protocol and index.ts for the public surface.
 */
import { mkdir } from "node:fs/promises";
import type { Logger } from "pino";
import type { Envelope } from "../proto/codec/envelope.js";
import { checkU64 } from "../proto/codec/errors.js";
import { type Message, MessageType, type SnapshotRequest } from "../raft/types.js";
import { assert } from "../util/assert.js";
import { InvalidArgumentError } from "../util/errors.js";
import { ClientRequestQueue } from "./client-requests.js";
import { Connection } from "./connection.js";
import type { HandshakeOptions } from "./connection-handshake.js";
import { encodeRaftFrame } from "./envelope-frames.js";
import { ProtocolError } from "./errors.js";
import type { Refusal } from "./handshake.js";
import { PeerLink } from "./peer.js";
import { RateLimitedWarning } from "./rate-limited-warning.js";
import { resolveSettings, type TransportSettings } from "./settings.js";
import { removeStaleSnapshotFiles, SnapshotReceiver } from "./snapshot-receiver.js";
import { memorySnapshotSource, openFileSnapshotSource } from "./snapshot-source.js";
import {
  dial,
  type Listener,
  listen,
  loadTlsMaterial,
  parseAddress,
  type TlsMaterial,
} from "./socket.js";
import { type MutableStats, newStats } from "./stats.js";
import type { TransportConfig, TransportHandlers, TransportStats } from "./types.js";

interface Inbound {
  readonly connection: Connection;
  receiver: SnapshotReceiver | undefined;
  /** The remote IP address (without the port), for the per-address client bound. */
  remoteHost: string;
  /** Until its Hello, a connection is "handshaking"; then a "client" or a "peer". */
  kind: "handshaking" | "client" | "peer";
}

/** The host of "host:port" (an IPv6 host keeps its colons). */
function hostOf(address: string): string {
  const colon = address.lastIndexOf(":");
  return colon === -1 ? address : address.slice(0, colon);
}

export class TcpTransport {
  private readonly config: TransportConfig;
  private readonly handlers: TransportHandlers;
  private readonly settings: TransportSettings;
  private readonly logger: Logger;
  private readonly statsValue: MutableStats = newStats();
  private readonly peers = new Map<number, string>();
  private readonly links = new Map<number, PeerLink>();
  private readonly inbound = new Set<Inbound>();
  /** Client requests, answered at the end of their turn (client-requests.ts). */
  private readonly clientRequests: ClientRequestQueue;
  /** Inbound connections before their Hello (bounded by inboundConnectionsMax). */
  private handshaking = 0;
  /** Client connections (bounded by inboundConnectionsMax, and per address). */
  private clients = 0;
  /** Client connections per remote host (bounded by clientConnectionsPerAddressMax). */
  private readonly clientsPerHost = new Map<string, number>();
  private readonly inboundFull: RateLimitedWarning;
  private readonly clientsFull: RateLimitedWarning;
  /** Each peer's incarnation, from its open identified connections (see peerIncarnation). */
  private readonly peerIncarnations = new Map<number, number>();
  private readonly identifiedConnections = new Map<number, Set<Connection>>();
  /** Cleanups of snapshot streams (partial files, open sources), awaited by stop(). */
  private readonly pendingCleanups = new Set<Promise<void>>();
  private tlsMaterial: TlsMaterial | undefined;
  private listener: Listener | undefined;
  private state: "new" | "running" | "stopped" = "new";
  /** This node's cluster generation: the configured one, or a newer one it adopted. */
  private generation: number;

  constructor(config: TransportConfig, handlers: TransportHandlers) {
    if (!Number.isSafeInteger(config.nodeId) || config.nodeId <= 0) {
      throw new InvalidArgumentError(`transport nodeId must be >= 1, got ${config.nodeId}`);
    }
    this.config = config;
    this.handlers = handlers;
    this.clientRequests = new ClientRequestQueue(
      (request, reply, rights) => handlers.onClientRequest(request, reply, rights),
      () => this.state === "running",
    );
    this.generation = config.generation ?? 0;
    this.settings = resolveSettings(config);
    this.logger = config.logger.child({ component: "transport", nodeId: config.nodeId });
    const logger = this.logger;
    this.inboundFull = new RateLimitedWarning((fields) =>
      logger.warn(fields, "too many inbound connections in their handshake: closing new ones"),
    );
    this.clientsFull = new RateLimitedWarning((fields) =>
      logger.warn(fields, "too many client connections: refusing new ones"),
    );
    for (const [id, address] of config.peers) {
      this.checkPeer(id, address);
      this.peers.set(id, address);
    }
  }

  async start(): Promise<void> {
    assert(this.state === "new", "TcpTransport.start called twice");
    await mkdir(this.config.snapshotDirectory, { recursive: true });
    const removed = await removeStaleSnapshotFiles(this.config.snapshotDirectory);
    if (removed > 0) {
      this.logger.info(
        { removed, directory: this.config.snapshotDirectory },
        "removed stale received snapshot files",
      );
    }
    this.tlsMaterial = this.config.tls === undefined ? undefined : loadTlsMaterial(this.config.tls);
    this.listener = await listen({
      host: this.config.listenHost,
      port: this.config.listenPort,
      tls: this.tlsMaterial,
      onConnection: (accept) => this.accept(accept),
      onTlsError: (error, remote) => {
        this.statsValue.connectionsRefused += 1;
        this.logger.warn({ remote, reason: error.message }, "TLS handshake failed");
      },
    });
    this.state = "running";
    this.logger.info({ host: this.listener.host, port: this.listener.port }, "listening");
  }

  address(): { host: string; port: number } {
    assert(this.listener !== undefined, "TcpTransport.address before start");
    return { host: this.listener.host, port: this.listener.port };
  }

  /**
   * Routes each message by `to`; never blocks, never throws for an unknown or unreachable
   * peer. A Snapshot message is streamed in chunks from its data in memory
   * (`message.snapshot.data`; `sendSnapshot` streams it from a file instead).
   */
  send(messages: readonly Message[]): void {
    if (this.state !== "running") {
      return;
    }
    for (const message of messages) {
      const link = this.linkFor(message.to);
      if (link === undefined) {
        this.dropForUnknownPeer(message);
        continue;
      }
      if (message.type === MessageType.Snapshot) {
        const data = message.snapshot.data;
        link.sendSnapshot(message, () => memorySnapshotSource(data));
      } else {
        link.sendFrame(encodeRaftFrame(message));
      }
    }
  }

  /**
   * Writes the frames queued for every peer now, one socket write per peer, instead of at the
   * end of the turn (send() alone batches a whole turn's frames into one write).
   */
  flush(): void {
    for (const link of this.links.values()) link.flush();
  }

  /**
   * Streams a Snapshot message whose data is the file `dataFile` (`message.snapshot.data` is
   * ignored). The file is opened here, before this returns: the caller may unlink or rename
   * the path right after, the stream reads what it opened. It is read one chunk at a time
   * (never whole), and closed when the stream ends. Never blocks on the network, never throws
   * for an unknown or unreachable peer or a file that cannot be opened: the outcome arrives as
   * `onSnapshotStatus(message.to, ok)` (see TransportHandlers); false for an unknown peer or a
   * file that cannot be opened is reported after this call returns, and a file that cannot be
   * opened or read is logged with its path and the byte offset. Nothing is sent or reported
   * once the transport stops.
   */
  sendSnapshot(message: SnapshotRequest, dataFile: string): void {
    assert(message.type === MessageType.Snapshot, "sendSnapshot of a non-Snapshot message");
    if (this.state !== "running") {
      return;
    }
    const link = this.linkFor(message.to);
    if (link === undefined) {
      this.dropForUnknownPeer(message);
      return;
    }
    link.sendSnapshot(message, () => openFileSnapshotSource(dataFile));
  }

  /** Dials peer `id` if no connection to it is open or being made (PeerLink.connect). */
  connect(id: number): void {
    if (this.state === "running") this.linkFor(id)?.connect();
  }

  /** Adds a peer or changes its address (the current connection is replaced). */
  addPeer(id: number, address: string): void {
    this.checkPeer(id, address);
    const previous = this.peers.get(id);
    this.peers.set(id, address);
    if (previous !== undefined && previous !== address) {
      this.stopLink(id, "peer address changed");
    }
  }

  /** Forgets a peer: closes its outbound connection and refuses its future handshakes. */
  removePeer(id: number): void {
    this.peers.delete(id);
    // A node added again under this id may run on another disk: learn it afresh.
    this.peerIncarnations.delete(id);
    this.stopLink(id, "peer removed");
    for (const entry of this.inbound) {
      if (entry.connection.remoteNodeId === id) {
        entry.connection.close("EREMOVED", "peer removed");
      }
    }
  }

  /**
   * Stops a peer's link; a snapshot it was streaming is reported failed (after this call
   * returns, never from within it), so the core does not wait for it forever.
   */
  private stopLink(id: number, reason: string): void {
    const cut = this.links.get(id)?.stop("EREMOVED", reason) === true;
    this.links.delete(id);
    if (cut) {
      queueMicrotask(() => {
        if (this.state === "running") this.handlers.onSnapshotStatus(id, false);
      });
    }
  }

  stats(): TransportStats {
    return { ...this.statsValue };
  }

  /** Closes every connection and the listener; removes partial snapshot files. */
  async stop(): Promise<void> {
    if (this.state === "stopped") {
      return;
    }
    const wasRunning = this.state === "running";
    this.state = "stopped";
    for (const link of this.links.values()) {
      link.stop("ESHUTDOWN", "node stopping");
    }
    this.links.clear();
    for (const entry of [...this.inbound]) {
      entry.connection.close("ESHUTDOWN", "node stopping");
    }
    if (wasRunning && this.listener !== undefined) {
      await this.listener.close();
    }
    await Promise.all([...this.pendingCleanups]);
    this.logger.info("transport stopped");
  }

  /** Counts and logs a message to a peer without an address; a snapshot is reported failed. */
  private dropForUnknownPeer(message: Message): void {
    this.statsValue.droppedFrames += 1;
    this.logger.warn({ to: message.to, type: message.type }, "message to unknown peer dropped");
    if (message.type === MessageType.Snapshot) {
      // Deferred: the caller is inside send / sendSnapshot and must not be re-entered.
      const peerId = message.to;
      queueMicrotask(() => {
        if (this.state === "running") this.handlers.onSnapshotStatus(peerId, false);
      });
    }
  }

  /** Adds work that stop() must await (and forgets it once done). */
  private trackCleanup(cleanup: Promise<void>): void {
    this.pendingCleanups.add(cleanup);
    void cleanup.finally(() => this.pendingCleanups.delete(cleanup));
  }

  private checkPeer(id: number, address: string): void {
    if (!Number.isSafeInteger(id) || id <= 0 || id === this.config.nodeId) {
      throw new InvalidArgumentError(`bad peer id ${id}`);
    }
    if (parseAddress(address) === undefined) {
      throw new InvalidArgumentError(`bad address "${address}" for peer ${id} (host:port)`);
    }
  }

  private handshake(targetNodeId: number): HandshakeOptions {
    return {
      clusterId: this.config.clusterId,
      nodeId: this.config.nodeId,
      sharedSecret: this.config.sharedSecret,
      clientSecret: this.config.clientSecret,
      targetNodeId,
      isPeer: (id) => this.peers.has(id),
      incarnation: this.config.incarnation ?? 0,
      generation: () => this.generation,
      beforeOpen: (nodeId, incarnation) =>
        this.handlers.onPeerIdentified?.(nodeId, incarnation) ?? undefined,
      onNewerGeneration: (nodeId, generation) => {
        const adopted = this.handlers.onNewerGeneration?.(nodeId, generation) ?? false;
        if (adopted) this.generation = generation;
        return adopted;
      },
    };
  }

  /**
   * The incarnation `id` presented in the handshake of a connection that is still open (either
   * direction; the newest if several), or undefined. Never the one of a closed connection: a
   * removed node's old process may have connected after its removal and died since (wiped),
   * and a seat bound to that incarnation would refuse the node's new disk forever.
   */
  peerIncarnation(id: number): number | undefined {
    return this.peerIncarnations.get(id);
  }

  private identified(connection: Connection): void {
    const id = connection.remoteNodeId;
    if (id === 0) return;
    let open = this.identifiedConnections.get(id);
    if (open === undefined) {
      open = new Set();
      this.identifiedConnections.set(id, open);
    }
    open.add(connection);
    this.peerIncarnations.set(id, connection.remoteIncarnation);
  }

  /** A closed connection no longer vouches for its peer's incarnation. */
  private unidentified(connection: Connection): void {
    const id = connection.remoteNodeId;
    const open = this.identifiedConnections.get(id);
    if (open === undefined || !open.delete(connection)) return;
    const newest = [...open].at(-1);
    if (newest === undefined) {
      this.identifiedConnections.delete(id);
      this.peerIncarnations.delete(id);
    } else {
      this.peerIncarnations.set(id, newest.remoteIncarnation);
    }
  }

  private linkFor(peerId: number): PeerLink | undefined {
    let link = this.links.get(peerId);
    if (link !== undefined || !this.peers.has(peerId)) {
      return link;
    }
    const logger = this.logger.child({ peerId });
    link = new PeerLink({
      peerId,
      settings: this.settings,
      stats: this.statsValue,
      logger,
      dial: (events) => {
        const target = parseAddress(this.peers.get(peerId) ?? "");
        if (target === undefined) {
          return undefined;
        }
        const connection: Connection = new Connection({
          role: "dialer",
          handshake: this.handshake(peerId),
          settings: this.settings,
          stats: this.statsValue,
          logger,
          events: {
            ...events,
            onOpen: (remoteNodeId) => {
              this.identified(connection);
              events.onOpen(remoteNodeId);
            },
            onClosed: (info) => {
              this.unidentified(connection);
              events.onClosed(info);
            },
          },
        });
        connection.attach(dial({ ...target, tls: this.tlsMaterial }, connection.wireHandlers));
        return connection;
      },
      onUnreachable: () => this.handlers.onPeerUnreachable(peerId),
      onSnapshotStatus: (ok) => this.handlers.onSnapshotStatus(peerId, ok),
      trackCleanup: (cleanup) => this.trackCleanup(cleanup),
    });
    this.links.set(peerId, link);
    return link;
  }

  private accept(accept: (handlers: Connection["wireHandlers"]) => import("./socket.js").Wire) {
    const full = this.handshaking >= this.settings.inboundConnectionsMax;
    if (full) {
      this.statsValue.connectionsRefused += 1;
      this.inboundFull.warn({ inboundConnectionsMax: this.settings.inboundConnectionsMax });
    }
    if (this.state !== "running" || full) {
      accept({
        onConnect: () => undefined,
        onData: () => undefined,
        onDrain: () => undefined,
        onClose: () => undefined,
        onIdle: () => undefined,
      }).destroy();
      return;
    }
    let entry: Inbound | undefined;
    const connection = new Connection({
      role: "acceptor",
      handshake: { ...this.handshake(0), admit: (nodeId) => this.admit(entry!, nodeId) },
      settings: this.settings,
      stats: this.statsValue,
      logger: this.logger.child({ direction: "inbound" }),
      events: {
        onOpen: () => this.identified(connection),
        onEnvelope: (envelope) => this.handleInbound(entry!, envelope),
        onDrain: () => undefined,
        onClosed: () => {
          this.unidentified(connection);
          this.inbound.delete(entry!);
          this.forgetInbound(entry!);
          const receiver = entry!.receiver;
          if (receiver !== undefined) {
            this.trackCleanup(receiver.abort());
          }
        },
      },
    });
    entry = { connection, receiver: undefined, remoteHost: "", kind: "handshaking" };
    this.inbound.add(entry);
    this.handshaking += 1;
    const wire = accept(connection.wireHandlers);
    entry.remoteHost = hostOf(wire.remoteAddress);
    connection.attach(wire);
  }

  /**
   * An inbound connection's Hello named `nodeId`. It leaves the handshaking count; a peer is
   * bounded by the membership, not here, so clients never crowd out the peers; a client counts
   * against the client bounds (in all and per address), or is refused (ETOOMANY).
   */
  private admit(entry: Inbound, nodeId: number): Refusal | undefined {
    assert(entry.kind === "handshaking", "a connection is admitted once");
    if (nodeId !== 0) {
      this.handshaking -= 1;
      entry.kind = "peer";
      return undefined;
    }
    const fromHost = this.clientsPerHost.get(entry.remoteHost) ?? 0;
    const bound =
      this.clients >= this.settings.inboundConnectionsMax
        ? `${this.settings.inboundConnectionsMax} client connections`
        : fromHost >= this.settings.clientConnectionsPerAddressMax
          ? `${this.settings.clientConnectionsPerAddressMax} client connections from ${entry.remoteHost}`
          : undefined;
    if (bound !== undefined) {
      this.statsValue.connectionsRefused += 1;
      this.clientsFull.warn({ remoteHost: entry.remoteHost, bound });
      return { code: "ETOOMANY", reason: `this node already serves ${bound}` };
    }
    this.handshaking -= 1;
    this.clients += 1;
    this.clientsPerHost.set(entry.remoteHost, fromHost + 1);
    entry.kind = "client";
    return undefined;
  }

  /** Undoes what accept() and admit() counted for a closed inbound connection. */
  private forgetInbound(entry: Inbound): void {
    if (entry.kind === "handshaking") this.handshaking -= 1;
    if (entry.kind === "client") {
      this.clients -= 1;
      const fromHost = (this.clientsPerHost.get(entry.remoteHost) ?? 0) - 1;
      assert(fromHost >= 0, "client connections per address never go below zero");
      if (fromHost === 0) this.clientsPerHost.delete(entry.remoteHost);
      else this.clientsPerHost.set(entry.remoteHost, fromHost);
    }
    assert(this.handshaking >= 0 && this.clients >= 0, "connection counts never go below zero");
  }

  private handleInbound(entry: Inbound, envelope: Envelope): void {
    const connection = entry.connection;
    const peerId = connection.remoteNodeId;
    switch (envelope.kind) {
      case "raft": {
        if (peerId === 0) {
          throw new ProtocolError("Raft message from a client connection");
        }
        const message = envelope.raft;
        if (message.from !== peerId || message.to !== this.config.nodeId) {
          throw new ProtocolError(
            `Raft message from ${message.from} to ${message.to} on node ${peerId}'s connection`,
          );
        }
        if (message.type === MessageType.Snapshot) {
          throw new ProtocolError("Snapshot message outside a snapshot stream");
        }
        this.handlers.onRaftMessage(message, connection.remoteIncarnation);
        return;
      }
      case "snapshotChunk":
        if (peerId === 0) {
          throw new ProtocolError("snapshot chunk from a client connection");
        }
        entry.receiver ??= this.newReceiver(connection, peerId);
        entry.receiver.handleChunk(envelope.snapshotChunk!);
        return;
      case "clientRequest":
        checkU64(envelope.clientRequest!.requestId, "clientRequest.requestId");
        this.clientRequests.defer(connection, envelope.clientRequest!);
        return;
      default:
        throw new ProtocolError(`unexpected ${envelope.kind} on an inbound connection`);
    }
  }

  private newReceiver(connection: Connection, peerId: number): SnapshotReceiver {
    return new SnapshotReceiver({
      directory: this.config.snapshotDirectory,
      peerId,
      logger: this.logger.child({ peerId }),
      onComplete: async (message: SnapshotRequest, file: string, streamMs: number) => {
        if (this.state !== "running") {
          return "untaken";
        }
        const accepted = await this.handlers.onSnapshot(
          message,
          file,
          connection.remoteIncarnation,
          streamMs,
        );
        return accepted ? "accepted" : "refused";
      },
      sendAck: (ack) => connection.send({ snapshotAck: ack }),
      pauseReading: () => connection.pauseReading(),
      resumeReading: () => connection.resumeReading(),
    });
  }
}
