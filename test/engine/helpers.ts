/** Shared pieces of the engine tests. */

import type { HostedShard } from "../../src/engine/index.js";
import type { MetadataView } from "../../src/metadata/index.js";
import { DEFAULT_HNSW } from "../../src/metadata/index.js";
import type { Clock } from "../../src/node/clock.js";
import { AT_MS, spec as specOf } from "../metadata/fixtures.js";

/** A clock whose timers run only when the test says (retries are never automatic). */
export class ManualClock implements Clock {
  private readonly pending: { atMs: number; callback: () => void }[] = [];
  private now = 0;
  nowMs(): number {
    return this.now;
  }
  repeat(): () => void {
    throw new Error("the reconciler does not repeat");
  }
  after(delayMs: number, callback: () => void): () => void {
    const timer = { atMs: this.now + delayMs, callback };
    this.pending.push(timer);
    return () => {
      const position = this.pending.indexOf(timer);
      if (position >= 0) this.pending.splice(position, 1);
    };
  }
  async yieldTurn(): Promise<void> {}
  /** Runs every timer due within `ms`. */
  advance(ms: number): void {
    this.now += ms;
    for (const timer of this.pending.filter((t) => t.atMs <= this.now)) {
      this.pending.splice(this.pending.indexOf(timer), 1);
      timer.callback();
    }
  }
  timers(): number {
    return this.pending.length;
  }
}

/** A hosted shard of collection `name` with resolved defaults. */
export function hostedShard(name: string, shardId: number, createdAtMs = AT_MS): HostedShard {
  return {
    collection: name,
    shardId,
    createdAtMs,
    spec: {
      ...specOf(name, { dimensions: 4, shardCount: 2, replicationFactor: 1 }),
      hnsw: { ...DEFAULT_HNSW, m: 16, efConstruction: 64 },
    },
  };
}

export type { MetadataView };
