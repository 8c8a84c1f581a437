/**
 * Prometheus metrics of the Ruvector metadata, read from the projector at scrape time (one pass
 * over the view per scrape, MetadataProjector.summary):
 *
 * | Metric                                   | Type    | Labels         | Meaning |
 * |------------------------------------------|---------|----------------|---------|
 * | ruvraft_metadata_nodes                   | gauge   | status         | Registered nodes by status (online, suspect, offline) |
 * | ruvraft_metadata_nodes_draining          | gauge   |                | Nodes being drained |
 * | ruvraft_metadata_shards                  | gauge   | status         | Shards by status (active, replicating, migrating, offline); not active = moving or lost |
 * | ruvraft_metadata_collections             | gauge   |                | Collections |
 * | ruvraft_metadata_aliases                 | gauge   |                | Aliases |
 * | ruvraft_metadata_placement_pending       | gauge   |                | Collections with balance moves waiting for the move budget (concurrentMigrationsMax) |
 * | ruvraft_metadata_rejected_events_total   | counter | rule           | Events rejected by a rule, applied on this node since it started (log replay included) |
 * | ruvraft_metadata_watch_queries_total     | counter |                | Watch queries this node answered. A watch (MetadataClient.watch) polls, once per `intervalMs` (250 ms by default) while idle, so the subscribers are about rate(...) x that interval |
 *
 * Every node applies the same log, so every node reports the same view (up to its applied
 * index); dashboards take the leader's or the maximum.
 */
import { Counter, Gauge, type Registry } from "prom-client";
import type { MetadataProjector, MetadataSummary } from "../metadata/index.js";

export function registerMetadataMetrics(registry: Registry, projector: MetadataProjector): void {
  const registers = [registry];
  const summary = summaryPerScrape(projector);
  registerGauges(registers, summary);
  registerCounters(registers, summary);
}

/** One summary per scrape: the first metric collected reads it, the others reuse it. */
function summaryPerScrape(projector: MetadataProjector): () => MetadataSummary {
  let cached: MetadataSummary | undefined;
  return (): MetadataSummary => {
    if (cached === undefined) {
      cached = projector.summary();
      queueMicrotask(() => {
        cached = undefined;
      });
    }
    return cached;
  };
}

/** The gauges of the table above. */
function registerGauges(registers: Registry[], summary: () => MetadataSummary): void {
  const byStatus = (
    name: string,
    help: string,
    read: (s: MetadataSummary) => Record<string, number>,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ["status"],
      registers,
      collect() {
        for (const [status, count] of Object.entries(read(summary()))) this.set({ status }, count);
      },
    });
  byStatus("ruvraft_metadata_nodes", "Registered nodes by status", (s) => s.nodesByStatus);
  byStatus("ruvraft_metadata_shards", "Shards by status", (s) => s.shardsByStatus);
  const scalar = (name: string, help: string, read: (s: MetadataSummary) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read(summary()));
      },
    });
  scalar("ruvraft_metadata_nodes_draining", "Nodes being drained", (s) => s.drainingNodes);
  scalar("ruvraft_metadata_collections", "Collections", (s) => s.collections);
  scalar("ruvraft_metadata_aliases", "Aliases", (s) => s.aliases);
  scalar(
    "ruvraft_metadata_placement_pending",
    "Collections with balance moves waiting for the move budget",
    (s) => s.placementPending,
  );
}

/**
 * The counters: the projector counts since it was made, so each collect adds what grew since
 * the last one.
 */
function registerCounters(registers: Registry[], summary: () => MetadataSummary): void {
  let watchQueriesSeen = 0;
  new Counter({
    name: "ruvraft_metadata_watch_queries_total",
    help: "Watch queries this node answered (watchers poll)",
    registers,
    collect() {
      const count = summary().watchQueries;
      if (count > watchQueriesSeen) this.inc(count - watchQueriesSeen);
      watchQueriesSeen = count;
    },
  });
  const seen = new Map<string, number>();
  new Counter({
    name: "ruvraft_metadata_rejected_events_total",
    help: "Events rejected by a rule, applied on this node since it started",
    labelNames: ["rule"],
    registers,
    collect() {
      for (const [rule, count] of summary().rejectedByRule) {
        const before = seen.get(rule) ?? 0;
        if (count > before) this.inc({ rule }, count - before);
        seen.set(rule, count);
      }
    },
  });
}
