/**
 * The fault suite's node processes: `ruvraft node` (kv state machine) in its own namespace,
 * started as `ip netns exec <ns> node <main.js> node ...`. `ip netns exec` enters the
 * namespace and then exec()s node, so the child's pid IS the node's pid: signals (SIGKILL,
 * SIGSTOP, SIGCONT) reach the node itself, and `--exit-with-parent` watches this process.
 * A process-exit hook SIGKILLs (after SIGCONT) whatever is still alive as a last resort.
 *
 * Each slot 1..N has one address (10.A.B.<slot>:7000), one data directory and one log file
 * under the run folder. Slot <slot> runs node id <slot>; a slot that was removed from the
 * cluster is wiped and restarted with `--join` before it is added back.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ClientConnection, type ClientResponse } from "../../src/transport/index.js";
import type { FaultNetwork } from "./network.js";

export const NODE_PORT = 7000;
/** After SIGTERM a node gets this long to stop cleanly, then SIGKILL. */
const STOP_GRACE_MS = 5_000;
/** After SIGKILL the exit event comes within this. */
const KILL_WAIT_MS = 5_000;
const START_TIMEOUT_MS = 15_000;

export type Status = NonNullable<ClientResponse["status"]>;

const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of live) {
    child.kill("SIGCONT");
    child.kill("SIGKILL");
  }
});

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value other than undefined, at most `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = ` (last error: ${(error as Error).message})`;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError}`);
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

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
  paused: boolean;
}

export class NodeSet {
  readonly slots: number[];
  private readonly running = new Map<number, Running>();
  /** Slots wiped and restarted with --join (they keep --join on every restart). */
  private readonly joined = new Set<number>();
  /** Unexpected exits (not caused by us), for the verdict. */
  readonly crashes: string[] = [];

  constructor(
    private readonly options: {
      network: FaultNetwork;
      root: string;
      nodeMain: string;
      configFile: string;
      /** The client secret the status probes prove (the nodes' config file has it). */
      clientSecret: string;
    },
  ) {
    this.slots = Array.from({ length: options.network.nodeCount }, (_, index) => index + 1);
  }

  address(slot: number): string {
    return `${this.options.network.host(slot)}:${NODE_PORT}`;
  }

  addresses(): string[] {
    return this.slots.map((slot) => this.address(slot));
  }

  dataDirectory(slot: number): string {
    return path.join(this.options.root, `node-${slot}`);
  }

  logFile(slot: number): string {
    return path.join(this.options.root, `node-${slot}.log`);
  }

  isRunning(slot: number): boolean {
    return this.running.has(slot);
  }

  isPaused(slot: number): boolean {
    return this.running.get(slot)?.paused === true;
  }

  /** Starts the node of `slot` and waits until it logs "node listening". */
  async start(slot: number): Promise<void> {
    if (this.running.has(slot)) throw new Error(`node ${slot} is already running`);
    const logFile = this.logFile(slot);
    const before = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
    const log = fs.openSync(logFile, "a");
    const peers = this.slots.map((peer) => `${peer}=${this.address(peer)}`).join(",");
    const child = spawn(
      "ip",
      [
        ...["netns", "exec", this.options.network.namespace(slot)],
        ...[process.execPath, this.options.nodeMain, "node"],
        ...["--config", this.options.configFile, "--node-id", String(slot)],
        ...["--peers", peers, "--data", this.dataDirectory(slot), "--state-machine", "kv"],
        "--exit-with-parent",
        ...(this.joined.has(slot) ? ["--join"] : []),
      ],
      { stdio: ["ignore", log, log] },
    );
    fs.closeSync(log);
    live.add(child);
    const entry: Running = {
      child,
      paused: false,
      exited: new Promise((resolve) => {
        child.once("exit", (code, signal) => {
          live.delete(child);
          if (this.running.get(slot) === entry) {
            this.running.delete(slot);
            this.crashes.push(`node ${slot} exited on its own (${code ?? signal})`);
          }
          resolve();
        });
      }),
    };
    this.running.set(slot, entry);
    await waitUntil(
      `node ${slot} to listen`,
      async () => {
        if (this.running.get(slot) !== entry) throw new Error(`node ${slot} exited`);
        const text = fs.readFileSync(logFile, "utf8").slice(before);
        return text.includes('"msg":"node listening"') ? true : undefined;
      },
      START_TIMEOUT_MS,
      50,
    );
  }

  /** SIGKILL (a paused node is killed too). Resolves once it is gone. */
  async kill(slot: number): Promise<void> {
    const entry = this.running.get(slot);
    if (entry === undefined) return;
    this.running.delete(slot);
    entry.child.kill("SIGKILL");
    await withTimeout(entry.exited, KILL_WAIT_MS, `node ${slot} to die after SIGKILL`);
  }

  /** SIGTERM, then SIGKILL after the grace period. */
  async stop(slot: number): Promise<void> {
    const entry = this.running.get(slot);
    if (entry === undefined) return;
    this.running.delete(slot);
    if (entry.paused) entry.child.kill("SIGCONT");
    entry.child.kill("SIGTERM");
    const clean = await Promise.race([
      entry.exited.then(() => true),
      sleep(STOP_GRACE_MS).then(() => false),
    ]);
    if (!clean) {
      this.crashes.push(`node ${slot} did not stop within ${STOP_GRACE_MS} ms of SIGTERM`);
      entry.child.kill("SIGKILL");
      await withTimeout(entry.exited, KILL_WAIT_MS, `node ${slot} to die after SIGKILL`);
    }
  }

  pause(slot: number): void {
    const entry = this.running.get(slot);
    if (entry === undefined || entry.paused) return;
    entry.child.kill("SIGSTOP");
    entry.paused = true;
  }

  resume(slot: number): void {
    const entry = this.running.get(slot);
    if (entry === undefined || !entry.paused) return;
    entry.child.kill("SIGCONT");
    entry.paused = false;
  }

  /** Kills the slot, wipes its data and restarts it empty with --join (to be added back). */
  async wipeAndJoin(slot: number): Promise<void> {
    await this.kill(slot);
    fs.rmSync(this.dataDirectory(slot), { recursive: true, force: true });
    this.joined.add(slot);
    await this.start(slot);
  }

  /** Node `slot`'s own status, or undefined when it does not answer in time. */
  async status(slot: number, timeoutMs = 1_000): Promise<Status | undefined> {
    let connection: ClientConnection | undefined;
    try {
      connection = await ClientConnection.connect({
        address: this.address(slot),
        clusterId: "ruvraft",
        timeoutMs,
        sharedSecret: this.options.clientSecret,
        credential: "client",
      });
      const response = await connection.request({ status: {} }, timeoutMs);
      return response.status ?? undefined;
    } catch {
      return undefined;
    } finally {
      connection?.close();
    }
  }

  /** The slot every answering node names as leader in the highest term seen, if any. */
  async leader(): Promise<number | undefined> {
    const statuses = await Promise.all(this.slots.map((slot) => this.status(slot, 500)));
    let best: Status | undefined;
    for (const status of statuses) {
      if (status?.role !== "leader") continue;
      if (best === undefined || (status.term ?? 0) > (best.term ?? 0)) best = status;
    }
    return best?.nodeId ?? undefined;
  }

  /** Resumes and stops every node (SIGTERM, then SIGKILL). */
  async stopAll(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.stop(slot)));
  }
}
