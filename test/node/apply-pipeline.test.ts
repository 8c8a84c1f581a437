/**
 * The Ready loop applies committed entries that are already durable here before it waits for
 * this turn's write: a leader answers a committed proposal while the fdatasync of the next
 * batch is still in flight, not one fdatasync later.
 */
import { afterEach, describe, expect, it } from "vitest";
import { TimeoutError } from "../../src/node/errors.js";
import { KvStateMachine, kvCodec } from "../../src/node/kv-state-machine.js";
import type { AppliedEntry } from "../../src/node/state-machine.js";
import { MessageType } from "../../src/raft/index.js";
import {
  type DurableWriteThread,
  type FileHandle,
  NodeFileSystem,
  type OpenMode,
} from "../../src/storage/fs.js";
import { KV, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";
import type { KvNode } from "./kv-nodes.js";

const gates: GatedFileSystem[] = [];
// Before the cluster stops the nodes (test/helpers/cluster.ts).
afterEach(() => {
  // A failed test may leave writes held: let them go, or the nodes could not stop.
  for (const gate of gates.splice(0)) {
    gate.held = false;
    gate.releaseWaiting();
  }
});

/** A file system whose fdatasyncs wait while `held` (counting those that wait). */
class GatedFileSystem extends NodeFileSystem {
  held = false;
  waiting = 0;
  private releases: (() => void)[] = [];

  override openSync(file: string, mode: OpenMode): FileHandle {
    const handle = super.openSync(file, mode);
    const datasync = handle.datasync.bind(handle);
    handle.datasync = async () => {
      if (this.held) {
        this.waiting++;
        // Counted down when released, not a microtask later: a test that releases and then
        // waits for the next fdatasync to wait must not see the released one still counted.
        await new Promise<void>((resolve) =>
          this.releases.push(() => {
            this.waiting--;
            resolve();
          }),
        );
      }
      return datasync();
    };
    return handle;
  }

  /** Lets the waiting fdatasyncs go (new ones wait again while still held). */
  releaseWaiting(): void {
    for (const release of this.releases.splice(0)) release();
  }
}

/** A gated file system that also logs "write <text>" for each write while `logging`. */
class LoggingFileSystem extends GatedFileSystem {
  logging = false;

  constructor(private readonly events: string[]) {
    super();
  }

  override openSync(file: string, mode: OpenMode): FileHandle {
    const handle = super.openSync(file, mode);
    const writev = handle.writev.bind(handle);
    handle.writev = (buffers, position) => {
      if (this.logging) {
        this.events.push(`write ${Buffer.concat(buffers.map((buffer) => Buffer.from(buffer)))}`);
      }
      return writev(buffers, position);
    };
    return handle;
  }
}

/**
 * The key-value store, logging "apply <node> <key>" for each command it applies, and
 * "answered <node> <key>" from a promise job queued then (as a socket's flush of the answer is).
 */
class LoggingKv extends KvStateMachine {
  constructor(
    private readonly nodeId: number,
    private readonly events: string[],
  ) {
    super();
  }

  override apply(entry: Parameters<KvStateMachine["apply"]>[0]) {
    const command = (entry as AppliedEntry<{ key?: string }>).command;
    this.events.push(`apply ${this.nodeId} ${command.key ?? ""}`);
    queueMicrotask(() => this.events.push(`answered ${this.nodeId} ${command.key ?? ""}`));
    return super.apply(entry);
  }
}

/**
 * Three in-memory-networked nodes on gated file systems, started, with their leader (which
 * has committed one entry) and the leader's file system.
 */
async function startGatedCluster(
  proposalTimeoutMs = 10_000,
  events?: string[],
  logWriteThread: DurableWriteThread = "event-loop",
) {
  const fileSystems = [1, 2, 3].map(() =>
    events === undefined ? new GatedFileSystem() : new LoggingFileSystem(events),
  );
  gates.push(...fileSystems);
  const cluster = memoryCluster({
    size: 3,
    application:
      events === undefined
        ? KV
        : { machine: (id: number) => new LoggingKv(id, events), codec: kvCodec },
    options: {
      // Slow elections: while a test holds the leader's write, an election (a node's turns
      // delayed on a loaded machine) would take the commit it waits for elsewhere.
      electionTimeoutMinMs: 1000,
      electionTimeoutMaxMs: 2000,
      heartbeatIntervalMs: 50,
      proposalTimeoutMs,
      logWriteThread,
    },
    extras: (id) => ({ fileSystem: fileSystems[id - 1] as GatedFileSystem }),
  });
  const nodes = await cluster.start();
  await waitFor(() => nodes.some((node) => node.isLeader()), "a leader");
  const leaderPosition = nodes.findIndex((node) => node.isLeader());
  const leader = nodes[leaderPosition] as KvNode;
  await leader.propose({ op: "put", key: "warm", value: "up" });
  return { nodes, fileSystems, leader, gate: fileSystems[leaderPosition] as GatedFileSystem };
}

describe("proposal deadlines", () => {
  it("fails a proposal that cannot commit with TimeoutError, after its deadline and not before", async () => {
    const { fileSystems, leader } = await startGatedCluster(400);
    // No node can make the entry durable: it never commits.
    for (const gate of fileSystems) gate.held = true;
    const started = performance.now();
    const outcome = await leader.propose({ op: "put", key: "stuck", value: "1" }).then(
      () => "applied",
      (error: Error) => error,
    );
    const elapsedMs = performance.now() - started;
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect((outcome as TimeoutError).message).toContain("proposal at index");
    // The sweep runs on the ticker: never early, late by at most a sweep and a tick.
    expect(elapsedMs).toBeGreaterThanOrEqual(400);
    expect(elapsedMs).toBeLessThan(5_000);
  });
});

describe("apply pipelining", () => {
  it("answers a committed proposal while the leader's next write waits for its fdatasync", async () => {
    const { nodes, leader, gate } = await startGatedCluster();

    // The leader's write of `first` hangs in fdatasync; the followers persist and acknowledge
    // it, so it commits without the leader's own vote.
    gate.held = true;
    let firstDone = false;
    const first = leader.propose({ op: "put", key: "first", value: "1" }).then((response) => {
      firstDone = true;
      return response;
    });
    await waitFor(() => gate.waiting === 1, "the leader's fdatasync of the first entry");
    await waitFor(
      () =>
        nodes.every(
          (node) => node === leader || node.status().lastIndex >= leader.status().lastIndex,
        ),
      "the followers to have the first entry",
    );
    await waitFor(() => leader.status().commitIndex >= leader.status().lastIndex, "the commit");
    const second = leader.propose({ op: "put", key: "second", value: "2" });
    // Let the first write finish; the next turn writes `second` (held again) and has `first`
    // among its committed entries.
    gate.releaseWaiting();
    await waitFor(() => gate.waiting === 1, "the leader's fdatasync of the second entry");
    await waitFor(() => firstDone, "the first proposal to be answered");
    expect(gate.waiting).toBeGreaterThanOrEqual(1);
    expect(await first).toMatchObject({ ok: true });

    gate.held = false;
    gate.releaseWaiting();
    expect(await second).toMatchObject({ ok: true });
  });
});

describe("the write and the apply of entries durable already", () => {
  // On the pool the write starts first and the apply runs while it is in flight; when the
  // write holds the event loop, the apply (and its answers) come first (ready-loop.ts).
  for (const [logWriteThread, order] of [
    ["thread-pool", "write, then apply"],
    ["event-loop", "apply, then write"],
  ] as const) {
    it(`logWriteThread ${logWriteThread}: ${order}`, async () => {
      const events: string[] = [];
      const started = await startGatedCluster(10_000, events, logWriteThread);
      const { leader } = started;
      const gate = started.gate as LoggingFileSystem;

      // As above: `first` commits while the leader's write of it waits in fdatasync, and
      // `second` is proposed meanwhile; the leader's next Ready writes `second` and applies
      // `first` (durable by then).
      gate.held = true;
      const first = leader.propose({ op: "put", key: "first", value: "1" });
      await waitFor(() => gate.waiting === 1, "the leader's fdatasync of the first entry");
      await waitFor(() => leader.status().commitIndex >= leader.status().lastIndex, "the commit");
      const second = leader.propose({ op: "put", key: "second", value: "second-value" });
      await waitFor(() => leader.status().lastIndex > leader.status().commitIndex, "second queued");
      gate.logging = true;
      gate.held = false;
      gate.releaseWaiting();
      expect(await first).toMatchObject({ ok: true });
      expect(await second).toMatchObject({ ok: true });

      const leaderId = leader.config.nodeId;
      const writeOfSecond = events.findIndex(
        (event) => event.startsWith("write ") && event.includes("second-value"),
      );
      const applyOfFirst = events.indexOf(`apply ${leaderId} first`);
      expect(writeOfSecond).toBeGreaterThanOrEqual(0);
      expect(applyOfFirst).toBeGreaterThanOrEqual(0);
      if (logWriteThread === "thread-pool") {
        expect(writeOfSecond).toBeLessThan(applyOfFirst);
      } else {
        // The answer's promise jobs run before the write too, which holds the loop.
        const answerOfFirst = events.indexOf(`answered ${leaderId} first`);
        expect(applyOfFirst).toBeLessThan(answerOfFirst);
        expect(answerOfFirst).toBeLessThan(writeOfSecond);
      }
    });
  }
});

describe("answers before commit-only appends", () => {
  it("answers a proposer before it sends the followers the appends that only move the commit", async () => {
    const cluster = memoryCluster({ size: 3, application: KV });
    const nodes = await cluster.start();
    await waitFor(() => nodes.some((node) => node.isLeader()), "a leader");
    const leader = nodes.find((node) => node.isLeader()) as KvNode;
    await leader.propose({ op: "put", key: "warm", value: "up" });
    const index = leader.status().lastIndex + 1;
    const events: string[] = [];
    cluster.network.onSend = (message) => {
      if (
        message.from === leader.config.nodeId &&
        message.type === MessageType.Append &&
        message.entries.length === 0 &&
        message.commit >= index
      ) {
        events.push(`commit append to ${message.to}`);
      }
    };
    leader.proposeEncodedWith(
      0,
      0,
      kvCodec.encodeCommand({ op: "put", key: "k", value: "v" }),
      0,
      (error) => events.push(error === undefined ? "answered" : `failed: ${error.message}`),
    );
    await waitFor(() => events.filter((event) => event.startsWith("commit")).length >= 2, "both");
    expect(events[0]).toBe("answered");
  });
});
