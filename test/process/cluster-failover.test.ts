/**
 * The leader process is killed with SIGKILL under a steady write load:
 * - a surviving node reports a new leader within 2 x electionTimeoutMaxMs of the kill (the
 *   one timing assertion of the process tests, as the requirement states it);
 * - no acknowledged write is lost;
 * - the old leader, restarted on its data directory, rejoins as a follower and catches up.
 *
 * Why 2 x max holds with margin: followers time out [300, 600) ms after their last heartbeat
 * (heartbeats every 50 ms, so the last one came <= 50 ms before the kill); if the first
 * pre-candidate is refused because a peer still saw the leader within its minimum timeout,
 * the next timeout fires by 600 ms after that peer's last heartbeat; pre-vote and vote are two
 * loopback round trips. The clock runs from the kill to the first survivor status naming a
 * new leader, polled every 10 ms over connections opened before the kill.
 */
import { performance } from "node:perf_hooks";
import { afterEach, describe, expect, it } from "vitest";
import type { ClientConnection } from "../../src/transport/index.js";
import {
  type ProcessCluster as Cluster,
  LONG_TESTS,
  missingWrites,
  PROCESS_TIMING,
  ProcessCluster,
  sleep,
  Writer,
  waitUntil,
} from "./cluster-harness.js";

const NEW_LEADER_BOUND_MS = 2 * PROCESS_TIMING.electionTimeoutMaxMs;
const POLL_INTERVAL_MS = 10;
const FAILOVER_GIVE_UP_MS = 15_000;

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

/**
 * Kills `leader` and returns the new leader's id and the time from the kill to the first
 * status of a survivor that names it.
 */
async function killAndTimeFailover(
  active: Cluster,
  leader: number,
): Promise<{ newLeader: number; elapsedMs: number }> {
  const survivors = active.runningIds().filter((id) => id !== leader);
  const connections = new Map<number, ClientConnection>();
  for (const id of survivors) connections.set(id, await active.connect(id));
  try {
    const killedAt = performance.now();
    const killed = active.kill(leader);
    const deadline = killedAt + FAILOVER_GIVE_UP_MS;
    // Bounded by the deadline; every pass waits POLL_INTERVAL_MS.
    while (performance.now() < deadline) {
      const statuses = await Promise.all(
        [...connections.values()].map((connection) =>
          connection.request({ status: {} }, 500).then(
            (response) => response.status,
            () => undefined,
          ),
        ),
      );
      const seenAt = performance.now();
      const named = statuses.find(
        (status) => (status?.leaderId ?? 0) !== 0 && status?.leaderId !== leader,
      );
      if (named?.leaderId) {
        await killed;
        return { newLeader: named.leaderId, elapsedMs: seenAt - killedAt };
      }
      await sleep(POLL_INTERVAL_MS);
    }
    await killed;
    throw new Error(`no new leader within ${FAILOVER_GIVE_UP_MS} ms of killing node ${leader}`);
  } finally {
    for (const connection of connections.values()) active.release(connection);
  }
}

async function failoverRounds(size: number, rounds: number): Promise<void> {
  cluster = await ProcessCluster.create({ nodes: size });
  const active = cluster;
  await active.startAll();
  const ids = active.layout.nodes.map((node) => node.id);
  let leader = await active.waitForLeader(ids);
  const writers = [new Writer(active.kv(), "a"), new Writer(active.kv(), "b")];
  const checker = active.kv();
  for (let round = 0; round < rounds; round++) {
    for (const writer of writers) await writer.waitForCount(writer.count + 20);
    const { newLeader, elapsedMs } = await killAndTimeFailover(active, leader);
    process.stdout.write(
      `[cluster-failover] ${size} nodes, round ${round}: node ${newLeader} named leader ${elapsedMs.toFixed(0)} ms after SIGKILL of node ${leader}\n`,
    );
    expect(newLeader).not.toBe(leader);
    expect(elapsedMs).toBeLessThanOrEqual(NEW_LEADER_BOUND_MS);
    // The cluster keeps committing without the old leader.
    for (const writer of writers) await writer.waitForCount(writer.count + 20);

    await active.start(leader);
    const current = await active.waitForLeader(ids);
    const rejoined = await active.status(leader);
    expect(rejoined?.role).toBe("follower");
    expect(rejoined?.leaderId).toBe(current);
    const commitIndex = (await active.status(current))?.commitIndex ?? 0;
    await active.waitForApplied(leader, commitIndex);
    leader = current;
  }
  const reports = await Promise.all(writers.map((writer) => writer.stop()));
  for (const report of reports) {
    expect(await missingWrites(checker, report.acknowledged)).toEqual([]);
  }
  // The restarted nodes hold every acknowledged write in their own state machines too.
  const last = reports.map((report) => [...report.acknowledged].at(-1));
  for (const id of ids) {
    const kv = active.kv({ endpoints: [active.address(id)] });
    for (const entry of last) {
      if (entry === undefined) continue;
      await waitUntil(`a stale read of ${entry[0]} on node ${id}`, async () =>
        (await kv.get(entry[0], "stale")) === entry[1] ? true : undefined,
      );
    }
  }
}

describe("killing the leader process", () => {
  it("3 nodes: a new leader within 2 x max election timeout, no acknowledged write lost, the old leader rejoins", async () => {
    await failoverRounds(3, 1);
  });

  it.runIf(LONG_TESTS)(
    "5 nodes, 5 successive leader kills (RUVRAFT_LONG_TESTS=1)",
    async () => {
      await failoverRounds(5, 5);
    },
    180_000,
  );
});
