/**
 * 3- and 5-node clusters of real `ruvraft node` processes on loopback: an election every node
 * agrees on, replication to every node, and reads after writes from every client mode
 * (linearizable and lease answer at once; stale may lag, so it is polled with a bound).
 */
import { afterEach, describe, expect, it } from "vitest";
import { type ProcessCluster as Cluster, ProcessCluster, waitUntil } from "./cluster-harness.js";

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

async function electsReplicatesAndReads(size: number): Promise<void> {
  cluster = await ProcessCluster.create({ nodes: size });
  const active = cluster;
  await active.startAll();
  const ids = active.layout.nodes.map((node) => node.id);
  const leader = await active.waitForLeader(ids);
  expect(ids).toContain(leader);
  const members = await active.kv().client.members();
  expect(members.leaderId).toBe(leader);
  expect(members.members?.map((member) => member.nodeId).sort()).toEqual(ids);
  expect(members.members?.every((member) => member.voter === true)).toBe(true);

  // One client per node, each knowing only that node: reads go through every node.
  const perNode = new Map(ids.map((id) => [id, active.kv({ endpoints: [active.address(id)] })]));
  for (const [writer, kv] of perNode) {
    for (let round = 0; round < 3; round++) {
      const key = `from-${writer}-${round}`;
      expect(await kv.put(key, `value-${round}`)).toMatchObject({ ok: true });
      for (const [reader, readerKv] of perNode) {
        expect(await readerKv.get(key, "linearizable"), `linearizable on ${reader}`).toBe(
          `value-${round}`,
        );
        expect(await readerKv.get(key, "lease"), `lease on ${reader}`).toBe(`value-${round}`);
      }
    }
  }
  // Replication: every node's own state machine (stale reads) reaches the last write.
  const last = `from-${ids.at(-1)}-2`;
  for (const [reader, kv] of perNode) {
    await waitUntil(`a stale read of ${last} on node ${reader}`, async () =>
      (await kv.get(last, "stale")) === "value-2" ? true : undefined,
    );
  }
  const leaderStatus = await active.status(leader);
  const commitIndex = leaderStatus?.commitIndex ?? 0;
  expect(commitIndex).toBeGreaterThan(3 * size);
  for (const id of ids) {
    const status = await active.waitForApplied(id, commitIndex);
    expect(status.role).toBe(id === leader ? "leader" : "follower");
    expect(status.leaderId).toBe(leader);
  }
}

describe("a cluster of node processes", () => {
  it("3 nodes: elects a leader, replicates, and reads after writes in every mode", async () => {
    await electsReplicatesAndReads(3);
  });

  it("5 nodes: elects a leader, replicates, and reads after writes in every mode", async () => {
    await electsReplicatesAndReads(5);
  });
});
