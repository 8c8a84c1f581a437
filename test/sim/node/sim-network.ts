/**
 * The simulated network between whole nodes: a NodeTransport (src/node/transport-port.ts) per
 * node whose deliveries are events of the simulator's scheduler. Every message takes a seeded
 * random latency (so messages overtake each other), may be dropped or duplicated at the
 * configured rates, and is lost on a cut link. Links are cut one way (`cut(from, to)`), so
 * asymmetric partitions are possible.
 *
 * Every message is handed over with its sender's incarnation, as the TCP transport stamps the
 * one its connection's handshake presented; the core filters by it (src/raft/incarnation.ts).
 *
 * A snapshot travels as the bytes of the sender's file, read when it is sent (the TCP
 * transport opens it at once), and lands as a fully written and synced temporary file in the
 * receiver's snapshot directory (as src/transport/snapshot-receiver.ts writes one) before the
 * receiving node checks and takes it over.
 */
import path from "node:path";
import type {
  NodeTransport,
  NodeTransportHandlers,
  TransportFactory,
} from "../../../src/node/transport-port.js";
import type { Message, SeededRandom, SnapshotRequest } from "../../../src/raft/index.js";
import type { Scheduler } from "./scheduler.js";
import type { SimFileSystem } from "./sim-fs.js";
import type { SimProcess } from "./sim-process.js";

export interface NetworkRates {
  /** Probability that a message is lost. */
  dropRate: number;
  /** Probability that a message is delivered twice. */
  duplicateRate: number;
  /** Latency of one message: uniform in [latencyMinMs, latencyMaxMs). */
  latencyMinMs: number;
  latencyMaxMs: number;
}

export const CALM_NETWORK: NetworkRates = {
  dropRate: 0,
  duplicateRate: 0,
  latencyMinMs: 1,
  latencyMaxMs: 3,
};

/** Snapshot bytes per simulated millisecond on the wire (about 100 MB/s). */
const SNAPSHOT_BYTES_PER_MS = 100_000;

interface Endpoint {
  readonly process: SimProcess;
  readonly handlers: NodeTransportHandlers;
  readonly incarnation: number;
  readonly disk: SimFileSystem;
  readonly snapshotDirectory: string;
}

export interface SimNetworkOptions {
  scheduler: Scheduler;
  random: SeededRandom;
  /** Told when a snapshot reaches `nodeId`, before the node writes and checks it. */
  onSnapshotArriving: (nodeId: number) => void;
}

export class SimNetwork {
  private readonly endpoints = new Map<number, Endpoint>();
  private readonly cutLinks = new Set<string>();
  rates: NetworkRates = CALM_NETWORK;
  private snapshotsSent = 0;
  readonly stats = { messages: 0, dropped: 0, duplicated: 0, snapshots: 0 };

  constructor(private readonly options: SimNetworkOptions) {}

  /** The transport of one node process, writing received snapshots under `dataDirectory`. */
  transportFor(
    nodeId: number,
    process: SimProcess,
    disk: SimFileSystem,
    dataDirectory: string,
  ): TransportFactory {
    return (handlers, identity): NodeTransport => ({
      start: async () => {
        this.endpoints.set(nodeId, {
          process,
          handlers,
          incarnation: identity.incarnation,
          disk,
          snapshotDirectory: path.posix.join(dataDirectory, "snapshots"),
        });
      },
      address: () => ({ host: addressHost(nodeId), port: SIM_PORT }),
      send: (messages) => {
        for (const message of messages) this.send(process, message);
      },
      sendSnapshot: (message, file) => this.sendSnapshot(process, disk, message, file),
      addPeer: () => {},
      removePeer: () => {},
      connect: () => {},
      peerIncarnation: (peer) => {
        const endpoint = this.endpoints.get(peer);
        return endpoint === undefined || !this.linked(nodeId, peer)
          ? undefined
          : endpoint.incarnation;
      },
      stop: async () => this.detach(nodeId, process),
    });
  }

  /** Forgets a node's process (stopped or killed): messages to it are lost from now on. */
  detach(nodeId: number, process: SimProcess): void {
    if (this.endpoints.get(nodeId)?.process === process) this.endpoints.delete(nodeId);
  }

  cut(from: number, to: number): void {
    this.cutLinks.add(`${from}>${to}`);
  }

  heal(): void {
    this.cutLinks.clear();
  }

  /** Both ways between every node of `side` and every node not in it. */
  partition(side: readonly number[], everyone: readonly number[]): void {
    for (const a of side) {
      for (const b of everyone) {
        if (side.includes(b)) continue;
        this.cut(a, b);
        this.cut(b, a);
      }
    }
  }

