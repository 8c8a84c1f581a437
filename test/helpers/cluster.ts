/**
 * Clusters of RaftNodes for tests: the setup node, engine, controller and TCP tests share.
 * A cluster's founding members (ids 1..size) run on fresh temporary data directories (removed
 * after the test, test/storage/helpers.ts), over the in-memory network
 * (test/node/memory-network.ts) or real TCP on loopback (ports the OS assigns); nodes that
 * join later get a directory of their own. Every node made here, or handed to stopAfterTest,
 * is stopped after each test of the file that imports this module (before its directory is
 * removed).
 */
import net from "node:net";
import pino from "pino";
import { afterEach } from "vitest";
import { MetadataProjector, metadataCodec } from "../../src/metadata/index.js";
import type { RaftNodeOptions } from "../../src/node/config.js";
import { KvStateMachine, kvCodec } from "../../src/node/kv-state-machine.js";
import { RaftNode } from "../../src/node/raft-node.js";
import type { StateMachine, StateMachineCodec } from "../../src/node/state-machine.js";
import { createTcpRaftNode, type TcpRaftNodeExtras } from "../../src/node/tcp-transport.js";
import { assert } from "../../src/util/assert.js";
import { MemoryNetwork } from "../node/memory-network.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { waitFor } from "./wait.js";

const made: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const node of made.splice(0)) await node.stop();
});

/** Stops `node` after the test (RaftNode.stop is idempotent: a test may stop it before). */
export function stopAfterTest<Node extends { stop(): Promise<void> }>(node: Node): Node {
  made.push(node);
  return node;
}

/** Elections within 40-80 ms, a heartbeat every 10 ms: the timing most node tests run. */
export const FAST_TIMING = {
  electionTimeoutMinMs: 40,
  electionTimeoutMaxMs: 80,
  heartbeatIntervalMs: 10,
} as const;

export interface Peer {
  id: number;
  address: string;
}

/** What a cluster's nodes run: a new state machine for each node made, and the codec. */
export interface Application<C, R, Q, Machine extends StateMachine<C, R, Q>> {
  machine: (id: number) => Machine;
  codec: StateMachineCodec<C, R, Q>;
}

/** The key-value store (src/node/kv-state-machine.ts). */
export const KV = { machine: () => new KvStateMachine(), codec: kvCodec };

/** The Ruvector metadata (src/metadata): a projector per node. */
export const METADATA = { machine: () => new MetadataProjector(), codec: metadataCodec };

/**
 * RaftNode's extras besides the transport (logger, fileSystem, clock, random, admit), and the
 * data plane's vector requests. Over TCP only logger, admit and vectors apply.
 */
export type NodeExtras<C, R, Q> = Omit<
  ConstructorParameters<typeof RaftNode<C, R, Q>>[3],
  "transport"
> &
  Pick<TcpRaftNodeExtras<C, R>, "vectors">;

/** What every node of a cluster shares. */
export interface ClusterSpec<C, R, Q, Machine extends StateMachine<C, R, Q>> {
  /** Founding members, ids 1..size. */
  size: number;
  /** What the nodes run (KV, METADATA or a test's own). */
  application: Application<C, R, Q, Machine>;
  /** Over each node's identity ({ nodeId, peers, dataDirectory }) and seed. */
  options?: Partial<RaftNodeOptions>;
  /** randomSeed = the node's id (default true); false: the node draws one, as in production. */
  seeded?: boolean;
  /** The extras of node `id`. */
  extras?: (id: number) => NodeExtras<C, R, Q>;
}

/** How one node differs from the cluster's others. */
export interface NodeChange<C, R, Q, Machine extends StateMachine<C, R, Q>> {
  /** Over the cluster's options. */
  options?: Partial<RaftNodeOptions>;
  /** Instead of a new one from the application. */
  machine?: Machine;
  /** Over the cluster's extras. */
  extras?: NodeExtras<C, R, Q>;
  /** Instead of the member's own directory (a founder) or a fresh one (a joiner). */
  directory?: string;
  /** Instead of the cluster's `seeded`. */
  seeded?: boolean;
}

type Connect<C, R, Q> = (
  options: RaftNodeOptions,
  machine: StateMachine<C, R, Q>,
  extras: NodeExtras<C, R, Q>,
) => RaftNode<C, R, Q>;

/** Founding members (made by make() or start()) and nodes that join later. */
export class TestCluster<C, R, Q, Machine extends StateMachine<C, R, Q>> {
  /** Each founding member's data directory, by position (id - 1). */
  readonly directories: string[];
  /** The newest node made for each founding member, by position (id - 1). */
  readonly nodes: RaftNode<C, R, Q>[] = [];
  /** The state machines of those nodes. */
  readonly machines: Machine[] = [];

  constructor(
    private readonly spec: ClusterSpec<C, R, Q, Machine>,
    /** The founding members. */
    readonly peers: readonly Peer[],
    private readonly connect: Connect<C, R, Q>,
  ) {
    this.directories = peers.map(() => temporaryDirectory());
  }

  /** A node (not started) for founding member `id`, on its directory: new, or a restart. */
  make(id: number, change: NodeChange<C, R, Q, Machine> = {}): RaftNode<C, R, Q> {
    assert(id >= 1 && id <= this.peers.length, `node ${id} is not a founding member`);
    const machine = change.machine ?? this.spec.application.machine(id);
    const node = this.build(
      id,
      this.peers,
      change.directory ?? this.directory(id),
      machine,
      change,
    );
    this.nodes[id - 1] = node;
    this.machines[id - 1] = machine;
    return node;
  }

