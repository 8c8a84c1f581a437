/**
 * The fault suite's workload: a few concurrent clients, each its own RaftClient with its own
 * session, running put / cas / get over a small key space through the built-in kv state
 * machine (the checker's model is a kv register, so the workload uses kv rather than
 * metadata events).
 *
 * Recording (one logical clock for every client: a counter that advances on every call and
 * every return, so real-time order is exactly the order this process saw events in):
 * - put, cas, linearizable get and lease get go into the checked history;
 * - a put or cas that fails in any way (timeout, lost connection, error answer) has an
 *   unknown outcome (`unknownOutput`, return Infinity): it may have been applied;
 * - a get that fails is dropped (it changed nothing);
 * - stale gets are NOT linearizable by design; they are kept aside and checked only for
 *   "the value was written at some point (or the key is absent)".
 * Every written value is unique (`c<client>-<n>`), so a read names the write it saw.
 */
import { KvClient } from "../../src/client/kv-client.js";
import { RaftClient, type ReadConsistency } from "../../src/client/raft-client.js";
import {
  type KvInput,
  type KvOperation,
  type KvOutput,
  unknownOutput,
} from "../../src/testing/lin/index.js";
import type { Random } from "./random.js";

/** Each client pauses this long between operations. */
const PAUSE_BETWEEN_OPERATIONS_MS = 5;
/**
 * ...and this long after a failed one: failures come in bursts (a leadership transfer drops
 * every proposal at once), and each failed write is an unknown outcome that the checker must
 * carry to the end of its key's history (cost exponential in how many overlap).
 */
const PAUSE_AFTER_FAILURE_MS = 250;
/** A bound on recorded operations (the checker's cost grows with them). */
const OPERATIONS_MAX = 200_000;

export interface StaleRead {
  client: number;
  key: string;
  value: string | null;
}

export interface WorkloadCounts {
  put: number;
  cas: number;
  getLinearizable: number;
  getLease: number;
  getStale: number;
  /** Writes with unknown outcome. */
  unknown: number;
  /** Reads that failed (dropped). */
  failedReads: number;
}

interface Recorded {
  client: number;
  input: KvInput;
  output: KvOutput | typeof unknownOutput;
  call: number;
  return: number;
  consistency: ReadConsistency | "write";
}

