/**
 * contrib/: the Grafana dashboard and the Prometheus alerts only use metrics a node exports
 * (the node's, the metadata's and the engine's registries, and the process metrics), the
 * dashboard is a Grafana 10 dashboard model, and the alert rules parse (with promtool, from
 * Debian's prometheus package, where it is installed).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { registerMetadataMetrics } from "../../src/controller/metadata-metrics.js";
import { registerEngineMetrics } from "../../src/engine/metrics.js";
import type { ShardReconciler } from "../../src/engine/reconciler.js";
import type { ShardEngine } from "../../src/engine/shard-engine.js";
import { MetadataProjector } from "../../src/metadata/index.js";
import { NodeMetrics, type ObservedNode } from "../../src/node/metrics.js";

const DASHBOARD = path.resolve("contrib/grafana/ruvraft.json");
const ALERTS = path.resolve("contrib/prometheus/alerts.yml");
/** Series Prometheus itself makes. */
const PROMETHEUS_SERIES = new Set(["up"]);

/** Every series name a metadata node with the engine exports (histogram parts included). */
async function exportedSeries(): Promise<Set<string>> {
  const node: ObservedNode = {
    status: () =>
      ({
        nodeId: 1,
        incarnation: 1,
        generation: 1,
        address: "127.0.0.1:1",
        role: "leader",
        term: 1,
        leaderId: 1,
        commitIndex: 1,
        appliedIndex: 1,
        lastIndex: 1,
        snapshotIndex: 0,
        confState: {
          voters: [1],
          learners: [],
          votersOutgoing: [],
          learnersNext: [],
          autoLeave: false,
        },
        peers: [
          {
            nodeId: 2,
            address: "127.0.0.1:2",
            matchIndex: 1,
            lagMs: 0,
            learner: false,
            recentActive: true,
          },
        ],
        proposalsPending: 0,
        logDiskBytes: 0,
      }) as unknown as ReturnType<ObservedNode["status"]>,
    members: () => [{ nodeId: 1, address: "127.0.0.1:1", voter: true, learner: false }],
    on: () => undefined,
    off: () => undefined,
  };
  const metrics = new NodeMetrics(node);
  registerMetadataMetrics(metrics.registry, new MetadataProjector());
  const engine = { hosted: () => [] } as unknown as ShardEngine;
  const reconciler = { drift: () => 0, failureCount: () => 0, passCount: () => 0 };
  registerEngineMetrics(metrics.registry, engine, reconciler as unknown as ShardReconciler);
  const names = new Set<string>();
  for (const line of (await metrics.text()).split("\n")) {
    const match = /^# TYPE (\S+) (\w+)$/.exec(line);
    if (match === null) continue;
    const [, name, type] = match as unknown as [string, string, string];
    names.add(name);
    if (type === "histogram")
      for (const part of ["_bucket", "_sum", "_count"]) names.add(name + part);
    if (type === "summary") for (const part of ["_sum", "_count"]) names.add(name + part);
  }
  return names;
}

/** Metric names in a PromQL expression (functions, keywords and label names left out). */
function seriesIn(expression: string): string[] {
  const withoutLabels = expression
    .replace(/\{[^}]*\}/g, "")
    .replace(/\b(by|without)\s*\([^)]*\)/g, "");
  return [...withoutLabels.matchAll(/\b(ruvraft_\w+|process_\w+|nodejs_\w+|up)\b/g)].map(
    (match) => match[1] as string,
  );
}

describe("contrib", () => {
  it("the Grafana dashboard is a dashboard model whose queries use exported metrics only", async () => {
    const exported = await exportedSeries();
    const dashboard = JSON.parse(fs.readFileSync(DASHBOARD, "utf8"));
    expect(dashboard).toMatchObject({ title: "ruvraft", uid: "ruvraft-overview" });
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
    const panels = dashboard.panels as { id: number; title: string; targets: { expr: string }[] }[];
    expect(new Set(panels.map((panel) => panel.id)).size).toBe(panels.length);
    const used = panels.flatMap((panel) =>
      panel.targets.flatMap((target) => seriesIn(target.expr)),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((name) => !exported.has(name))).toEqual([]);
    for (const wanted of [
      "ruvraft_commit_index",
      "ruvraft_fsync_duration_seconds_bucket",
      "ruvraft_metadata_shards",
    ]) {
      expect(used).toContain(wanted);
    }
  });

  it("the alert rules use exported metrics only, and parse", async () => {
    const exported = await exportedSeries();
    const rules = parse(fs.readFileSync(ALERTS, "utf8")) as {
      groups: {
        name: string;
        rules: { alert: string; expr: string; labels: { severity: string } }[];
      }[];
    };
    const all = rules.groups.flatMap((group) => group.rules);
    expect(all.map((rule) => rule.alert)).toEqual(
      expect.arrayContaining([
        "RuvraftNoLeader",
        "RuvraftFrequentLeaderChanges",
        "RuvraftHighFsyncLatency",
        "RuvraftFollowerLag",
        "RuvraftMetadataNodeOffline",
        "RuvraftShardsNotActive",
      ]),
    );
    const used = all.flatMap((rule) => seriesIn(rule.expr));
    expect(used.filter((name) => !exported.has(name) && !PROMETHEUS_SERIES.has(name))).toEqual([]);
    for (const rule of all) expect(["critical", "warning"]).toContain(rule.labels.severity);
    // promtool validates the PromQL itself where Debian's prometheus package is installed.
    if (spawnSync("promtool", ["--version"]).status === 0) {
      expect(execFileSync("promtool", ["check", "rules", ALERTS]).toString()).toMatch(
        /SUCCESS: \d+ rules found/,
      );
    }
  });
});
