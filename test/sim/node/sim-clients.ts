/**
 * The whole-node simulation's clients (node-simulation.ts): each runs one operation at a time
 * (put, compare-and-swap, or a ReadIndex or lease read of one of a few keys, with unique
 * values), against the node it believes leads, and records every call and answer in the
 * history the linearizability checker reads (../linearizability.ts). A client that hears
 * nothing within CLIENT_TIMEOUT_MS gives up: the outcome is unknown. An error that proves the
 * request took no effect is recorded as such; any other is unknown.
 */
import type { KvCommand, KvQuery, KvResponse } from "../../../src/node/kv-codec.js";
import type { RaftNode } from "../../../src/node/raft-node.js";
import type { SeededRandom } from "../../../src/raft/index.js";
import type { HistoryOp, HistoryOutput } from "../simulation.js";
import type { Scheduler } from "./scheduler.js";

export type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;

/** The keys the clients use. */
export const KEYS = ["a", "b", "c", "d", "e"];
/** A client gives up on an answer after this long: its outcome is then unknown. */
export const CLIENT_TIMEOUT_MS = 2_000;

/** What the clients need from the simulation around them. */
export interface ClientSurroundings {
  readonly scheduler: Scheduler;
  /** The simulation's random source (shared: draws stay in one seeded order). */
  readonly random: SeededRandom;
  /** Whether reads may ask for a lease read. */
  readonly leaseReads: boolean;
  /** The nodes clients pick first. */
  readonly firstNodes: readonly number[];
  /** Every node id, for a client that must pick another node. */
  nodeIds(): number[];
  /** Runs `call` inside node `id`'s process (rejects when the node is down). */
  inNode<T>(id: number, call: (node: KvNode) => Promise<T>): Promise<T>;
  /** True once the run found a violation. */
  mustStop(): boolean;
}

export class SimClients {
  readonly history: HistoryOp[] = [];
  private eventCounter = 0;
  private nextValue = 1;
  private stopped = false;
  private readonly random: SeededRandom;

  constructor(private readonly surroundings: ClientSurroundings) {
    this.random = surroundings.random;
  }

  /** Starts `count` clients, numbered from 1. */
  start(count: number): void {
    for (let client = 1; client <= count; client++) void this.loop(client);
  }

  /** No client starts another operation. */
  stop(): void {
    this.stopped = true;
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.random.nextInt(items.length)];
  }

  private async loop(client: number): Promise<void> {
    let target = this.pick(this.surroundings.firstNodes) as number;
    while (!this.stopped && !this.surroundings.mustStop()) {
      const outcome = await this.operation(client, target);
      if (outcome.leaderHint !== undefined && outcome.leaderHint !== 0) target = outcome.leaderHint;
      else if (outcome.retarget) target = this.pick(this.surroundings.nodeIds()) as number;
      await this.surroundings.scheduler.sleep(5 + this.random.nextInt(40));
    }
  }

  private async operation(
    client: number,
    target: number,
  ): Promise<{ leaderHint: number | undefined; retarget: boolean }> {
    const key = this.pick(KEYS) as string;
    const roll = this.random.nextInt(10);
    const leaseReads = this.surroundings.leaseReads;
    let input: HistoryOp["input"];
    let call: (node: KvNode) => Promise<KvResponse>;
    if (roll < 4) {
      const value = this.nextValue++;
      input = { op: "put", key, value };
      call = (node) => node.propose({ op: "put", key, value: String(value) });
    } else if (roll < 6) {
      const value = this.nextValue++;
      const expected = this.random.chance(0.3) ? null : this.guessValue(key);
      input = { op: "cas", key, value, expect: expected };
      call = (node) =>
        node.propose({
          op: "cas",
          key,
          expected: expected === null ? null : String(expected),
          value: String(value),
        });
    } else {
      const lease = leaseReads && this.random.chance(0.5);
      input = { op: "get", key, mode: lease ? "lease" : "safe" };
      call = (node) => node.readIndex({ op: "get", key }, lease ? "lease" : "linearizable");
    }
    const op: HistoryOp = {
      client,
      input,
      output: undefined,
      node: target,
      call: ++this.eventCounter,
      return: undefined,
      callStep: Math.floor(this.surroundings.scheduler.nowMs()),
      returnStep: undefined,
    };
    this.history.push(op);
    const answer = await this.surroundings.scheduler.within(
      this.surroundings.inNode(target, call),
      CLIENT_TIMEOUT_MS,
    );
    let leaderHint: number | undefined;
    let retarget = false;
    if (answer.kind === "timeout") {
      op.output = "unknown";
      retarget = true;
    } else if (answer.kind === "error") {
      const error = answer.error as Error & { code?: string; leaderId?: number };
      leaderHint = error.leaderId;
      retarget = true;
      op.output = certainlyWithoutEffect(op.input.op, error.code)
        ? `error:${error.code ?? "EDOWN"}`
        : "unknown";
    } else {
      op.output = outputOf(op.input, answer.value);
    }
    if (op.output !== "unknown") {
      op.return = ++this.eventCounter;
      op.returnStep = Math.floor(this.surroundings.scheduler.nowMs());
    }
    return { leaderHint, retarget };
  }

  /** A value some put wrote to `key` lately (so that compare-and-swaps sometimes swap). */
  private guessValue(key: string): number | null {
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - 20; i--) {
      const op = this.history[i] as HistoryOp;
      if (op.input.key === key && op.input.value !== undefined) return op.input.value;
    }
    return null;
  }

  /**
   * A linearizable read of `key` through node `target`, recorded as client 0's when it
   * answers (a read that fails has no effect and is left out); true when it answered.
   */
  async finalRead(target: number, key: string): Promise<boolean> {
    const client = 0;
    const op: HistoryOp = {
      client,
      input: { op: "get", key, mode: "safe" },
      output: undefined,
      node: target,
      call: ++this.eventCounter,
      return: undefined,
      callStep: Math.floor(this.surroundings.scheduler.nowMs()),
      returnStep: undefined,
    };
    this.history.push(op);
    const answer = await this.surroundings.scheduler.within(
      this.surroundings.inNode(target, (node) => node.readIndex({ op: "get", key })),
      CLIENT_TIMEOUT_MS,
    );
    if (answer.kind !== "value") {
      op.output = "error:EFINAL";
      return false;
    }
    op.output = outputOf(op.input, answer.value);
    op.return = ++this.eventCounter;
    op.returnStep = Math.floor(this.surroundings.scheduler.nowMs());
    return true;
  }
}

/** Errors that prove a request had no effect: refused before anything was appended. */
function certainlyWithoutEffect(op: HistoryOp["input"]["op"], code: string | undefined): boolean {
  if (op === "get") return true;
  return code === "ENOTLEADER" || code === "EOVERLOADED" || code === "EDROPPED";
}

function outputOf(input: HistoryOp["input"], response: KvResponse): HistoryOutput {
  if (!response.ok) return `error:${response.error}`;
  if (input.op === "put") return "ok";
  if (input.op === "cas") return response.swapped === true;
  const value = response.value;
  return value === null || value === undefined ? null : Number(value);
}
