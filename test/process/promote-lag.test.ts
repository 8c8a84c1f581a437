/**
 * `ctl promote` on node processes (issue: a learner LAG 22 behind was promoted): the leader
 * refuses a learner more than promoteLagEntryCountMax behind its commit index and says by how
 * much; `--force` promotes it anyway; a caught-up learner is promoted.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ProcessCluster, waitUntil } from "./cluster-harness.js";

let cluster: ProcessCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

describe("promote on node processes", () => {
  it("refuses a learner that has not caught up, promotes it once it has, and --force overrides", async () => {
    cluster = await ProcessCluster.create({
      nodes: 3,
      capacity: 5,
      config: { promoteLagEntryCountMax: 10 },
    });
    const active = cluster;
    await active.startAll();
    await active.waitForLeader([1, 2, 3]);
    const kv = active.kv();
    await kv.put("before", "1");
    await kv.client.addLearner(4, active.address(4));
    await active.start(4, { join: true });
    const commit = (await kv.client.status()).commitIndex ?? 0;
    await active.waitForApplied(4, commit);

    // Node 4 stopped (SIGSTOP): it falls behind by 30 writes and cannot be promoted.
    const learner = active.process(4).child;
    learner.kill("SIGSTOP");
    try {
      for (let i = 0; i < 30; i++) await kv.put(`k${i}`, "v");
      await expect(kv.client.promote(4)).rejects.toThrow(
        /node 4 is \d+ entries behind the leader's commit index \d+ .*promoteLagEntryCountMax is 10/,
      );
    } finally {
      learner.kill("SIGCONT");
    }
    // Resumed, it catches up and is promoted.
    const target = (await kv.client.status()).commitIndex ?? 0;
    await active.waitForApplied(4, target);
    await kv.client.promote(4);
    await waitUntil("node 4 a voter", async () => {
      const members = (await kv.client.members()).members ?? [];
      return members.some((member) => member.nodeId === 4 && member.voter === true)
        ? true
        : undefined;
    });

    // A stopped learner behind is forced in (a quorum of the five voters is still up).
    await kv.client.addLearner(5, active.address(5));
    await active.start(5, { join: true });
    await active.waitForApplied(5, (await kv.client.status()).commitIndex ?? 0);
    active.process(5).child.kill("SIGSTOP");
    try {
      for (let i = 0; i < 30; i++) await kv.put(`m${i}`, "v");
      await expect(kv.client.promote(5)).rejects.toThrow(/node 5 is \d+ entries behind/);
      await kv.client.promote(5, { force: true });
      const members = (await kv.client.members()).members ?? [];
      expect(members.find((member) => member.nodeId === 5)).toMatchObject({ voter: true });
      await kv.put("after-force", "1");
    } finally {
      active.process(5).child.kill("SIGCONT");
    }
  }, 120_000);
});
