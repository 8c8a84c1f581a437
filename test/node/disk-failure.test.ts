/**
 * An fsync error is fatal for the node (never retried: after a failed fsync the page cache
 * cannot be trusted): it stops serving with a clear error, fails what is pending, and a restart
 * recovers from what is durable.
 */
import { describe, expect, it } from "vitest";
import { KvStateMachine } from "../../src/node/kv-state-machine.js";
import { FAST_TIMING, KV, memoryCluster } from "../helpers/cluster.js";
import { FaultyFileSystem } from "../storage/faulty-fs.js";

describe("a failed fsync", () => {
  it("stops the node with a clear error; a restart recovers every acknowledged write", async () => {
    const cluster = memoryCluster({
      size: 1,
      application: KV,
      options: FAST_TIMING,
      seeded: false,
    });
    const fileSystem = new FaultyFileSystem();
    const node = cluster.make(1, { extras: { fileSystem } });
    const failures: Error[] = [];
    node.on("failed", (error) => failures.push(error));
    await node.start();
    await node.waitForLeader(5000);
    for (let i = 0; i < 10; i++) await node.propose({ op: "put", key: `k${i}`, value: String(i) });
    fileSystem.faults.failDatasync = true;
    await expect(node.propose({ op: "put", key: "lost", value: "x" })).rejects.toThrow(
      /fdatasync .* failed \(EIO\)/,
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toMatch(/log failed and refuses writes/);
    expect(node.isRunning()).toBe(false);
    await expect(node.propose({ op: "put", key: "after", value: "x" })).rejects.toThrow(
      /fdatasync/,
    );
    await node.stop();

    const machine = new KvStateMachine();
    const restarted = cluster.make(1, { machine });
    await restarted.start();
    await restarted.waitForLeader(5000);
    await restarted.readIndex({ op: "get", key: "k0" });
    for (let i = 0; i < 10; i++)
      expect(machine.query({ op: "get", key: `k${i}` })).toEqual({ ok: true, value: String(i) });
  });
});
