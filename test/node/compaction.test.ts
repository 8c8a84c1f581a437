/**
 * The compaction manager and snapshot install: disk use stays bounded under endless writes,
 * restarts come back from snapshot + tail, and a node that joins after compaction (or was
 * wiped) is rebuilt from a snapshot sent by the leader.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KvStateMachine } from "../../src/node/kv-state-machine.js";
import { snapshotFileName } from "../../src/snapshot/snapshot-store.js";
import { findSnapshotStorms } from "../fault/log-checks.js";
import { KV, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { collectingLogger, type KvNode } from "./kv-nodes.js";

const COMPACTING = {
  electionTimeoutMinMs: 60,
  electionTimeoutMaxMs: 120,
  heartbeatIntervalMs: 10,
  snapshotThresholdEntries: 40,
  // Every 40 entries, however large the state (the pacing by log size has its own test).
  snapshotThresholdLogRatio: 0,
  snapshotTrailingEntries: 5,
  segmentSizeBytes: 4096,
};

function files(directory: string, suffix: string): string[] {
  return fs.existsSync(directory)
    ? fs.readdirSync(directory).filter((name) => name.endsWith(suffix))
    : [];
}

describe("compaction", () => {
  it("keeps disk use bounded under endless writes and restarts from snapshot + tail", async () => {
    const cluster = memoryCluster({ size: 1, application: KV, options: COMPACTING });
    const directory = cluster.directory(1);
    const node = cluster.make(1);
    await node.start();
    await node.waitForLeader(5000);
    const segmentCounts: number[] = [];
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 100; i++)
        await node.propose({ op: "put", key: `k${i}`, value: `${round}-${i}-${"x".repeat(40)}` });
      await waitFor(
        () => node.status().snapshotIndex >= node.status().appliedIndex - 45,
        "a recent snapshot",
      );
      segmentCounts.push(files(path.join(directory, "log"), ".seg").length);
    }
    // 600 entries of ~100 bytes would need ~20 segments of 4 KiB; compaction keeps a handful.
    expect(Math.max(...segmentCounts)).toBeLessThanOrEqual(6);
    // A save in flight may briefly leave a third file until it deletes the oldest.
    await waitFor(
      () => files(path.join(directory, "snapshots"), ".snap").length <= 2,
      "retention of 2 snapshots",
    );
    await node.stop();
    const machine = new KvStateMachine();
    const again = cluster.make(1, { machine });
    await again.start();
    await again.waitForLeader(5000);
    expect(machine.query({ op: "get", key: "k99" })).toEqual({
      ok: true,
      value: `5-99-${"x".repeat(40)}`,
    });
    expect(machine.entries()).toHaveLength(100);
  });

  it("sends a snapshot to a learner that joins after compaction, and to a wiped node", async () => {
    const cluster = memoryCluster({ size: 3, application: KV, options: COMPACTING });
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    for (let i = 0; i < 200; i++)
      await leader.propose({ op: "put", key: `k${i}`, value: String(i) });
    await waitFor(() => leader.status().snapshotIndex > 100, "the leader to compact");

    const learnerMachine = new KvStateMachine();
    const learner = cluster.join(4, { machine: learnerMachine });
    const installed: number[] = [];
    learner.on("snapshot", ({ index, kind }) => {
      if (kind === "installed") installed.push(index);
    });
    await learner.start();
    await leader.addLearner(4, "127.0.0.1:4");
    await leader.propose({ op: "put", key: "last", value: "yes" });
    await waitFor(
      () =>
        learnerMachine.query({ op: "get", key: "last" }).ok &&
        (learnerMachine.query({ op: "get", key: "last" }) as { value?: string }).value === "yes",
      "the learner to catch up",
    );
    expect(installed.length).toBeGreaterThan(0);
    expect(learnerMachine.query({ op: "get", key: "k0" })).toEqual({ ok: true, value: "0" });
    await leader.promote(4);

    // Wipe a follower. A node that lost its log must not vote under its old identity (it could
    // elect a leader missing committed entries), so the operator removes it, wipes it and adds
    // it back (as etcd requires); it is then rebuilt from a snapshot.
    const victim = nodes.find((node) => node !== leader) as KvNode;
    const victimDirectory = cluster.directory(victim.config.nodeId);
    await victim.stop();
    await leader.removeNode(victim.config.nodeId);
    fs.rmSync(victimDirectory, { recursive: true, force: true });
    const rebuiltMachine = new KvStateMachine();
    const rebuilt = cluster.join(victim.config.nodeId, {
      directory: victimDirectory,
      machine: rebuiltMachine,
    });
    await rebuilt.start();
    await leader.addNode(victim.config.nodeId, `127.0.0.1:${victim.config.nodeId}`);
    await leader.propose({ op: "put", key: "after-wipe", value: "1" });
    await waitFor(
      () =>
        (rebuiltMachine.query({ op: "get", key: "after-wipe" }) as { value?: string }).value ===
        "1",
      "the wiped node to be rebuilt",
    );
    expect(rebuiltMachine.entries()).toEqual(learnerMachine.entries());
  });
});

describe("trailing entries", () => {
  it("a follower within the trailing entries catches up from the log; one further behind gets the snapshot", async () => {
    const logLines = [1, 2, 3].map((): string[] => []);
    const cluster = memoryCluster({
      size: 3,
      application: KV,
      // Compaction only on demand here; 40 trailing entries are kept (segments of 4 KiB).
      options: { ...COMPACTING, snapshotThresholdEntries: 1_000_000, snapshotTrailingEntries: 40 },
      extras: (id) => ({ logger: collectingLogger(logLines[id - 1] as string[], "info") }),
    });
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    const laggard = nodes.find((node) => node !== leader) as KvNode;
    const laggardMachine = cluster.machine(laggard.config.nodeId);
    const sent: number[] = [];
    const sendDurationsMs: number[] = [];
    leader.on("snapshotSent", ({ peerId, durationMs }) => {
      sent.push(peerId);
      sendDurationsMs.push(durationMs);
    });
    const received: boolean[] = [];
    laggard.on("snapshotReceived", ({ ok }) => received.push(ok));
    const installed: number[] = [];
    laggard.on("snapshot", ({ kind, index }) => {
      if (kind === "installed") installed.push(index);
    });
    const cut = () => {
      for (const other of nodes) {
        if (other !== laggard) cluster.network.isolate(other.config.nodeId, laggard.config.nodeId);
      }
    };
    const value = (key: string) =>
      (laggardMachine.query({ op: "get", key }) as { value?: string }).value;

    // 20 entries behind, 40 kept: the log serves them.
    for (let i = 0; i < 10; i++) await leader.propose({ op: "put", key: `a${i}`, value: "x" });
    await waitFor(() => value("a9") === "x", "the laggard to start in step");
    cut();
    for (let i = 0; i < 20; i++)
      await leader.propose({ op: "put", key: `b${i}`, value: "y".repeat(100) });
    const first = await leader.snapshotNow();
    expect(leader.status().snapshotIndex).toBe(first.index);
    cluster.network.heal();
    await waitFor(() => value("b19") === "y".repeat(100), "the laggard to catch up from the log");
    expect(sent).toEqual([]);
    expect(installed).toEqual([]);

    // 200 entries behind, 40 kept: only the snapshot can bring it back.
    cut();
    for (let i = 0; i < 200; i++)
      await leader.propose({ op: "put", key: `c${i}`, value: "z".repeat(100) });
    const second = await leader.snapshotNow();
    cluster.network.heal();
    await waitFor(() => value("c199") === "z".repeat(100), "the laggard to catch up by snapshot");
    expect(sent).toContain(laggard.config.nodeId);
    expect(installed).toEqual([second.index]);
    // Reading and checking the file takes time on the monotonic clock: never 0.
    expect(sendDurationsMs.every((durationMs) => durationMs > 0)).toBe(true);
    expect(received).toContain(true);
    // One line per send, with what the fault suite's storm check reads (log-checks.ts).
    const leaderLines = logLines[nodes.indexOf(leader)] as string[];
    const sends = leaderLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((record) => record.msg === "sending a snapshot");
    expect(sends.length).toBeGreaterThan(0);
    expect(sends[0]).toMatchObject({
      to: laggard.config.nodeId,
      leaderTerm: leader.status().term,
      index: second.index,
    });
    expect(sends[0]?.match as number).toBeLessThan(second.index);
    expect(findSnapshotStorms(leaderLines)).toEqual([]);
  });
});

describe("backup and restore", () => {
  it("a node restored from a copied snapshot file alone, with --force-new-cluster, starts from it", async () => {
    const cluster = memoryCluster({ size: 1, application: KV, options: COMPACTING });
    const directory = cluster.directory(1);
    const node = cluster.make(1);
    await node.start();
    await node.waitForLeader(5000);
    for (let i = 0; i < 30; i++) await node.propose({ op: "put", key: `k${i}`, value: String(i) });
    await node.snapshotNow();
    await node.stop();
    // Backup: copy the newest snapshot file. Restore: a fresh data directory with only it.
    const backup = files(path.join(directory, "snapshots"), ".snap").sort().at(-1) as string;
    const restored = temporaryDirectory();
    fs.mkdirSync(path.join(restored, "snapshots"));
    fs.copyFileSync(
      path.join(directory, "snapshots", backup),
      path.join(restored, "snapshots", backup),
    );
    const machine = new KvStateMachine();
    // The copy is not the disk that acknowledged the log after it (a new incarnation, which
    // the snapshot's membership does not record): only forcing a new cluster makes it a voter.
    const again = cluster.make(1, {
      directory: restored,
      machine,
      options: { forceNewCluster: true },
    });
    await again.start();
    await again.waitForLeader(5000);
    expect(machine.query({ op: "get", key: "k29" })).toEqual({ ok: true, value: "29" });
    await again.propose({ op: "put", key: "after-restore", value: "yes" });
    expect(await again.readIndex({ op: "get", key: "after-restore" })).toEqual({
      ok: true,
      value: "yes",
    });
  });

  it("paces snapshots by the log: one waits for as much entry data as the last snapshot's size, after a restart too", async () => {
    // Puts of distinct keys with 300-byte values: the state grows by one value per entry, so
    // at a fixed entries threshold each snapshot would write more than the log grew since.
    const VALUE = "v".repeat(300);
    // Above the data of one put (value, key, command and session framing).
    const ENTRY_DATA_BYTES_MAX = 400;
    // The first run ends ~30 entries after its last snapshot (at 81): past the entries
    // threshold, far short of that snapshot's size, so the restarted node must wait on.
    const PUTS_PER_RUN = [110, 150];
    const takenWith = async (ratio: number) => {
      const cluster = memoryCluster({
        size: 1,
        application: KV,
        options: { ...COMPACTING, snapshotThresholdEntries: 20, snapshotThresholdLogRatio: ratio },
      });
      const snapshots = path.join(cluster.directory(1), "snapshots");
      const taken: { index: number; bytes: number }[] = [];
      let key = 0;
      for (const puts of PUTS_PER_RUN) {
        const node = cluster.make(1);
        node.on("snapshot", ({ index, term, kind }) => {
          if (kind !== "taken") return;
          const file = path.join(snapshots, snapshotFileName(index, term));
          taken.push({ index, bytes: fs.statSync(file).size });
        });
        await node.start();
        await node.waitForLeader(5000);
        for (let i = 0; i < puts; i++)
          await node.propose({ op: "put", key: `k${key++}`, value: VALUE });
        await node.stop();
      }
      return taken;
    };
    const paced = await takenWith(1);
    expect(paced.length).toBeGreaterThanOrEqual(3);
    for (let position = 1; position < paced.length; position++) {
      const before = paced[position - 1] as { index: number; bytes: number };
      const after = paced[position] as { index: number; bytes: number };
      // The entry data applied in between is at least the earlier snapshot's size (the
      // previous one across the restart: the node measures the file it started from).
      expect((after.index - before.index) * ENTRY_DATA_BYTES_MAX).toBeGreaterThanOrEqual(
        before.bytes,
      );
    }
    // At ratio 0 the entries threshold alone decides: many more, closer snapshots.
    const unpaced = await takenWith(0);
    expect(unpaced.length).toBeGreaterThan(2 * paced.length);
  });
});
