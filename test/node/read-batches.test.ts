/**
 * Read batching (src/node/read-batches.ts): the reads of one mode that arrive in one turn
 * share one ReadIndex request; a read arriving after its turn's request went to the core never
 * joins it (its read index would predate it).
 */
import { describe, expect, it } from "vitest";
import type { KvCommand, KvQuery, KvResponse } from "../../src/node/kv-state-machine.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { ReadBatches } from "../../src/node/read-batches.js";
import { MessageType, ReadMode } from "../../src/raft/index.js";
import { KV, memoryCluster } from "../helpers/cluster.js";

type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;

const fixedRandom = { randomInt: (min: number) => min };

/** ReadBatches whose ReadIndex requests are recorded (or refused with `refusal`). */
function recordingBatches(refusal?: Error) {
  const requests: { context: string; mode: ReadMode }[] = [];
  const batches = new ReadBatches(7, fixedRandom, (context, mode) => {
    if (refusal !== undefined) throw refusal;
    requests.push({ context: Buffer.from(context).toString("hex"), mode });
  });
  return { batches, requests };
}

const timeout = () => new Error("read timed out");
const turnEnd = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("ReadBatches", () => {
  it("sends one request per mode for the reads of a turn, and a new one for a later read", async () => {
    const { batches, requests } = recordingBatches();
    const safe = [1, 2, 3].map(() => batches.track(ReadMode.Safe, 0, 1000, timeout));
    const lease = [1, 2].map(() => batches.track(ReadMode.Lease, 0, 1000, timeout));
    expect(requests).toHaveLength(0);
    await turnEnd();
    expect(requests.map((request) => request.mode)).toEqual([ReadMode.Safe, ReadMode.Lease]);
    const later = batches.track(ReadMode.Safe, 0, 1000, timeout);
    await turnEnd();
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((request) => request.context)).size).toBe(3);

    const contextOf = (position: number) =>
      Buffer.from(requests[position]?.context ?? "", "hex") as Uint8Array;
    expect(batches.confirm(contextOf(0), 5)).toBe(true);
    expect(batches.confirm(contextOf(0), 5)).toBe(false);
    let answered = 0;
    for (const read of [...safe, later]) void read.then(() => answered++);
    batches.release(4);
    await turnEnd();
    expect(answered).toBe(0);
    batches.release(5);
    await turnEnd();
    // The first batch only: the later read waits for its own confirmation.
    expect(answered).toBe(3);
    batches.confirm(contextOf(2), 6);
    batches.confirm(contextOf(1), 5);
    batches.release(6);
    await Promise.all([...lease, later]);
  });

  it("fails every read of a batch the core refuses, with the core's error", async () => {
    const refusal = new Error("no leader");
    const { batches } = recordingBatches(refusal);
    const reads = [1, 2].map(() => batches.track(ReadMode.Safe, 0, 1000, timeout));
    for (const read of reads) await expect(read).rejects.toBe(refusal);
  });

  it("failAll fails a batch before it is sent, which then never is", async () => {
    const { batches, requests } = recordingBatches();
    const read = batches.track(ReadMode.Safe, 0, 1000, timeout);
    const stopped = new Error("stopped");
    batches.failAll(stopped);
    await expect(read).rejects.toBe(stopped);
    await turnEnd();
    expect(requests).toHaveLength(0);
  });

  it("a leader change fails the sent batches, not this turn's", async () => {
    const { batches, requests } = recordingBatches();
    const sent = batches.track(ReadMode.Safe, 0, 1000, timeout);
    await turnEnd();
    const open = batches.track(ReadMode.Safe, 0, 1000, timeout);
    const gone = new Error("leader gone");
    batches.failUnconfirmed(gone);
    await expect(sent).rejects.toBe(gone);
    await turnEnd();
    expect(requests).toHaveLength(2);
    batches.confirm(Buffer.from(requests[1]?.context ?? "", "hex"), 1);
    batches.release(1);
    await open;
  });

  it("fails the batches past their deadline at a sweep", async () => {
    const { batches, requests } = recordingBatches();
    const unconfirmed = batches.track(ReadMode.Safe, 0, 100, timeout);
    await turnEnd();
    const confirmed = batches.track(ReadMode.Safe, 50, 100, timeout);
    await turnEnd();
    batches.confirm(Buffer.from(requests[1]?.context ?? "", "hex"), 9);
    batches.sweep(99);
    batches.sweep(100);
    await expect(unconfirmed).rejects.toThrow("read timed out");
    batches.sweep(150);
    await expect(confirmed).rejects.toThrow("read timed out");
  });
});

describe("RaftNode read batching", () => {
  it("a follower forwards one ReadIndex per mode for the reads of a turn, each answered right", async () => {
    const cluster = memoryCluster({
      size: 3,
      application: KV,
      options: { electionTimeoutMinMs: 60, electionTimeoutMaxMs: 120, heartbeatIntervalMs: 10 },
    });
    let readIndexMessages = 0;
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    for (let k = 0; k < 20; k++) await leader.propose({ op: "put", key: `k${k}`, value: `v${k}` });
    const follower = nodes.find((node) => node !== leader) as KvNode;
    cluster.network.onSend = (message) => {
      if (message.type === MessageType.ReadIndex && message.from === follower.config.nodeId) {
        readIndexMessages++;
      }
    };
    const reads = Array.from({ length: 40 }, (_, n) =>
      follower.readIndex({ op: "get", key: `k${n % 20}` }, n % 2 === 0 ? "linearizable" : "lease"),
    );
    const answers = await Promise.all(reads);
    expect(answers).toEqual(
      Array.from({ length: 40 }, (_, n) => ({ ok: true, value: `v${n % 20}` })),
    );
    expect(readIndexMessages).toBe(2);
    // A write acknowledged before a read is seen by it: the read's batch is a new one.
    await leader.propose({ op: "put", key: "k0", value: "new" });
    expect(await follower.readIndex({ op: "get", key: "k0" })).toEqual({ ok: true, value: "new" });
    expect(readIndexMessages).toBe(3);
  });
});