  linked(from: number, to: number): boolean {
    return !this.cutLinks.has(`${from}>${to}`);
  }

  describeCuts(): string {
    return [...this.cutLinks].sort().join(" ");
  }

  private send(sender: SimProcess, message: Message): void {
    // Everything a node does runs inside its process (SimProcess.run): a dead one sends nothing.
    if (!sender.alive) return;
    this.stats.messages++;
    const { random } = this.options;
    if (random.chance(this.rates.dropRate)) {
      this.stats.dropped++;
      return;
    }
    this.scheduleDelivery(sender, message);
    if (random.chance(this.rates.duplicateRate)) {
      this.stats.duplicated++;
      this.scheduleDelivery(sender, message);
    }
  }

  private latencyMs(): number {
    const { latencyMinMs, latencyMaxMs } = this.rates;
    return latencyMinMs + this.options.random.nextFloat() * (latencyMaxMs - latencyMinMs);
  }

  private scheduleDelivery(sender: SimProcess, message: Message): void {
    const addressee = this.connectable(message.from, message.to);
    const source = this.endpointOf(sender);
    this.options.scheduler.after(this.latencyMs(), () => {
      const target = this.reachable(message.from, message.to, addressee);
      if (target === undefined || source === undefined) {
        sender.run(() => this.endpointOf(sender)?.handlers.onPeerUnreachable(message.to));
        return;
      }
      target.process.run(() => target.handlers.onRaftMessage(message, source.incarnation));
    });
  }

  /** The process a message sent now from `from` to `to` goes to: the one a connection reaches. */
  private connectable(from: number, to: number): Endpoint | undefined {
    const target = this.endpoints.get(to);
    if (target === undefined) return undefined;
    return this.reachable(from, to, target);
  }

  /**
   * The receiving endpoint if a message from `from` reaches `to` now. Messages travel on a
   * connection to one process: sent to `addressee`, a message never reaches a process that
   * replaced it (a restart), as bytes in flight to a killed process die with its connection.
   */
  private reachable(
    from: number,
    to: number,
    addressee: Endpoint | undefined,
  ): Endpoint | undefined {
    const source = this.endpoints.get(from);
    const target = this.endpoints.get(to);
    if (source === undefined || target === undefined || target !== addressee) return undefined;
    if (!this.linked(from, to)) return undefined;
    return target;
  }

  private endpointOf(process: SimProcess): Endpoint | undefined {
    const endpoint = this.endpoints.get(process.nodeId);
    return endpoint?.process === process ? endpoint : undefined;
  }

  private sendSnapshot(
    sender: SimProcess,
    disk: SimFileSystem,
    message: SnapshotRequest,
    file: string,
  ): void {
    this.stats.snapshots++;
    const bytes = disk.copyFileOut(file);
    const number = ++this.snapshotsSent;
    let reported = false;
    let forgetKill = (): void => {};
    const reportBack = (ok: boolean): void => {
      if (reported) return;
      reported = true;
      forgetKill();
      this.options.scheduler.after(this.latencyMs(), () =>
        sender.run(() => this.endpointOf(sender)?.handlers.onSnapshotStatus(message.to, ok)),
      );
    };
    const transferMs = this.latencyMs() + bytes.length / SNAPSHOT_BYTES_PER_MS;
    const addressee = this.connectable(message.from, message.to);
    const source = this.endpointOf(sender);
    this.options.scheduler.after(transferMs, () => {
      const target = this.reachable(message.from, message.to, addressee);
      if (
        target === undefined ||
        source === undefined ||
        this.options.random.chance(this.rates.dropRate)
      ) {
        reportBack(false);
        return;
      }
      // The receiver dying before it answers breaks the connection: the sender hears a failure.
      forgetKill = target.process.onKill(() => reportBack(false));
      this.options.onSnapshotArriving(message.to);
      const incoming = path.posix.join(
        target.snapshotDirectory,
        `.incoming-${message.from}-${number}.tmp`,
      );
      target.process.run(() => {
        void target.disk
          .writeFileIn(incoming, bytes)
          .then(() => target.handlers.onSnapshot(message, incoming, source.incarnation))
          .then(
            (ok) => reportBack(ok),
            () => reportBack(false),
          );
      });
    });
  }
}

/** Every simulated node listens on this port of its own host. */
export const SIM_PORT = 7000;

export function addressHost(nodeId: number): string {
  return `10.0.0.${nodeId}`;
}

export function addressOf(nodeId: number): string {
  return `${addressHost(nodeId)}:${SIM_PORT}`;
}
