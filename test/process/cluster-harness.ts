/**
 * Real `ruvraft node` processes on loopback for the process tests (test/process/cluster-*).
 *
 * - Layout: `clusterLayout` of `ruvraft cluster` (node <id> on 127.0.0.1:(base + id), admin
 *   HTTP on base + 100 + id, data and a JSON log file per node under one temporary root),
 *   with the built-in key-value state machine (`--state-machine kv`).
 * - Ports: `freePortBase` binds every port of both ranges before handing the base out, and
 *   retries random bases (below the kernel's ephemeral range) until one is wholly free.
 * - Processes run the COMPILED code in dist/ (run `npm run build` first; `npm test` does).
 * - Reaping: `ProcessCluster.close()` stops every process (SIGTERM, then SIGKILL after
 *   STOP_GRACE_MS), closes every client and removes the root. Call it from afterEach/afterAll;
 *   it runs on failure too. A process still alive when the test worker exits gets SIGKILL.
 * - RUVRAFT_KEEP_PROCESS_DATA=1 keeps the root (data and logs) for a post-mortem.
 * - Every wait has a deadline (`waitUntil`); nothing here sleeps for a fixed time to be "sure".
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ClusterLayout, clusterLayout } from "../../src/cli/cluster-command.js";
import { KvClient } from "../../src/client/kv-client.js";
import { RaftClient, type RaftClientOptions } from "../../src/client/raft-client.js";
import { ClientConnection, type ClientResponse } from "../../src/transport/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The compiled CLI the nodes run (`npm run build` makes it). */
export const NODE_MAIN = path.resolve(here, "..", "..", "dist", "src", "cli", "main.js");

/**
 * Timing of the process tests: the core draws election timeouts from [300, 600) ms, so
 * electionTimeoutMaxMs = 600 is a true bound; heartbeats every 50 ms (6 ticks per minimum).
 */
export const PROCESS_TIMING = {
  electionTimeoutMinMs: 300,
  electionTimeoutMaxMs: 600,
  heartbeatIntervalMs: 50,
} as const;

/** Long or slow variants run only with RUVRAFT_LONG_TESTS=1. */
export const LONG_TESTS = process.env.RUVRAFT_LONG_TESTS === "1";

/** Bases are drawn from [min, max): below Linux's ephemeral range (32768+), so the OS does
 * not hand these ports to outgoing connections between the probe and the nodes' bind. */
const PORT_BASE_MIN = 10_000;
const PORT_BASE_MAX = 32_000;
const PORT_PROBE_ATTEMPTS_MAX = 64;
/** A stopping node gets this long after SIGTERM before SIGKILL. */
export const STOP_GRACE_MS = 3_000;
/** After SIGKILL the exit event comes within this (else the test reports a stuck process). */
const KILL_WAIT_MS = 5_000;
const START_TIMEOUT_MS = 15_000;

