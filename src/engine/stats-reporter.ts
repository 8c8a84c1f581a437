/**
 * Every node running the engine reports the vector count and size of the shard copies it holds,
 * so `ruvraft ctl shards list` shows them (each Shard's `stats`, one entry per holder).
 *
 * Rate and batching: every `intervalMs` (default 30 s) the node compares each held copy's
 * numbers with what it last reported and proposes one ReportShardStats event (through the
 * leader) with the copies that changed; nothing changed, nothing proposed, so an idle cluster
 * writes no stats at all. A cluster of N engine nodes thus adds at most N entries per interval
 * whatever its shard count: 1,000 shards on 20 nodes under constant writes is 20 entries per
 * 30 s (about 150 copies of ~30 bytes each per entry). A failed proposal is retried at the next
 * tick (nothing is marked reported); a rejected one is logged and not repeated.
 */
import type { Logger } from "pino";
import type { MetadataEvent, MetadataResponse } from "../metadata/index.js";
import { STATS_ENTRIES_MAX } from "../metadata/rules.js";
import type { Clock } from "../node/clock.js";
import { type ShardEngine, shardKey } from "./shard-engine.js";

export const STATS_INTERVAL_MS_DEFAULT = 30_000;

export interface ShardStatsReporterOptions {
  nodeId: number;
  engine: ShardEngine;
  propose: (event: MetadataEvent) => Promise<MetadataResponse>;
  clock: Clock;
  /** How often to compare and report (default STATS_INTERVAL_MS_DEFAULT). */
  intervalMs?: number;
  /** Proposer time stamped on the events (unix ms; default Date.now). */
  wallClockMs?: () => number;
  logger?: Logger;
}

type Entry = { collection: string; shardId: number; vectorCount: number; bytes: number };

export class ShardStatsReporter {
  /** What was last reported, by shard key and incarnation. */
  private readonly reported = new Map<string, string>();
  private cancel: (() => void) | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: ShardStatsReporterOptions) {}

  start(): void {
    this.cancel = this.options.clock.repeat(
      this.options.intervalMs ?? STATS_INTERVAL_MS_DEFAULT,
      () => {
        if (this.running === undefined) {
          this.running = this.report().finally(() => {
            this.running = undefined;
          });
        }
      },
    );
  }

  async stop(): Promise<void> {
    this.cancel?.();
    this.cancel = undefined;
    await this.running;
  }

  /** One comparison and, if anything changed, one report. Exposed for tests. */
  async report(): Promise<void> {
    const { options } = this;
    const { engine } = options;
    const changed: Entry[] = [];
    const seen = new Map<string, string>();
    for (const held of engine.hosted()) {
      const key = `${shardKey(held.collection, held.shardId)}@${held.createdAtMs}`;
      let stats: { vectorCount: number; bytes: number };
      try {
        stats = await engine.stats(held.collection, held.shardId);
      } catch {
        continue; // dropped meanwhile: the next tick sees it gone
      }
      const numbers = `${stats.vectorCount}/${stats.bytes}`;
      seen.set(key, numbers);
      if (this.reported.get(key) !== numbers) {
        changed.push({ collection: held.collection, shardId: held.shardId, ...stats });
      }
    }
    // Copies no longer held are forgotten: one made again is reported afresh.
    for (const key of [...this.reported.keys()]) if (!seen.has(key)) this.reported.delete(key);
    if (changed.length === 0) return;
    // One event per STATS_ENTRIES_MAX copies (a node rarely holds that many).
    for (let start = 0; start < changed.length; start += STATS_ENTRIES_MAX) {
      let response: MetadataResponse;
      try {
        response = await options.propose({
          type: "reportShardStats",
          atMs: (options.wallClockMs ?? Date.now)(),
          nodeId: options.nodeId,
          shards: changed.slice(start, start + STATS_ENTRIES_MAX),
        });
      } catch (error) {
        options.logger?.debug(
          { error: (error as Error).message },
          "shard stats: could not propose; retrying at the next interval",
        );
        return;
      }
      if (!response.ok) {
        options.logger?.warn(
          { rule: response.rule, reason: response.reason },
          "shard stats: report rejected",
        );
      }
    }
    for (const [key, numbers] of seen) this.reported.set(key, numbers);
  }
}
