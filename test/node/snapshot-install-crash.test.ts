/**
 * A follower installing a snapshot from its leader, crashed before each durable step of the
 * install (segments/FORMAT.md, "Installing a snapshot from the leader"): whatever step the
 * crash interrupts, the next open recovers a snapshot and a log of one branch (the log holds
 * nothing of the branch the snapshot replaced, below, at or after its index), and a hard state
 * whose commit index the snapshot or the log covers.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DurableStorage,
  recoverSnapshotAndLog,
  restartLogAfter,
} from "../../src/node/durable-storage.js";
import { KvStateMachine, kvCodec } from "../../src/node/kv-state-machine.js";
import { nodeSnapshotPieces, writeNodeSnapshot } from "../../src/node/node-snapshot.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { SnapshotStore, SnapshotWriter } from "../../src/snapshot/index.js";
import { DataDirectoryError, SegmentLog, type SegmentLogOptions } from "../../src/storage/index.js";
import type { HardState, SnapshotMetadata } from "../../src/types/index.js";
import { metadataAt } from "../snapshot/helpers.js";
import { CrashingFileSystem, SimulatedCrash } from "../storage/crashing-fs.js";
import { makeEntries, temporaryDirectory, WRITE_MODES } from "../storage/helpers.js";
import { MemoryNetwork } from "./memory-network.js";

/** Small segments: the follower's log spans several, so the install deletes several. */
const SEGMENT_BYTES = 4096;
const ENTRY_BYTES = 200;

/** The follower's own snapshots (the adoption prunes the older one: 2 are retained). */
const OWN_SNAPSHOTS = [metadataAt(5, 1), metadataAt(10, 1)];
/** The leader's snapshot: entries 1..20 of term 1 (committed everywhere), 21..30 of term 3. */
const LEADER_SNAPSHOT: SnapshotMetadata = metadataAt(30, 3);

/** The term of entry `index` on the leader's branch, up to its snapshot. */
function leaderTerm(index: number): number {
  return index <= 20 ? 1 : 3;
}

interface Scenario {
  name: string;
  /** The follower's log before the install: runs of entries [first, last] of one term. */
  runs: ReadonlyArray<readonly [first: number, last: number, term: number]>;
  hardState: HardState;
}

/**
 * Followers whose log diverges from the leader's after entry 20: entries of term 2 from a
 * deposed leader, never committed (commit 20), around, up to, or short of the snapshot index.
 */
const SCENARIOS: Scenario[] = [
  {
    name: "a conflicting suffix of an older term below and above the snapshot index",
    runs: [
      [1, 20, 1],
      [21, 45, 2],
    ],
    hardState: { term: 2, vote: 2, commit: 20 },
  },
  {
    name: "a conflicting entry of an older term at the snapshot index, the log's last",
    runs: [
      [1, 20, 1],
      [21, 30, 2],
    ],
    hardState: { term: 2, vote: 2, commit: 20 },
  },
  {
    name: "a conflicting tail of an older term ending before the snapshot index",
    runs: [
      [1, 20, 1],
      [21, 25, 2],
    ],
    hardState: { term: 2, vote: 0, commit: 20 },
  },
];

function followerTerm(scenario: Scenario, index: number): number | undefined {
  return scenario.runs.find(([first, last]) => first <= index && index <= last)?.[2];
}

/** Opens the log of `directory` holding the entries of `runs` and `hardState`. */
async function logWith(
  directory: string,
  runs: Scenario["runs"],
  hardState: HardState,
  options: SegmentLogOptions = { segmentSizeBytes: SEGMENT_BYTES },
): Promise<SegmentLog> {
  const log = await SegmentLog.open(path.join(directory, "log"), options);
  for (const [first, last, term] of runs) {
    await log.append(makeEntries(first, last - first + 1, { term, sizeBytes: ENTRY_BYTES }));
  }
  await log.setHardState(hardState);
  return log;
}

/** Copies a data directory as a crash leaves it (without the lock of the running process). */
function copyImage(directory: string, image: string): void {
  fs.cpSync(directory, image, {
    recursive: true,
    filter: (source) => !path.basename(source).startsWith("LOCK"),
  });
}

