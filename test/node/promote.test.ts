/**
 * promote refuses a learner that has not caught up (more than promoteLagEntryCountMax behind the
 * leader's commit index) unless forced; a caught-up learner is promoted.
 */
import { describe, expect, it } from "vitest";
import { waitFor } from "../helpers/wait.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { type KvNode, makeKvNode } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

const TIMING = { electionTimeoutMinMs: 40, electionTimeoutMaxMs: 80, heartbeatIntervalMs: 10 };

describe("promote", () => {
  it("refuses a learner more than promoteLagEntryCountMax behind, unless forced", async () => {
    const network = new MemoryNetwork();
    const peers = [1, 2, 3].map((id) => ({ id, address: `127.0.0.1:${id}` }));
    const nodes = peers.map((peer) =>
      makeKvNode(
        {
          nodeId: peer.id,
          peers,
          dataDirectory: temporaryDirectory(),
          randomSeed: peer.id,
          promoteLagEntryCountMax: 5,
          ...TIMING,
        },
        { transport: network.transportFor(peer.id) },
      ),
    );
    await Promise.all(nodes.map((node) => node.start()));
    await waitFor(() => nodes.some((node) => node.isLeader()), "a leader");
    const leader = nodes.find((node) => node.isLeader()) as KvNode;
    const learner = makeKvNode(
      { nodeId: 4, peers: [], bootstrap: false, dataDirectory: temporaryDirectory(), ...TIMING },
      { transport: network.transportFor(4) },
    );
    await learner.start();
    await leader.addLearner(4, "127.0.0.1:4");
    await leader.propose({ op: "put", key: "a", value: "1" });
    await waitFor(() => learner.status().appliedIndex >= leader.status().commitIndex, "catch-up");

    // Cut off, the learner falls 20 writes behind.
    for (const id of [1, 2, 3]) network.isolate(4, id);
    for (let i = 0; i < 20; i++) await leader.propose({ op: "put", key: `k${i}`, value: "v" });
    await expect(leader.promote(4)).rejects.toThrow(
      /node 4 is 2\d entries behind the leader's commit index \d+ .*promoteLagEntryCountMax is 5.*--force/,
    );
    expect(leader.members().find((member) => member.nodeId === 4)).toMatchObject({
      learner: true,
    });

    // Caught up again, it is promoted.
    network.heal();
    await waitFor(() => learner.status().appliedIndex >= leader.status().commitIndex, "catch-up");
    await leader.promote(4);
    expect(leader.members().find((member) => member.nodeId === 4)).toMatchObject({ voter: true });
  });

  it("promotes a lagging learner when forced", async () => {
    const network = new MemoryNetwork();
    const peers = [1].map((id) => ({ id, address: `127.0.0.1:${id}` }));
    const leader = makeKvNode(
      {
        nodeId: 1,
        peers,
        dataDirectory: temporaryDirectory(),
        promoteLagEntryCountMax: 0,
        ...TIMING,
      },
      { transport: network.transportFor(1) },
    );
    await leader.start();
    await waitFor(() => leader.isLeader(), "a leader");
    const learner = makeKvNode(
      { nodeId: 2, peers: [], bootstrap: false, dataDirectory: temporaryDirectory(), ...TIMING },
      { transport: network.transportFor(2) },
    );
    await learner.start();
    network.isolate(1, 2);
    await leader.addLearner(2, "127.0.0.1:2");
    await leader.propose({ op: "put", key: "a", value: "1" });
    await expect(leader.promote(2)).rejects.toThrow(/node 2 is \d+ entries behind/);
    await leader.promote(2, { force: true });
    expect(leader.members().find((member) => member.nodeId === 2)).toMatchObject({ voter: true });
  });
});
