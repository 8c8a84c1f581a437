/**
 * The cluster under benchmark: separate `ruvraft node` processes on loopback, started with
 * the same spawnNode() as `ruvraft cluster`, and always stopped (SIGTERM, then SIGKILL after
 * a grace period) however the benchmark ends.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { type ClusterLayout, clusterLayout, spawnNode } from "../src/cli/cluster-command.js";
import { RaftClient } from "../src/client/raft-client.js";
import { assert } from "../src/util/assert.js";

/** Every node must know the leader within this long after the start. */
export const LEADER_TIMEOUT_MS = 15_000;
/** Ports probed for a free base: base + id (Raft and clients) and base + 100 + id (admin). */
const BASE_PORT_MIN = 20_000;
const BASE_PORT_MAX = 60_000;
const BASE_PORT_ATTEMPTS_MAX = 50;
/** A node has this long to stop after SIGTERM before it gets SIGKILL. */
const STOP_GRACE_MS = 5_000;
/** Pause between two readiness polls. */
const READY_POLL_MS = 100;
/** One readiness poll waits this long for a node's answer. */
const READY_ATTEMPT_TIMEOUT_MS = 500;

/** Processes a ClusterGuard stops however the benchmark ends. */
export interface GuardedProcesses {
  /** SIGTERM to every process, SIGKILL to those still running after the grace period. Idempotent. */
  stop(): Promise<void>;
  /** Synchronous last resort (process exit): SIGKILL to every process still running. */
  killNow(): void;
}

export interface LocalCluster extends GuardedProcesses {
  readonly layout: ClusterLayout;
  /** "host:port" of every node, in id order. */
  readonly endpoints: string[];
  /** Why a node exited by itself, if one did (the benchmark is then invalid). */
  unexpectedExit(): string | undefined;
  /** Process ids of the nodes running now. */
  pids(): number[];
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ host: "127.0.0.1", port, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** A base port whose node and admin ports for `nodes` nodes are all free right now. */
export async function findFreeBasePort(nodes: number): Promise<number> {
  // Bounded: BASE_PORT_ATTEMPTS_MAX random candidates.
  for (let attempt = 0; attempt < BASE_PORT_ATTEMPTS_MAX; attempt++) {
    const base = BASE_PORT_MIN + Math.floor(Math.random() * (BASE_PORT_MAX - BASE_PORT_MIN));
    const ports = Array.from({ length: nodes }, (_, position) => [
      base + 1 + position,
      base + 101 + position,
    ]).flat();
    let free = true;
    for (const port of ports) {
      if (!(await portIsFree(port))) {
        free = false;
        break;
      }
    }
    if (free) return base;
  }
  throw new Error(
    `no free port range found in ${BASE_PORT_ATTEMPTS_MAX} attempts; give --base-port`,
  );
}

/**
 * Runtime flags that make a node write its CPU profile into `directory` (created here) when
 * it exits: after a SIGTERM stop, not when it is killed after the grace period.
 */
export function cpuProfileArgs(directory: string): string[] {
  fs.mkdirSync(directory, { recursive: true });
  return ["--cpu-prof", `--cpu-prof-dir=${path.resolve(directory)}`];
}

/** SIGTERM to `child`, then SIGKILL if it still runs after STOP_GRACE_MS; resolves at its exit. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * The child processes of one benchmark cluster (ruvraft nodes or etcd members): their pids
 * while they run, the first one that exited before stop() (the benchmark is then invalid),
 * and stopping them all.
 */
export class ChildGroup implements GuardedProcesses {
  private readonly children = new Map<number, ChildProcess>();
  private stopping = false;
  private exitNote: string | undefined;
  private stopped: Promise<void> | undefined;

  /** Adds a started child; `describe` names it in the note if it exits by itself. */
  add(key: number, child: ChildProcess, describe: (code: number | string) => string): void {
    this.children.set(key, child);
    // A child that could not be started: no "exit" follows.
    child.once("error", (error) => {
      this.children.delete(key);
      if (!this.stopping && this.exitNote === undefined) this.exitNote = describe(error.message);
    });
    child.once("exit", (code, signal) => {
      this.children.delete(key);
      if (!this.stopping && this.exitNote === undefined) {
        this.exitNote = describe(code ?? signal ?? "?");
      }
    });
  }

  pids(): number[] {
    return [...this.children.values()].flatMap((child) =>
      child.pid === undefined ? [] : [child.pid],
    );
  }

  unexpectedExit(): string | undefined {
    return this.exitNote;
  }

  stop(): Promise<void> {
    this.stopping = true;
    this.stopped ??= Promise.all([...this.children.values()].map(stopChild)).then(() => undefined);
    return this.stopped;
  }