/** Whether `error`, or an error it wraps, is the simulated crash. */
function causedByCrash(error: unknown): boolean {
  for (let at = error; at instanceof Error; at = at.cause) {
    if (at instanceof SimulatedCrash) return true;
  }
  return false;
}

describe.each(WRITE_MODES)(
  "installing a snapshot from the leader ($mode segments)",
  ({ options }) => {
    const logOptions = { ...options, segmentSizeBytes: SEGMENT_BYTES };

    /**
     * Builds the follower's data directory for `scenario`, then installs LEADER_SNAPSHOT with a
     * crash before step `crashAtStep` (never: POSITIVE_INFINITY). Returns the durable steps the
     * install took and the crash image (for a complete install, the directory after it).
     */
    async function installWithCrash(
      scenario: Scenario,
      crashAtStep: number,
    ): Promise<{ steps: string[]; image: string; crashed: boolean }> {
      const directory = temporaryDirectory();
      const image = path.join(temporaryDirectory(), "data");
      const fileSystem = new CrashingFileSystem(() => copyImage(directory, image));
      const log = await logWith(directory, scenario.runs, scenario.hardState, {
        ...logOptions,
        fileSystem,
      });
      try {
        expect(log.segmentFiles().length).toBeGreaterThanOrEqual(2);
        const snapshots = new SnapshotStore(path.join(directory, "snapshots"), { fileSystem });
        let ownFile = "";
        for (const metadata of OWN_SNAPSHOTS) {
          ownFile = await snapshots.save({ ...metadata, data: new Uint8Array([metadata.index]) });
        }
        // What the transport hands the node: a complete, checked, fsync'd file in its directory.
        const incoming = path.join(directory, "incoming-snapshots");
        fs.mkdirSync(incoming);
        const writer = await SnapshotWriter.create(
          path.join(incoming, "received.snap"),
          LEADER_SNAPSHOT,
        );
        await writer.write(new Uint8Array([30, 3]));
        const received = (await writer.commit()).file;
        await log.spareSegmentSettled();
        const storage = new DurableStorage(log, snapshots, {
          metadata: OWN_SNAPSHOTS[1] as SnapshotMetadata,
          file: ownFile,
        });

        fileSystem.arm(crashAtStep);
        const install = storage.installSnapshot(
          { metadata: LEADER_SNAPSHOT, data: new Uint8Array() },
          received,
        );
        if (crashAtStep === Number.POSITIVE_INFINITY) {
          await install;
        } else {
          await expect(install).rejects.toSatisfy(causedByCrash);
          expect(fileSystem.crashed).toBe(true);
        }
      } finally {
        await log.close();
      }
      if (!fileSystem.crashed) {
        copyImage(directory, image);
      }
      return { steps: [...fileSystem.steps], image, crashed: fileSystem.crashed };
    }

    /**
     * Opens `image` as a node does; checks the recovered pair against `expected` (the snapshot
     * the crash left durable), with the Raft core's view of it, and that a second open finds
     * nothing left to do.
     */
    async function expectOneBranch(
      scenario: Scenario,
      image: string,
      expected: SnapshotMetadata,
    ): Promise<void> {
      const open = async () => {
        const log = await SegmentLog.open(path.join(image, "log"), logOptions);
        const snapshots = new SnapshotStore(path.join(image, "snapshots"));
        const recovered = await recoverSnapshotAndLog(log, snapshots);
        return { log, snapshots, recovered };
      };
      const { log, snapshots, recovered } = await open();
      const state = { first: log.firstIndex(), last: log.lastIndex(), hard: log.hardState() };
      try {
        expect(recovered?.metadata).toEqual(expected);
        const storage = new DurableStorage(
          log,
          snapshots,
          recovered as NonNullable<typeof recovered>,
        );
        // What the core reads: every term it can see, from the snapshot's on, is of one branch.
        const branchTerm =
          expected.index === LEADER_SNAPSHOT.index
            ? leaderTerm
            : (index: number) => followerTerm(scenario, index);
        const otherBranch: string[] = [];
        for (let index = storage.firstIndex() - 1; index <= storage.lastIndex(); index++) {
          if (storage.term(index) !== branchTerm(index)) {
            otherBranch.push(`entry ${index} of term ${storage.term(index)}`);
          }
        }
        expect(otherBranch).toEqual([]);
        if (expected.index === LEADER_SNAPSHOT.index) {
          // The follower holds none of the leader's entries after the snapshot.
          expect(storage.lastIndex()).toBe(LEADER_SNAPSHOT.index);
          expect(log.lastIndex()).toBe(LEADER_SNAPSHOT.index);
          expect(log.firstIndex()).toBe(LEADER_SNAPSHOT.index + 1);
        } else {
          // Before the commit point, the install changed nothing.
          const last = scenario.runs.at(-1)?.[1] as number;
          expect([log.firstIndex(), log.lastIndex()]).toEqual([1, last]);
          expect(log.entries(1, last + 1).map((entry) => entry.term)).toEqual(
            Array.from({ length: last }, (_, at) => followerTerm(scenario, at + 1)),
          );
        }
        // The hard state: its commit index is covered, and nothing went backwards.
        const hard = log.hardState();
        expect(hard.commit).toBeGreaterThanOrEqual(
          Math.max(expected.index, scenario.hardState.commit),
        );
        expect(hard.commit).toBeLessThanOrEqual(storage.lastIndex());
        expect(hard.term).toBeGreaterThanOrEqual(scenario.hardState.term);
      } finally {
        await log.close();
      }
      const again = await open();
      try {
        expect(again.recovered?.metadata).toEqual(expected);
        expect({
          first: again.log.firstIndex(),
          last: again.log.lastIndex(),
          hard: again.log.hardState(),
        }).toEqual(state);
      } finally {
        await again.log.close();
      }
    }

    describe.each(SCENARIOS)("$name", (scenario) => {
      it("a crash before any durable step recovers one branch", async () => {
        const complete = await installWithCrash(scenario, Number.POSITIVE_INFINITY);
        const steps = complete.steps;
        const adopted = steps.findIndex((step) =>
          /^rename received\.snap -> snap-0+30-0+3\.snap$/.test(step),
        );
        expect(adopted).toBeGreaterThanOrEqual(0);
        // The install restarts the log after the snapshot: a RESTART segment at 31.
        expect(steps.some((step) => /^rename .* -> 0+31-[0-9a-f]{16}\.seg$/.test(step))).toBe(true);
        await expectOneBranch(scenario, complete.image, LEADER_SNAPSHOT);
        const failures: string[] = [];
        for (let crashAt = 0; crashAt < steps.length; crashAt++) {
          const run = await installWithCrash(scenario, crashAt);
          expect(run.crashed).toBe(true);
          // The same install, step for step, up to the crash.
          expect(run.steps).toEqual(steps.slice(0, crashAt));
          const expected =
            crashAt > adopted ? LEADER_SNAPSHOT : (OWN_SNAPSHOTS[1] as SnapshotMetadata);
          await expectOneBranch(scenario, run.image, expected).catch((error: Error) => {
            failures.push(`crash before step ${crashAt} (${steps[crashAt]}): ${error.message}`);
          });
        }
        expect(failures).toEqual([]);
      });
    });
  },
);