export class Workload {
  readonly keys: string[];
  readonly staleReads: StaleRead[] = [];
  readonly counts: WorkloadCounts = {
    put: 0,
    cas: 0,
    getLinearizable: 0,
    getLease: 0,
    getStale: 0,
    unknown: 0,
    failedReads: 0,
  };
  /** Every value ever sent in a put or cas, per key (whatever the outcome). */
  readonly written = new Map<string, Set<string>>();
  /** Why operations failed: error message (numbers blanked) -> count. */
  readonly errors = new Map<string, number>();
  private readonly operations: Recorded[] = [];
  private readonly clients: RaftClient[] = [];
  private clock = 0;
  private failureCount = 0;
  private stopped = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly options: {
      endpoints: readonly string[];
      clientCount: number;
      keyCount: number;
      operationTimeoutMs: number;
      /** The client secret its clients prove (client rights: writes and reads). */
      clientSecret: string;
      random: Random;
    },
  ) {
    this.keys = Array.from({ length: options.keyCount }, (_, index) => `k${index}`);
    for (const key of this.keys) this.written.set(key, new Set());
  }

  start(): void {
    this.loops = Array.from({ length: this.options.clientCount }, (_, index) => {
      const client = new RaftClient({
        endpoints: this.options.endpoints,
        operationTimeoutMs: this.options.operationTimeoutMs,
        attemptTimeoutMs: 1_000,
        clientId: 1000 + index,
        clientSecret: this.options.clientSecret,
      });
      this.clients.push(client);
      return this.loop(index + 1, new KvClient(client), this.options.random.fork(index + 1));
    });
  }

  /** Stops issuing operations and waits for those in flight (each bounded by its timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
    for (const client of this.clients) client.close();
  }

  get operationCount(): number {
    return this.operations.length;
  }

  private call(client: number, input: KvInput, consistency: Recorded["consistency"]): Recorded {
    const operation: Recorded = {
      client,
      input,
      output: unknownOutput,
      call: ++this.clock,
      return: Number.POSITIVE_INFINITY,
      consistency,
    };
    this.operations.push(operation);
    return operation;
  }

  private complete(operation: Recorded, output: KvOutput): void {
    operation.output = output;
    operation.return = ++this.clock;
  }

  /** Records the final linearizable reads of every key (after the cluster healed). */
  async finalReads(endpoints: readonly string[]): Promise<Map<string, string | null>> {
    const client = new RaftClient({
      endpoints,
      operationTimeoutMs: 15_000,
      clientId: 999,
      clientSecret: this.options.clientSecret,
    });
    const kv = new KvClient(client);
    const values = new Map<string, string | null>();
    try {
      for (const key of this.keys) {
        const operation = this.call(0, { kind: "get", key }, "linearizable");
        const value = await kv.get(key, "linearizable");
        this.complete(operation, { kind: "get", value });
        values.set(key, value);
      }
    } finally {
      client.close();
    }
    return values;
  }

  /** The checked history (optionally without lease reads, to tell where a violation is). */
  history(options: { leaseReads: boolean } = { leaseReads: true }): KvOperation[] {
    return this.operations
      .filter((operation) => options.leaseReads || operation.consistency !== "lease")
      .map(({ client, input, output, call, return: returned }) => ({
        client,
        input,
        output,
        call,
        return: returned,
      }));
  }

  /** The history as JSON lines (kept in the run folder). */
  historyJson(): string {
    return this.operations
      .map((operation) =>
        JSON.stringify({
          ...operation,
          output: operation.output === unknownOutput ? "unknown" : operation.output,
          return: Number.isFinite(operation.return) ? operation.return : null,
        }),
      )
      .join("\n");
  }

  /** Counts a failure: a write's outcome is unknown, a read is dropped. */
  private fail(what: string, error: unknown): void {
    this.failureCount++;
    if (what === "put" || what === "cas") this.counts.unknown++;
    else this.counts.failedReads++;
    const message = error instanceof Error ? error.message : String(error);
    const reason = `${what}: ${message.replace(/\d+/g, "N").slice(0, 160)}`;
    this.errors.set(reason, (this.errors.get(reason) ?? 0) + 1);
  }

  private async loop(client: number, kv: KvClient, random: Random): Promise<void> {
    /** What this client last saw per key: the `expected` of its next cas. */
    const seen = new Map<string, string | null>();
    // Bounded: stop() ends it, and OPERATIONS_MAX caps it; each operation is bounded by the
    // client's operationTimeoutMs.
    for (let n = 0; !this.stopped && this.operations.length < OPERATIONS_MAX; n++) {
      const failuresBefore = this.failureCount;
      const key = random.pick(this.keys);
      const draw = random.next();
      if (draw < 0.3) {
        await this.put(client, kv, key, `c${client}-${n}`);
      } else if (draw < 0.5) {
        await this.cas(client, kv, key, seen.get(key) ?? null, `c${client}-${n}`, seen);
      } else if (draw < 0.7) {
        await this.get(client, kv, key, "linearizable", seen);
      } else if (draw < 0.85) {
        await this.get(client, kv, key, "lease", seen);
      } else {
        await this.get(client, kv, key, "stale", seen);
      }
      const failed = this.failureCount !== failuresBefore;
      await sleep(failed ? PAUSE_AFTER_FAILURE_MS : PAUSE_BETWEEN_OPERATIONS_MS);
    }
  }

  private async put(client: number, kv: KvClient, key: string, value: string): Promise<void> {
    this.written.get(key)?.add(value);
    this.counts.put++;
    const operation = this.call(client, { kind: "put", key, value }, "write");
    try {
      const response = await kv.put(key, value);
      if (response.ok) this.complete(operation, { kind: "put" });
      else this.fail("put", response.error);
    } catch (error) {
      this.fail("put", error);
    }
  }

  private async cas(
    client: number,
    kv: KvClient,
    key: string,
    expected: string | null,
    value: string,
    seen: Map<string, string | null>,
  ): Promise<void> {
    this.written.get(key)?.add(value);
    this.counts.cas++;
    const operation = this.call(client, { kind: "cas", key, expected, value }, "write");
    try {
      const response = await kv.cas(key, expected, value);
      if (response.ok && typeof response.swapped === "boolean") {
        this.complete(operation, { kind: "cas", swapped: response.swapped });
        seen.set(key, response.swapped ? value : (response.value ?? null));
      } else {
        this.fail("cas", response.ok ? "no swapped field" : response.error);
      }
    } catch (error) {
      this.fail("cas", error);
    }
  }

  private async get(
    client: number,
    kv: KvClient,
    key: string,
    consistency: ReadConsistency,
    seen: Map<string, string | null>,
  ): Promise<void> {
    if (consistency === "stale") {
      this.counts.getStale++;
      try {
        const response = await kv.query({ op: "get", key }, "stale");
        if (!response.ok) throw new Error(response.error);
        this.staleReads.push({ client, key, value: response.value ?? null });
      } catch (error) {
        this.fail("stale get", error);
      }
      return;
    }
    if (consistency === "linearizable") this.counts.getLinearizable++;
    else this.counts.getLease++;
    const operation = this.call(client, { kind: "get", key }, consistency);
    try {
      const response = await kv.query({ op: "get", key }, consistency);
      if (!response.ok) throw new Error(response.error);
      const value = response.value ?? null;
      this.complete(operation, { kind: "get", value });
      seen.set(key, value);
    } catch (error) {
      this.fail(`${consistency} get`, error);
      // A failed read changed nothing: drop it from the history.
      const index = this.operations.lastIndexOf(operation);
      if (index >= 0) this.operations.splice(index, 1);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
