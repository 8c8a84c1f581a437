/**
 * promote refuses a learner that has not caught up (more than promoteLagEntryCountMax behind the
 * leader's commit index) unless forced; a caught-up learner is promoted.
 */
import { describe, expect, it } from "vitest";
import { FAST_TIMING, KV, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";

describe("promote", () => {
  it("refuses a learner more than promoteLagEntryCountMax behind, unless forced", async () => {
    const cluster = memoryCluster({ size: 3, application: KV, options: FAST_TIMING });
    for (const id of [1, 2, 3]) cluster.make(id, { options: { promoteLagEntryCountMax: 5 } });
    await cluster.start();
    const leader = await cluster.leader();
    const learner = cluster.join(4, { seeded: false });
    await learner.start();
    await leader.addLearner(4, "127.0.0.1:4");
    await leader.propose({ op: "put", key: "a", value: "1" });
    await waitFor(() => learner.status().appliedIndex >= leader.status().commitIndex, "catch-up");

    // Cut off, the learner falls 20 writes behind.
    for (const id of [1, 2, 3]) cluster.network.isolate(4, id);
    for (let i = 0; i < 20; i++) await leader.propose({ op: "put", key: `k${i}`, value: "v" });
    await expect(leader.promote(4)).rejects.toThrow(
      /node 4 is 2\d entries behind the leader's commit index \d+ .*promoteLagEntryCountMax is 5.*--force/,
    );
    expect(leader.members().find((member) => member.nodeId === 4)).toMatchObject({
      learner: true,
    });

    // Caught up again, it is promoted.
    cluster.network.heal();
    await waitFor(() => learner.status().appliedIndex >= leader.status().commitIndex, "catch-up");
    await leader.promote(4);
    expect(leader.members().find((member) => member.nodeId === 4)).toMatchObject({ voter: true });
  });

  it("promotes a lagging learner when forced", async () => {
    const cluster = memoryCluster({
      size: 1,
      application: KV,
      options: FAST_TIMING,
      seeded: false,
    });
    const leader = cluster.make(1, { options: { promoteLagEntryCountMax: 0 } });
    await leader.start();
    await waitFor(() => leader.isLeader(), "a leader");
    const learner = cluster.join(2);
    await learner.start();
    cluster.network.isolate(1, 2);
    await leader.addLearner(2, "127.0.0.1:2");
    await leader.propose({ op: "put", key: "a", value: "1" });
    await expect(leader.promote(2)).rejects.toThrow(/node 2 is \d+ entries behind/);
    await leader.promote(2, { force: true });
    expect(leader.members().find((member) => member.nodeId === 2)).toMatchObject({ voter: true });
  });
});
