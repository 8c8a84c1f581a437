/**
 * Compaction under load loses nothing: a 3-node cluster with tiny snapshot thresholds takes
 * snapshots and drops log segments while several clients write concurrently; a follower is
 * stopped mid-way and restarted (it catches up from a snapshot sent by the leader, or from
 * the log). At the end every acknowledged write is on every node with its value, and the
 * three state machines are identical.
 */
import { describe, expect, it } from "vitest";
import type { KvStateMachine } from "../../src/node/kv-state-machine.js";
import { KV, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";
import type { KvNode } from "./kv-nodes.js";

const COMPACTING = {
  electionTimeoutMinMs: 60,
  electionTimeoutMaxMs: 120,
  heartbeatIntervalMs: 10,
  snapshotThresholdEntries: 30,
  snapshotTrailingEntries: 5,
  segmentSizeBytes: 4096,
  proposalTimeoutMs: 2000,
};
const CLIENT_COUNT = 4;
const WRITES_PER_CLIENT = 120;
/** Acknowledged writes (of all clients) before the follower stops, and before it restarts. */
const STOP_AFTER_ACKS = 120;
const RESTART_AFTER_ACKS = 240;
/** Attempts per write (leader changes, a proposal caught by a stopping node...). */
const ATTEMPTS_MAX = 50;

interface Member {
  id: number;
  node: KvNode;
  machine: KvStateMachine;
  /** Snapshots this node took of its own state, and installed from the leader. */
  snapshots: { taken: number; installed: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("compaction under load", () => {
  it("loses nothing: every acknowledged write is on every node, and the nodes are identical", async () => {
    const cluster = memoryCluster({ size: 3, application: KV, options: COMPACTING });
    /** A node that fails stops serving: the test reports why instead of timing out. */
    const failures: string[] = [];

    /** Starts member `id` (again, on its data directory). */
    const startMember = async (id: number): Promise<Member> => {
      const node = cluster.make(id);
      const machine = cluster.machine(id);
      const snapshots = { taken: 0, installed: 0 };
      node.on("snapshot", ({ kind }) => {
        snapshots[kind]++;
      });
      node.on("failed", (error) => failures.push(`node ${id}: ${error.stack ?? error.message}`));
      await node.start();
      return { id, node, machine, snapshots };
    };
    const members = await Promise.all([1, 2, 3].map((id) => startMember(id)));
    const leader = (): KvNode | undefined => cluster.currentLeader();
    await waitFor(() => leader() !== undefined, "a leader");

    const acknowledged = new Map<string, string>();
    const client = async (clientId: number): Promise<void> => {
      for (let write = 0; write < WRITES_PER_CLIENT; write++) {
        const key = `c${clientId}-k${write}`;
        const value = `${clientId}-${write}-${"x".repeat(20 + ((clientId * 7 + write) % 40))}`;
        for (let attempt = 1; ; attempt++) {
          const target = leader();
          try {
            if (target === undefined) throw new Error("no leader");
            // A put of the same key and value is idempotent: a retry after an unknown outcome
            // (timeout, stopped node) is safe.
            const response = await target.propose({ op: "put", key, value });
            expect(response.ok).toBe(true);
            acknowledged.set(key, value);
            break;
          } catch (error) {
            if (attempt >= ATTEMPTS_MAX) throw error;
            await sleep(5 + clientId);
          }
        }
      }
    };
    const clients = Array.from({ length: CLIENT_COUNT }, (_, position) => client(position + 1));

    // Mid-way: stop a follower, let the cluster write and compact past it, restart it.
    await waitFor(() => acknowledged.size >= STOP_AFTER_ACKS, `${STOP_AFTER_ACKS} writes`);
    const victimPosition = members.findIndex((member) => !member.node.isLeader());
    const victim = members[victimPosition] as Member;
    await victim.node.stop();
    await waitFor(() => acknowledged.size >= RESTART_AFTER_ACKS, `${RESTART_AFTER_ACKS} writes`);
    members[victimPosition] = await startMember(victim.id);

    await Promise.all(clients);
    expect(acknowledged.size).toBe(CLIENT_COUNT * WRITES_PER_CLIENT);
    const taken = members.reduce((sum, member) => sum + member.snapshots.taken, 0);
    expect(taken + victim.snapshots.taken).toBeGreaterThan(0);

    // Every node applies everything the leader committed.
    await waitFor(() => leader() !== undefined, "a leader at the end");
    const commitIndex = (leader() as KvNode).status().commitIndex;
    await waitFor(
      () =>
        failures.length > 0 ||
        members.every((member) => member.node.status().appliedIndex >= commitIndex),
      () =>
        `every node to apply up to ${commitIndex}: ${JSON.stringify(
          members.map((member) => member.node.isRunning() && member.node.status()),
        )}`,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${failures.join("\n")}`);
    });
    expect(failures).toEqual([]);
    const expected = [...acknowledged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const first = members[0] as Member;
    for (const member of members) {
      for (const [key, value] of acknowledged) {
        expect(member.machine.query({ op: "get", key }), `node ${member.id}, ${key}`).toEqual({
          ok: true,
          value,
        });
      }
      expect(member.machine.entries()).toEqual(expected);
      expect(member.machine.entries()).toEqual(first.machine.entries());
    }
    const restarted = members[victimPosition] as Member;
    // How the follower caught up (snapshot or log) depends on timing; either must work.
    console.info(
      `compaction-load: ${taken + victim.snapshots.taken} snapshots taken, restarted node ${restarted.id} installed ${restarted.snapshots.installed}`,
    );
  }, 20_000);
});
