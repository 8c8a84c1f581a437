/**
 * snapshotNow() is sequenced after the core's advance(): between a Ready's early apply (the
 * committed entries applied while the Ready's own write is in flight) and advance(), the
 * applied index runs ahead of the core, whose membership changes only at advance(). A
 * snapshot taken there would cover a membership change with the membership before it.
 */
import { describe, expect, it } from "vitest";
import { openSnapshot } from "../../src/snapshot/reader.js";
import { FaultyFileSystem } from "../storage/faulty-fs.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { makeKvNode, newestSnapshotFile } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

/** A gate for the log's segment writes: `held` resolves once a write waits at it. */
function gate(fileSystem: FaultyFileSystem) {
  let release = () => {};
  let onHold = () => {};
  const until = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = new Promise<void>((resolve) => {
    onHold = resolve;
  });
  fileSystem.faults.gateWrites = { pathSuffix: ".seg", until, onHold };
  return { held, release };
}

describe("snapshotNow", () => {
  it("waits for advance(): a snapshot covering a membership change has the changed membership", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const node = makeKvNode(
      {
        nodeId: 1,
        peers: [{ id: 1, address: "127.0.0.1:1" }],
        dataDirectory: directory,
        electionTimeoutMinMs: 40,
        electionTimeoutMaxMs: 80,
        heartbeatIntervalMs: 10,
      },
      { transport: new MemoryNetwork().transportFor(1), fileSystem },
    );
    await node.start();
    await node.waitForLeader(5000);
    await node.addLearner(2, "127.0.0.1:2");
    await node.propose({ op: "put", key: "a", value: "1" });
    expect(node.status().confState.learners).toEqual([2]);

    // Ready N writes the removal of learner 2: hold that write.
    const first = gate(fileSystem);
    const removing = node.removeNode(2);
    const removalIndex = node.status().lastIndex;
    await first.held;
    // A proposal meanwhile: Ready N+1 holds it as a new entry, and the removal as committed,
    // which the node applies early, before Ready N+1's write (held too) and advance().
    const writing = node.propose({ op: "put", key: "b", value: "2" });
    const second = gate(fileSystem);
    first.release();
    await second.held;
    expect(node.status().appliedIndex).toBe(removalIndex);

    const snapshot = node.snapshotNow();
    delete fileSystem.faults.gateWrites;
    second.release();
    const taken = await snapshot;
    await removing;
    await writing;
    expect(taken.index).toBeGreaterThanOrEqual(removalIndex);
    const reader = openSnapshot(newestSnapshotFile(directory));
    const metadata = reader.metadata;
    reader.close();
    expect(metadata.index).toBe(taken.index);
    expect(metadata.confState.learners ?? []).toEqual([]);
    expect(metadata.confState.voters).toEqual([1]);
  });
});
