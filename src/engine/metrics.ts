/**
 * The engine's Prometheus metrics, added to a node's registry (the admin server's /metrics):
 *
 * | Metric                                  | Type    | Meaning |
 * |-----------------------------------------|---------|---------|
 * | ruvraft_engine_stores                   | gauge   | Shard stores this node's engine holds |
 * | ruvraft_engine_drift_shards             | gauge   | Shards the engine differs from the placement by (to create or drop), as of the last reconciler pass; non-zero for long: see the warnings in the log |
 * | ruvraft_engine_failed_operations_total  | counter | Store creations and drops that failed (disk errors, specs the engine refuses) and were retried |
 * | ruvraft_engine_reconcile_passes_total   | counter | Reconciler passes run |
 */
import { Counter, Gauge, type Registry } from "prom-client";
import type { ShardReconciler } from "./reconciler.js";
import type { ShardEngine } from "./shard-engine.js";

export function registerEngineMetrics(
  registry: Registry,
  engine: ShardEngine,
  reconciler: ShardReconciler,
): void {
  const registers = [registry];
  new Gauge({
    name: "ruvraft_engine_stores",
    help: "Shard stores this node's engine holds",
    registers,
    collect() {
      this.set(engine.hosted().length);
    },
  });
  new Gauge({
    name: "ruvraft_engine_drift_shards",
    help: "Shards the engine differs from the placement by, as of the last reconciler pass",
    registers,
    collect() {
      this.set(reconciler.drift());
    },
  });
  let failuresSeen = 0;
  new Counter({
    name: "ruvraft_engine_failed_operations_total",
    help: "Store creations and drops that failed and were retried",
    registers,
    collect() {
      const failures = reconciler.failureCount();
      this.inc(failures - failuresSeen);
      failuresSeen = failures;
    },
  });
  let passesSeen = 0;
  new Counter({
    name: "ruvraft_engine_reconcile_passes_total",
    help: "Reconciler passes run",
    registers,
    collect() {
      const passes = reconciler.passCount();
      this.inc(passes - passesSeen);
      passesSeen = passes;
    },
  });
}
