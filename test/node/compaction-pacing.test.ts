/**
 * The compaction manager's pacing rule alone, over a fake host: a snapshot due by entries
 * waits for snapshotThresholdLogRatio x the current snapshot file's size of applied entry
 * data; a failed compaction gives back the bytes it counted; a restored snapshot restarts the
 * count. (The rule end to end, across a restart: compaction.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { CompactionManager } from "../../src/node/compaction-manager.js";
import { defaultNodeConfig, type RaftNodeConfig } from "../../src/node/config.js";
import type { DurableStorage } from "../../src/node/durable-storage.js";
import type { SnapshotMetadata } from "../../src/types/index.js";
import { EMPTY_CONF_STATE } from "../../src/types/index.js";

/** Bytes of the fake snapshot file the host starts from. */
const SNAPSHOT_BYTES = 500;
/** Applied entry data per entry. */
const ENTRY_BYTES = 100;

function pacedHost(options: { failWrites: boolean }) {
  const config = {
    ...defaultNodeConfig(),
    // Node 7: no stagger (7 % 7 = 0), so the entries threshold is exactly 10.
    nodeId: 7,
    snapshotThresholdEntries: 10,
    snapshotThresholdLogRatio: 1,
  } as RaftNodeConfig;
  let snapshot: SnapshotMetadata = { index: 5, term: 1, confState: EMPTY_CONF_STATE };
  let appliedIndex = 5;
  const started: number[] = [];
  /** How often the host built its applied state (with the membership, which costs a sort). */
  const built = { appliedStates: 0 };
  const storage = {
    snapshotMetadata: () => snapshot,
    snapshotFile: () => `snap-${snapshot.index}`,
    snapshots: { fileBytes: () => SNAPSHOT_BYTES },
    compact: async (metadata: SnapshotMetadata) => {
      snapshot = metadata;
    },
  } as unknown as DurableStorage;
  const manager = new CompactionManager({
    config,
    logger: undefined,
    storage: () => storage,
    appliedIndex: () => appliedIndex,
    appliedState: () => {
      built.appliedStates++;
      return { index: appliedIndex, term: 1, confState: EMPTY_CONF_STATE };
    },
    writeSnapshot: async (_store, metadata) => {
      started.push(metadata.index);
      if (options.failWrites) {
        throw Object.assign(new Error("no space left on device"), { code: "ENOSPC", errno: -28 });
      }
      return {
        file: `snap-${metadata.index}`,
        sizeBytes: SNAPSHOT_BYTES,
        chunkCount: 1,
        dataBytes: SNAPSHOT_BYTES,
      };
    },
    taken: () => {},
    checkRunning: () => {},
    failNode: (error) => {
      throw error;
    },
  });
  /** Applies `count` entries of `bytes` each, checking for a due compaction after each. */
  const apply = async (count: number, bytes = ENTRY_BYTES) => {
    for (let entry = 0; entry < count; entry++) {
      appliedIndex++;
      manager.noteApplied(bytes);
      manager.compactIfDue();
      await manager.idle();
    }
  };
  return { manager, apply, started, built };
}

describe("compaction pacing", () => {
  it("waits past the entries threshold until the entry data reaches the snapshot's size", async () => {
    const { apply, started } = pacedHost({ failWrites: false });
    // 10 entries (1000 bytes) past the snapshot at 5: due by both rules at index 15.
    await apply(10);
    expect(started).toEqual([15]);
    // The next one: 5 entries bring the 500 bytes of the file, 10 the entries threshold.
    await apply(10);
    expect(started).toEqual([15, 25]);
  });

  it("builds the applied state only for a compaction it starts, not at every check", async () => {
    const { apply, started, built } = pacedHost({ failWrites: false });
    // The check runs on every turn of the Ready loop: 9 entries, 9 checks, none due.
    await apply(9);
    expect(built.appliedStates).toBe(0);
    await apply(1);
    expect(started).toEqual([15]);
    expect(built.appliedStates).toBe(1);
  });

  it("does not take one before the bytes, however many entries past the threshold", async () => {
    const { apply, started } = pacedHost({ failWrites: false });
    await apply(10);
    expect(started).toEqual([15]);
    // Entries of 10 bytes: the 500-byte file needs 50 of them, not the threshold's 10.
    await apply(49, 10);
    expect(started).toEqual([15]);
    await apply(1, 10);
    expect(started).toEqual([15, 65]);
  });

  it("gives back the bytes of a failed compaction, so the retry does not wait for as many again", async () => {
    const { apply, started } = pacedHost({ failWrites: true });
    await apply(10);
    expect(started).toEqual([15]);
    // It failed: the very next entry finds 1100 bytes since the snapshot at 5, past 500.
    await apply(1);
    expect(started).toEqual([15, 16]);
  });

  it("counts from a restored snapshot", async () => {
    const { manager, apply, started } = pacedHost({ failWrites: false });
    await apply(9);
    // A snapshot replaces the state (installed from the leader, say): the 900 bytes were
    // before it. The fake's snapshot stays at 5, so the entries threshold is met from 15 on,
    // and the bytes once 5 more entries are applied (at 19).
    manager.snapshotRestored();
    await apply(4);
    expect(started).toEqual([]);
    await apply(1);
    expect(started).toEqual([19]);
  });
});
