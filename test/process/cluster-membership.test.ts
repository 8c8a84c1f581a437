/**
 * Membership and leadership changes on node processes under a steady write load:
 * add a voter (a `--join` process), add a learner and promote it, remove a voter, transfer
 * leadership; every change is seen in `members`, the new nodes catch up, the cluster keeps
 * committing throughout, and no acknowledged write is lost.
 *
 * A `--join` node keeps its configured peers until it receives its membership (it once
 * removed them at start and refused the leader adding it: EUNKNOWNNODE).
 */
import { afterEach, describe, expect, it } from "vitest";
import type { KvClient } from "../../src/client/kv-client.js";
import {
  type ProcessCluster as Cluster,
  missingWrites,
  ProcessCluster,
  Writer,
  waitUntil,
} from "./cluster-harness.js";

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

type Member = { nodeId: number; voter: boolean; learner: boolean };

async function members(kv: KvClient): Promise<Member[]> {
  const answer = await kv.client.members();
  return (answer.members ?? [])
    .map((member) => ({
      nodeId: member.nodeId ?? 0,
      voter: member.voter === true,
      learner: member.learner === true,
    }))
    .sort((a, b) => a.nodeId - b.nodeId);
}

const voter = (nodeId: number): Member => ({ nodeId, voter: true, learner: false });
const learner = (nodeId: number): Member => ({ nodeId, voter: false, learner: true });

/** A cluster under load: two writers, and an admin client. */
function underLoad(active: Cluster) {
  const admin = active.kv();
  const writers = [new Writer(active.kv(), "a"), new Writer(active.kv(), "b")];
  return {
    admin,
    /** Both writers got more puts acknowledged: the cluster commits. */
    progress: async () => {
      for (const writer of writers) await writer.waitForCount(writer.count + 10);
    },
    /** Node `id` has applied what the leader had committed a moment ago. */
    caughtUp: async (id: number, timeoutMs = 15_000) => {
      const commitIndex = (await admin.client.status()).commitIndex ?? 0;
      await active.waitForApplied(id, commitIndex, timeoutMs);
    },
    /** Stops the writers; every acknowledged put is read back (linearizable). */
    finish: async () => {
      const reports = await Promise.all(writers.map((writer) => writer.stop()));
      for (const report of reports) {
        expect(report.acknowledged.size).toBeGreaterThan(20);
        expect(await missingWrites(admin, report.acknowledged)).toEqual([]);
      }
      return reports;
    },
  };
}

describe("membership changes under load", () => {
  it("removes a voter and transfers leadership", async () => {
    cluster = await ProcessCluster.create({ nodes: 4 });
    const active = cluster;
    await active.startAll();
    await active.waitForLeader([1, 2, 3, 4]);
    const load = underLoad(active);
    await load.progress();

    const leader = (await load.admin.client.status()).nodeId ?? 0;
    const removed = [1, 2, 3, 4].find((id) => id !== leader) as number;
    await load.admin.client.removeNode(removed);
    const remaining = [1, 2, 3, 4].filter((id) => id !== removed);
    expect(await members(load.admin)).toEqual(remaining.map(voter));
    await active.stop(removed);
    await load.progress();

    const target = remaining.find((id) => id !== leader) as number;
    await load.admin.client.transferLeader(target);
    expect(await active.waitForLeader(remaining)).toBe(target);
    await load.progress();
    await load.finish();
  });

  it("adds a voter (--join), adds and promotes a learner, then transfers leadership to it", async () => {
    cluster = await ProcessCluster.create({ nodes: 3, capacity: 5 });
    const active = cluster;
    await active.startAll();
    await active.waitForLeader([1, 2, 3]);
    const load = underLoad(active);
    await load.progress();

    // Add a voter: a joining process, then the membership change.
    await active.start(4, { join: true });
    await load.admin.client.addNode(4, active.address(4));
    expect(await members(load.admin)).toEqual([voter(1), voter(2), voter(3), voter(4)]);
    await load.caughtUp(4);
    await load.progress();

    // Add a learner (as the README says: add it, then start it with --join), promote it.
    await load.admin.client.addLearner(5, active.address(5));
    await active.start(5, { join: true });
    expect(await members(load.admin)).toEqual([voter(1), voter(2), voter(3), voter(4), learner(5)]);
    await load.caughtUp(5);
    await load.admin.client.promote(5);
    expect(await members(load.admin)).toEqual([1, 2, 3, 4, 5].map(voter));
    await load.progress();

    // Transfer leadership to the promoted learner, under load.
    await load.admin.client.transferLeader(5);
    expect(await active.waitForLeader([1, 2, 3, 4, 5])).toBe(5);
    await load.progress();
    const reports = await load.finish();

    // The joined nodes hold the writes in their own state machines.
    const last = [...(reports[0]?.acknowledged ?? [])].at(-1) as [string, string];
    for (const id of [4, 5]) {
      const local = active.kv({ endpoints: [active.address(id)] });
      await waitUntil(`a stale read of ${last[0]} on node ${id}`, async () =>
        (await local.get(last[0], "stale")) === last[1] ? true : undefined,
      );
    }
  });
});