describe("reconciling the newest snapshot and the log on open", () => {
  async function storeWith(directory: string, metadata: SnapshotMetadata[]) {
    const snapshots = new SnapshotStore(path.join(directory, "snapshots"));
    for (const each of metadata) await snapshots.save({ ...each, data: new Uint8Array() });
    return snapshots;
  }

  it("keeps a log that holds the snapshot's entry, with its entries before and after it", async () => {
    // A node's own snapshot at 30, written before the compaction deleted anything.
    const directory = temporaryDirectory();
    const log = await logWith(
      directory,
      [
        [1, 20, 1],
        [21, 45, 3],
      ],
      { term: 3, vote: 1, commit: 35 },
    );
    try {
      const recovered = await recoverSnapshotAndLog(
        log,
        await storeWith(directory, [metadataAt(30, 3)]),
      );
      expect(recovered?.metadata).toEqual(metadataAt(30, 3));
      expect([log.firstIndex(), log.lastIndex()]).toEqual([1, 45]);
      expect(log.hardState()).toEqual({ term: 3, vote: 1, commit: 35 });
    } finally {
      await log.close();
    }
  });

  it("keeps a log that starts right after the snapshot", async () => {
    const directory = temporaryDirectory();
    const log = await logWith(directory, [[1, 20, 1]], { term: 1, vote: 1, commit: 20 });
    try {
      await restartLogAfter(log, 30);
      await log.append(makeEntries(31, 5, { term: 3 }), { term: 3, vote: 1, commit: 33 });
      const recovered = await recoverSnapshotAndLog(
        log,
        await storeWith(directory, [metadataAt(30, 3)]),
      );
      expect(recovered?.metadata).toEqual(metadataAt(30, 3));
      expect([log.firstIndex(), log.lastIndex()]).toEqual([31, 35]);
      expect(log.hardState().commit).toBe(33);
    } finally {
      await log.close();
    }
  });

  it("refuses to open when entries between the snapshot and the log are in neither", async () => {
    // The log restarted after a snapshot at 30 whose file is gone: the newest left is at 10.
    const directory = temporaryDirectory();
    const log = await logWith(directory, [[1, 20, 1]], { term: 1, vote: 1, commit: 20 });
    try {
      await restartLogAfter(log, 30);
      const gap = recoverSnapshotAndLog(log, await storeWith(directory, [metadataAt(10, 1)]));
      await expect(gap).rejects.toBeInstanceOf(DataDirectoryError);
      await expect(gap).rejects.toThrow(
        /the log \(.*log\) starts at index 31 but the newest snapshot that passes its checks \(.*snap-0+10-0+1\.snap\) ends at index 10: entries 11 to 30 are in neither/,
      );
      const none = recoverSnapshotAndLog(log, await storeWith(temporaryDirectory(), []));
      await expect(none).rejects.toThrow(
        /starts at index 31 but there is no snapshot: entries 1 to 30 are in neither/,
      );
      expect([log.firstIndex(), log.lastIndex()]).toEqual([31, 30]);
    } finally {
      await log.close();
    }
  });
});