const live = new Set<ChildProcess>();
process.once("exit", () => {
  // Last resort (a crashed worker, an interrupted run): never leave a node behind.
  for (const child of live) child.kill("SIGKILL");
});

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` every `intervalMs` until it returns a value other than undefined. */
export async function waitUntil<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  // Bounded by the deadline.
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(options.intervalMs ?? 25);
  }
  const detail = lastError === undefined ? "" : ` (last error: ${(lastError as Error).message})`;
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
}

function bindPort(port: number): Promise<net.Server | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(undefined));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => resolve(server));
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * A base port P such that P + 1 .. P + nodes and P + 101 .. P + 100 + nodes were all free on
 * 127.0.0.1 a moment ago (each was bound by a test socket, then released).
 */
export async function freePortBase(nodes: number): Promise<number> {
  for (let attempt = 0; attempt < PORT_PROBE_ATTEMPTS_MAX; attempt++) {
    const base = randomInt(PORT_BASE_MIN, PORT_BASE_MAX - 100 - nodes);
    const ports = Array.from({ length: nodes }, (_, index) => [
      base + 1 + index,
      base + 101 + index,
    ]).flat();
    const servers = await Promise.all(ports.map(bindPort));
    await Promise.all(servers.map((server) => (server ? closeServer(server) : undefined)));
    if (servers.every((server) => server !== undefined)) return base;
  }
  throw new Error(`no free port range for ${nodes} nodes after ${PORT_PROBE_ATTEMPTS_MAX} tries`);
}

/** One JSON line of a node's log (pino). */
export interface LogRecord {
  level: number;
  msg?: string;
  [field: string]: unknown;
}

export function readLogRecords(file: string): LogRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const records: LogRecord[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      records.push(JSON.parse(line) as LogRecord);
    } catch {
      // A line being written right now: the next read sees it whole.
    }
  }
  return records;
}

export interface NodeProcess {
  readonly id: number;
  readonly child: ChildProcess;
  /** Resolves when the process has exited (never rejects). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

export interface StartOptions {
  /** Join an existing cluster (`--join`) instead of bootstrapping one. */
  join?: boolean;
  /** Another data directory than the layout's (the shared-directory test). */
  dataDirectory?: string;
  /** Do not wait for "node listening" (a node expected to fail). */
  noWait?: boolean;
  /** More `ruvraft node` flags (e.g. --rebuild). */
  extraArgs?: readonly string[];
  /**
   * A second process for an id whose node is running (an operator's mistake under test); it is
   * not tracked as the node's process.
   */
  alongside?: boolean;
}

export type Status = NonNullable<ClientResponse["status"]>;

/** A cluster of `ruvraft node` processes under one temporary root. */
export class ProcessCluster {
  readonly root: string;
  readonly layout: ClusterLayout;
  readonly configFile: string;
  private readonly nodes = new Map<number, NodeProcess>();
  private readonly clients: RaftClient[] = [];
  private readonly connections = new Set<ClientConnection>();

  private constructor(
    readonly basePort: number,
    /** Ids 1..initialNodes bootstrap the cluster; the layout's later ids may join it. */
    readonly initialNodes: number,
    capacity: number,
    readonly sharedSecret: string | undefined,
    config: Record<string, unknown>,
    stateMachine: "kv" | "metadata",
  ) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), "ruvraft-process-"));
    this.layout = clusterLayout({
      nodes: capacity,
      dataDirectory: this.root,
      basePort,
      stateMachine,
    });
    this.configFile = path.join(this.root, "node-config.json");
    fs.writeFileSync(
      this.configFile,
      JSON.stringify({
        ...PROCESS_TIMING,
        ...(sharedSecret === undefined ? {} : { sharedSecret }),
        ...config,
      }),
    );
  }

  /** Lays out `capacity` (default `nodes`) nodes on free ports; starts none. */
  static async create(options: {
    nodes: number;
    capacity?: number;
    sharedSecret?: string;
    config?: Record<string, unknown>;
    /** The nodes' state machine (default kv; metadata runs the Ruvector engine too). */
    stateMachine?: "kv" | "metadata";
  }): Promise<ProcessCluster> {
    const capacity = options.capacity ?? options.nodes;
    const base = await freePortBase(capacity);
    return new ProcessCluster(
      base,
      options.nodes,
      capacity,
      options.sharedSecret,
      options.config ?? {},
      options.stateMachine ?? "kv",
    );
  }

  entry(id: number): ClusterLayout["nodes"][number] {
    const node = this.layout.nodes.find((candidate) => candidate.id === id);
    if (node === undefined) throw new Error(`no node ${id} in the layout`);
    return node;
  }

  address(id: number): string {
    return this.entry(id).address;
  }

  process(id: number): NodeProcess {
    const node = this.nodes.get(id);
    if (node === undefined) throw new Error(`node ${id} was never started`);
    return node;
  }

  isRunning(id: number): boolean {
    const node = this.nodes.get(id);
    return node !== undefined && isRunning(node.child);
  }

  runningIds(): number[] {
    return [...this.nodes.keys()].filter((id) => this.isRunning(id)).sort((a, b) => a - b);
  }

  logRecords(id: number): LogRecord[] {
    return readLogRecords(this.entry(id).logFile);
  }

  /** Spawns node `id` (as `spawnNode` of `ruvraft cluster` does) and waits until it listens. */
  async start(id: number, options: StartOptions = {}): Promise<NodeProcess> {
    const node = this.entry(id);
    if (this.isRunning(id) && options.alongside !== true) {
      throw new Error(`node ${id} is already running`);
    }
    const bootstrap = this.layout.nodes.filter((peer) => peer.id <= this.initialNodes);
    const peers = [...bootstrap, ...(id > this.initialNodes ? [node] : [])]
      .map((peer) => `${peer.id}=${peer.address}`)
      .join(",");
    const recordsBefore = this.logRecords(id).length;
    const log = fs.openSync(node.logFile, "a");
    const child = spawn(
      process.execPath,
      [
        NODE_MAIN,
        "node",
        "--config",
        this.configFile,
        "--node-id",
        String(id),
        "--peers",
        peers,
        "--data",
        options.dataDirectory ?? node.dataDirectory,
        "--admin-port",
        String(this.basePort + 100 + id),
        "--state-machine",
        this.layout.stateMachine,
        ...(options.extraArgs ?? []),
        // A safety net: the node stops if this test worker dies without reaping it.
        "--exit-with-parent",
        ...(options.join === true ? ["--join"] : []),
      ],
      { stdio: ["ignore", log, log] },
    );
    fs.closeSync(log);
    live.add(child);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve) => {
        child.once("exit", (code, signal) => {
          live.delete(child);
          resolve({ code, signal });
        });
      },
    );
    const started: NodeProcess = { id, child, exited };
    if (options.alongside !== true) this.nodes.set(id, started);
    if (options.noWait !== true) {
      await waitUntil(
        `node ${id} to listen`,
        () => {
          if (!isRunning(child)) {
            throw new Error(`node ${id} exited: ${this.logTail(id)}`);
          }
          const fresh = this.logRecords(id).slice(recordsBefore);
          return fresh.some((record) => record.msg === "node listening") ? true : undefined;
        },
        { timeoutMs: START_TIMEOUT_MS },
      );
    }
    return started;
  }

  /** Starts the bootstrap members 1..initialNodes together. */
  async startAll(): Promise<void> {
    await Promise.all(
      Array.from({ length: this.initialNodes }, (_, index) => this.start(index + 1)),
    );
  }

  logTail(id: number, lines = 8): string {
    try {
      return fs
        .readFileSync(this.entry(id).logFile, "utf8")
        .trimEnd()
        .split("\n")
        .slice(-lines)
        .join("\n");
    } catch {
      return "(no log)";
    }
  }

  /** SIGKILL: no clean shutdown. Resolves once the process is gone. */
  async kill(id: number): Promise<void> {
    const node = this.process(id);
    node.child.kill("SIGKILL");
    await withTimeout(node.exited, KILL_WAIT_MS, `node ${id} to die after SIGKILL`);
  }

  /** SIGTERM, then SIGKILL after STOP_GRACE_MS. Resolves once the process is gone. */
  async stop(id: number): Promise<void> {
    const node = this.nodes.get(id);
    if (node === undefined || !isRunning(node.child)) return;
    node.child.kill("SIGTERM");
    const graceful = await Promise.race([
      node.exited.then(() => true),
      sleep(STOP_GRACE_MS).then(() => false),
    ]);
    if (!graceful) {
      node.child.kill("SIGKILL");
      await withTimeout(node.exited, KILL_WAIT_MS, `node ${id} to die after SIGKILL`);
    }
  }

  /** A KvClient (default endpoints: every node of the layout); closed by close(). */
  kv(options: Partial<RaftClientOptions> = {}): KvClient {
    const client = new RaftClient({
      endpoints: this.layout.nodes.map((node) => node.address),
      operationTimeoutMs: 15_000,
      ...(this.sharedSecret === undefined ? {} : { sharedSecret: this.sharedSecret }),
      ...options,
    });
    this.clients.push(client);
    return new KvClient(client);
  }

  /** A raw client connection to node `id` (closed by close()). */
  async connect(id: number, timeoutMs = 2_000): Promise<ClientConnection> {
    const connection = await ClientConnection.connect({
      address: this.address(id),
      clusterId: "ruvraft",
      timeoutMs,
      ...(this.sharedSecret === undefined ? {} : { sharedSecret: this.sharedSecret }),
    });
    this.connections.add(connection);
    return connection;
  }

  release(connection: ClientConnection): void {
    connection.close();
    this.connections.delete(connection);
  }

  /** Node `id`'s own status, or undefined when it does not answer within `timeoutMs`. */
  async status(id: number, timeoutMs = 1_000): Promise<Status | undefined> {
    let connection: ClientConnection | undefined;
    try {
      connection = await this.connect(id, timeoutMs);
      const response = await connection.request({ status: {} }, timeoutMs);
      return response.status ?? undefined;
    } catch {
      return undefined;
    } finally {
      if (connection !== undefined) this.release(connection);
    }
  }

  /**
   * Waits until one of `ids` is leader and every one of `ids` names it as leader in one term.
   * Resolves with the leader's id.
   */
  async waitForLeader(ids: readonly number[], timeoutMs = 15_000): Promise<number> {
    return waitUntil(
      `a leader all of [${ids.join(", ")}] agree on`,
      async () => {
        const statuses = await Promise.all(ids.map((id) => this.status(id)));
        const leader = statuses.find((status) => status?.role === "leader");
        if (leader === undefined) return undefined;
        const agreed = statuses.every(
          (status) => status?.leaderId === leader.nodeId && status?.term === leader.term,
        );
        return agreed ? (leader.nodeId ?? undefined) : undefined;
      },
      { timeoutMs, intervalMs: 50 },
    );
  }

  /** Waits until node `id` has applied at least `index`. */
  async waitForApplied(id: number, index: number, timeoutMs = 15_000): Promise<Status> {
    return waitUntil(
      `node ${id} to apply index ${index}`,
      async () => {
        const status = await this.status(id);
        return status !== undefined && (status.appliedIndex ?? 0) >= index ? status : undefined;
      },
      { timeoutMs, intervalMs: 50 },
    );
  }

  /** Reaps every process (SIGTERM, then SIGKILL), closes clients, removes the root. */
  async close(): Promise<void> {
    for (const client of this.clients.splice(0)) client.close();
    for (const connection of this.connections) connection.close();
    this.connections.clear();
    const failures: string[] = [];
    await Promise.all(
      [...this.nodes.keys()].map((id) =>
        this.stop(id).catch((error: unknown) => failures.push((error as Error).message)),
      ),
    );
    if (process.env.RUVRAFT_KEEP_PROCESS_DATA === "1") {
      process.stdout.write(`[cluster-harness] kept ${this.root}\n`);
    } else {
      fs.rmSync(this.root, { recursive: true, force: true });
    }
    if (failures.length > 0) throw new Error(`could not reap: ${failures.join("; ")}`);
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)),
      timeoutMs,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What a writer learned: keys whose put was acknowledged, and operations that failed. */
export interface WriterReport {
  acknowledged: Map<string, string>;
  failures: string[];
}

/**
 * Puts `prefix-<n>` = `<n>` in a loop (one put in flight, `pauseMs` between puts) until
 * stopped. A put that fails or times out has an unknown outcome and is not counted.
 */
export class Writer {
  readonly acknowledged = new Map<string, string>();
  readonly failures: string[] = [];
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(
    private readonly kv: KvClient,
    private readonly prefix: string,
    private readonly pauseMs = 5,
  ) {
    this.done = this.run();
  }

  get count(): number {
    return this.acknowledged.size;
  }

  /** Waits until `count` puts are acknowledged (a bounded wait). */
  async waitForCount(count: number, timeoutMs = 15_000): Promise<void> {
    await waitUntil(
      `${count} acknowledged puts of ${this.prefix} (have ${this.count}; failures: ${this.failures.slice(-3).join(" | ")})`,
      () => (this.count >= count ? true : undefined),
      { timeoutMs },
    );
  }

  async stop(): Promise<WriterReport> {
    this.stopped = true;
    await this.done;
    return { acknowledged: this.acknowledged, failures: this.failures };
  }

  private async run(): Promise<void> {
    // Bounded: stop() ends it; each put is bounded by the client's operationTimeoutMs.
    for (let n = 0; !this.stopped; n++) {
      const key = `${this.prefix}-${n}`;
      try {
        const response = await this.kv.put(key, String(n));
        if (response.ok) this.acknowledged.set(key, String(n));
        else this.failures.push(`${key}: ${response.error}`);
      } catch (error) {
        this.failures.push(`${key}: ${(error as Error).message}`);
      }
      if (this.pauseMs > 0) await sleep(this.pauseMs);
    }
  }
}

/** Checks every acknowledged key with a linearizable read; returns the mismatches. */
export async function missingWrites(
  kv: KvClient,
  acknowledged: ReadonlyMap<string, string>,
): Promise<string[]> {
  const missing: string[] = [];
  const entries = [...acknowledged];
  const batchSize = 64;
  for (let start = 0; start < entries.length; start += batchSize) {
    const batch = entries.slice(start, start + batchSize);
    const values = await Promise.all(batch.map(([key]) => kv.get(key)));
    batch.forEach(([key, value], index) => {
      if (values[index] !== value) missing.push(`${key}: expected ${value}, read ${values[index]}`);
    });
  }
  return missing;
}
