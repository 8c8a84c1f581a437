/**
 * Bootstrapping is a one-time act of a new cluster (issue 12 #2, src/cli/bootstrap-guard.ts).
 * A founder restarted in bootstrap mode on an empty data directory (wiped, or after a rebuild
 * that failed half-way) used to write the founding membership again and count as a voter with
 * an empty log. Now it asks its peers first and refuses to start, exit 1, creating nothing,
 * while a founder that merely starts later than the others still joins as one.
 */
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { ProcessCluster } from "./cluster-harness.js";

let cluster: ProcessCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

async function expectRefused(active: ProcessCluster, id: number, evidence: string): Promise<void> {
  const restarted = await active.start(id, { noWait: true });
  const timeout = setTimeout(() => restarted.child.kill("SIGKILL"), 30_000);
  const exit = await restarted.exited;
  clearTimeout(timeout);
  expect(exit, active.logTail(id)).toEqual({ code: 1, signal: null });
  const fatal = active.logRecords(id).filter((record) => record.level === 60);
  expect(fatal.at(-1)?.msg).toBe("the node cannot start");
  expect(fatal.at(-1)?.code).toBe("EEXISTS");
  expect(String(fatal.at(-1)?.error)).toContain("this cluster already exists");
  expect(String(fatal.at(-1)?.error)).toContain(evidence);
  expect(String(fatal.at(-1)?.error)).toContain("--join");
  // Nothing was founded: the directory holds no log and no snapshot.
  const directory = active.entry(id).dataDirectory;
  for (const part of ["log", "snapshots"]) {
    const files = fs.existsSync(`${directory}/${part}`)
      ? fs.readdirSync(`${directory}/${part}`)
      : [];
    expect(files, part).toEqual([]);
  }
}

describe("an empty data directory in bootstrap mode", () => {
  it("refuses to re-found an existing cluster: wiped voter, then a rebuild that stopped half-way", async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    await active.startAll();
    const leader = await active.waitForLeader([1, 2, 3]);
    const victim = leader === 3 ? 2 : 3;
    const kv = active.kv();
    await kv.put("before", "1");
    const status = await kv.client.status();
    await active.waitForApplied(victim, status.commitIndex ?? 0);

    // The disk is wiped; an enabled unit starts the node again as configured (bootstrap).
    await active.stop(victim);
    fs.rmSync(active.entry(victim).dataDirectory, { recursive: true, force: true });
    await expectRefused(active, victim, `replicated up to index`);

    // A rebuild that stopped after the cluster took the node back as a learner.
    await kv.client.removeNode(victim);
    await kv.client.addLearner(victim, active.address(victim));
    await expectRefused(active, victim, `lists node ${victim} as a learner`);
    expect(await kv.get("before")).toBe("1");
  }, 90_000);

  it("lets a founder that starts after the others were elected join as one", async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    await active.start(1);
    await active.start(2);
    await active.waitForLeader([1, 2]);
    const kv = active.kv();
    await kv.put("early", "1");
    await active.start(3);
    const status = await kv.client.status();
    await active.waitForApplied(3, status.commitIndex ?? 0);
    expect(
      active
        .logRecords(3)
        .some((record) => String(record.msg).startsWith("bootstrap: the cluster has a leader")),
    ).toBe(true);
    const members = (await kv.client.members()).members ?? [];
    expect(members.find((member) => member.nodeId === 3)).toMatchObject({ voter: true });
  }, 90_000);
});