describe("a node started on the crash image of an install", () => {
  it("starts from the snapshot with none of its log's other branch, durably", async () => {
    // The image a crash right after the adoption leaves: the leader's snapshot at 30 (term 3)
    // in snapshots/, and the follower's log of term-2 entries 21..45 not yet restarted.
    const directory = temporaryDirectory();
    const scenario = SCENARIOS[0] as Scenario;
    const log = await logWith(directory, scenario.runs, scenario.hardState);
    await log.close();
    const peers = [1, 2, 3].map((id) => ({ id, address: `127.0.0.1:${id}` }));
    const confState = { ...LEADER_SNAPSHOT.confState, learners: [] };
    await writeNodeSnapshot(
      new SnapshotStore(path.join(directory, "snapshots")),
      { index: 30, term: 3, confState },
      nodeSnapshotPieces({ members: [], sessions: [] }, new KvStateMachine().snapshot()),
    );

    // Nodes 2 and 3 never answer: node 1 stays without a leader, so nothing is appended.
    const node = new RaftNode(
      {
        nodeId: 1,
        peers,
        dataDirectory: directory,
        bootstrap: false,
        segmentSizeBytes: SEGMENT_BYTES,
        electionTimeoutMinMs: 60,
        electionTimeoutMaxMs: 120,
        heartbeatIntervalMs: 10,
      },
      new KvStateMachine(),
      kvCodec,
      { transport: new MemoryNetwork().transportFor(1) },
    );
    await node.start();
    try {
      expect(node.status()).toMatchObject({ snapshotIndex: 30, lastIndex: 30, commitIndex: 30 });
    } finally {
      await node.stop();
    }
    const reopened = await SegmentLog.open(path.join(directory, "log"), {
      segmentSizeBytes: SEGMENT_BYTES,
    });
    try {
      expect([reopened.firstIndex(), reopened.lastIndex()]).toEqual([31, 30]);
      expect(reopened.hardState().commit).toBe(30);
    } finally {
      await reopened.close();
    }
  });
});