  /** A node (not started) that joins later: no peers, no bootstrap, a fresh directory. */
  join(id: number, change: NodeChange<C, R, Q, Machine> = {}): RaftNode<C, R, Q> {
    const machine = change.machine ?? this.spec.application.machine(id);
    const directory = change.directory ?? temporaryDirectory();
    return this.build(id, [], directory, machine, {
      ...change,
      options: { bootstrap: false, ...change.options },
    });
  }

  /** Makes each founding member not made yet, starts them all and returns them (by position). */
  async start(): Promise<RaftNode<C, R, Q>[]> {
    for (const peer of this.peers) {
      if (this.nodes[peer.id - 1] === undefined) this.make(peer.id);
    }
    const nodes = [...this.nodes];
    await Promise.all(nodes.map((node) => node.start()));
    return nodes;
  }

  /** The running founding member that leads, if one does. */
  currentLeader(): RaftNode<C, R, Q> | undefined {
    return this.nodes.find((node) => node.isRunning() && node.isLeader());
  }

  /** Waits until a running founding member leads; returns it. */
  async leader(timeoutMs = 10_000): Promise<RaftNode<C, R, Q>> {
    await waitFor(() => this.currentLeader() !== undefined, "a leader", timeoutMs);
    return this.currentLeader() as RaftNode<C, R, Q>;
  }

  /** The newest node made for founding member `id`. */
  node(id: number): RaftNode<C, R, Q> {
    const node = this.nodes[id - 1];
    assert(node !== undefined, `no node was made for member ${id}`);
    return node;
  }

  /** The state machine of founding member `id`'s newest node. */
  machine(id: number): Machine {
    const machine = this.machines[id - 1];
    assert(machine !== undefined, `no node was made for member ${id}`);
    return machine;
  }

  /** Founding member `id`'s data directory. */
  directory(id: number): string {
    const directory = this.directories[id - 1];
    assert(directory !== undefined, `node ${id} is not a founding member`);
    return directory;
  }

  private build(
    id: number,
    peers: readonly Peer[],
    directory: string,
    machine: Machine,
    change: NodeChange<C, R, Q, Machine>,
  ): RaftNode<C, R, Q> {
    const seeded = change.seeded ?? this.spec.seeded ?? true;
    const options: RaftNodeOptions = {
      nodeId: id,
      peers: [...peers],
      dataDirectory: directory,
      ...(seeded ? { randomSeed: id } : {}),
      ...this.spec.options,
      ...change.options,
    };
    const extras = { ...this.spec.extras?.(id), ...change.extras };
    return stopAfterTest(this.connect(options, machine, extras));
  }
}

/** A cluster over the in-memory network: its links can be cut and healed. */
export class MemoryCluster<C, R, Q, Machine extends StateMachine<C, R, Q>> extends TestCluster<
  C,
  R,
  Q,
  Machine
> {
  constructor(
    spec: ClusterSpec<C, R, Q, Machine>,
    peers: readonly Peer[],
    readonly network: MemoryNetwork,
  ) {
    const codec = spec.application.codec;
    super(spec, peers, (options, machine, extras) => {
      const { vectors, ...nodeExtras } = extras;
      assert(vectors === undefined, "the in-memory network carries no vector requests");
      return new RaftNode(options, machine, codec, {
        ...nodeExtras,
        transport: network.transportFor(options.nodeId),
      });
    });
  }
}

/** A cluster over the in-memory network (a new one unless given), its nodes not made yet. */
export function memoryCluster<C, R, Q, Machine extends StateMachine<C, R, Q>>(
  spec: ClusterSpec<C, R, Q, Machine> & {
    network?: MemoryNetwork;
    /** Member `id`'s address (default 127.0.0.1:id); the network itself ignores it. */
    address?: (id: number) => string;
  },
): MemoryCluster<C, R, Q, Machine> {
  const address = spec.address ?? ((id: number) => `127.0.0.1:${id}`);
  const peers = Array.from({ length: spec.size }, (_, i) => ({
    id: i + 1,
    address: address(i + 1),
  }));
  return new MemoryCluster(spec, peers, spec.network ?? new MemoryNetwork());
}

/**
 * A cluster over real TCP on 127.0.0.1, on ports the OS hands out; each node answers the
 * client protocol on its port (src/node/tcp-transport.ts) and logs nowhere unless given a
 * logger.
 */
export async function tcpCluster<C, R, Q, Machine extends StateMachine<C, R, Q>>(
  spec: ClusterSpec<C, R, Q, Machine>,
): Promise<TestCluster<C, R, Q, Machine>> {
  const ports = await freePorts(spec.size);
  const peers = ports.map((port, i) => ({ id: i + 1, address: `127.0.0.1:${port}` }));
  const codec = spec.application.codec;
  const silent = pino({ level: "silent" });
  return new TestCluster(spec, peers, (options, machine, extras) => {
    const { logger, admit, vectors, ...unsupported } = extras;
    assert(
      Object.keys(unsupported).length === 0,
      `a node over TCP takes only logger, admit and vectors, got ${Object.keys(unsupported)}`,
    );
    return createTcpRaftNode(options, machine, codec, logger ?? silent, {
      ...(admit === undefined ? {} : { admit }),
      ...(vectors === undefined ? {} : { vectors }),
    });
  });
}

/** Ports the OS hands out for 127.0.0.1 (bound with port 0, then released for the test). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