  killNow(): void {
    this.stopping = true;
    for (const child of this.children.values()) child.kill("SIGKILL");
  }
}

export function startCluster(options: {
  nodes: number;
  dataDirectory: string;
  basePort: number;
  extraArgs: readonly string[];
  /** Flags for the Node.js runtime of every node (cpuProfileArgs()), before the script. */
  nodeArgs?: readonly string[];
}): LocalCluster {
  // The built-in key-value state machine: the benchmark proposes 256-byte values.
  const layout = clusterLayout({ ...options, stateMachine: "kv" });
  const group = new ChildGroup();
  for (const node of layout.nodes) {
    const child = spawnNode(layout, node.id, options.extraArgs, process.env, options.nodeArgs);
    group.add(
      node.id,
      child,
      (code) => `node ${node.id} exited by itself (${code}); see ${node.logFile}`,
    );
  }
  return {
    pids: () => group.pids(),
    layout,
    endpoints: layout.nodes.map((node) => node.address),
    unexpectedExit: () => group.unexpectedExit(),
    stop: () => group.stop(),
    killNow: () => group.killNow(),
  };
}

/**
 * Owns the running cluster and the run's directory so that both go however the benchmark
 * ends: finish() (call it in a finally) stops the cluster and removes the directory; SIGINT or
 * SIGTERM do the same, then exit (130 / 143); on process exit, nodes still running get SIGKILL.
 * One cluster at a time: stop() one before start() (or adopt()) the next.
 */
export class ClusterGuard {
  private cluster: GuardedProcesses | undefined;
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.progress(`${signal}: stopping every node`);
    this.finish().then(
      () => process.exit(128 + (signal === "SIGINT" ? 2 : 15)),
      () => process.exit(1),
    );
  };
  private readonly onExit = (): void => this.cluster?.killNow();

  constructor(
    private readonly directory: string,
    private readonly progress: (message: string) => void,
  ) {
    process.once("SIGINT", this.onSignal);
    process.once("SIGTERM", this.onSignal);
    process.once("exit", this.onExit);
  }

  start(options: Parameters<typeof startCluster>[0]): LocalCluster {
    return this.adopt(startCluster(options));
  }

  /** Guards processes started elsewhere (another system's cluster, bench/etcd-cluster.ts). */
  adopt<T extends GuardedProcesses>(processes: T): T {
    assert(this.cluster === undefined, "ClusterGuard.adopt while a cluster runs");
    this.cluster = processes;
    return processes;
  }

  /** Stops the running cluster, if any (SIGTERM, then SIGKILL after the grace period). */
  async stop(): Promise<void> {
    const cluster = this.cluster;
    await cluster?.stop();
    if (this.cluster === cluster) this.cluster = undefined;
  }

  /** stop(), then removes the run's directory. */
  async finish(): Promise<void> {
    await this.stop();
    fs.rmSync(this.directory, { recursive: true, force: true });
  }
}

export interface ClusterLeader {
  leaderId: number;
  address: string;
  adminAddress: string;
}

/**
 * Polls every node's status until one of them reports itself leader and every node knows
 * that leader (so the clients are not redirected while warming up).
 */
export async function waitForLeader(
  cluster: LocalCluster,
  timeoutMs: number,
): Promise<ClusterLeader> {
  const deadline = Date.now() + timeoutMs;
  const clients = cluster.layout.nodes.map(
    (node) =>
      new RaftClient({
        endpoints: [node.address],
        operationTimeoutMs: READY_ATTEMPT_TIMEOUT_MS,
        attemptTimeoutMs: READY_ATTEMPT_TIMEOUT_MS,
        clientId: 0,
      }),
  );
  try {
    // Bounded by the deadline.
    while (Date.now() < deadline) {
      const exit = cluster.unexpectedExit();
      if (exit !== undefined) throw new Error(exit);
      const statuses = await Promise.all(
        clients.map((client, position) =>
          client.status(cluster.endpoints[position]).catch(() => undefined),
        ),
      );
      const leader = statuses.find((status) => status?.role === "leader");
      const agreed = statuses.every(
        (status) => status !== undefined && status.leaderId === leader?.nodeId,
      );
      const node = cluster.layout.nodes.find((candidate) => candidate.id === leader?.nodeId);
      if (leader !== undefined && agreed && node !== undefined) {
        return { leaderId: node.id, address: node.address, adminAddress: node.adminAddress };
      }
      await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
    }
  } finally {
    for (const client of clients) client.close();
  }
  throw new Error(`no leader known to every node within ${timeoutMs} ms`);
}
