/**
 * The Raft core's Storage (src/raft/storage.ts) over the durable segment log and the snapshot
 * store: what the core reads, and the node's Ready step 1 (persist) that writes it.
 *
 * View: the latest snapshot covers [1, snapshot.index]; the log holds entries after it (and
 * possibly some before it, kept for slow followers). firstIndex() - 1 is always an index whose
 * term is known: the snapshot's, or the log's first entry's (used as a dummy, as etcd does).
 */

import path from "node:path";
import {
  type InitialState,
  LogCompactedError,
  LogUnavailableError,
  type Snapshot,
  type Storage,
} from "../raft/index.js";
import { type SnapshotStore, snapshotFileName } from "../snapshot/snapshot-store.js";
import { DataDirectoryError, type SegmentLog } from "../storage/index.js";
import type { Entry, HardState, SnapshotMetadata } from "../types/index.js";
import { assert, assertionFailed } from "../util/assert.js";

/** The snapshot the log starts after: its metadata and its file (none before the first). */
export interface CurrentSnapshot {
  metadata: SnapshotMetadata;
  file: string | undefined;
}

const NO_DATA = new Uint8Array();

export class DurableStorage implements Storage {
  private snapshotMeta: SnapshotMetadata;
  private currentFile: string | undefined;

  constructor(
    readonly log: SegmentLog,
    readonly snapshots: SnapshotStore,
    snapshot: CurrentSnapshot,
  ) {
    this.snapshotMeta = snapshot.metadata;
    this.currentFile = snapshot.file;
  }

  initialState(): InitialState {
    return { hardState: this.log.hardState(), confState: this.snapshotMeta.confState };
  }

  /**
   * The first entry the core may read. When the log reaches back to the snapshot or before it
   * (the trailing entries compaction keeps for slow followers), its first entry is the dummy
   * and everything after it is served: a follower a little behind the snapshot catches up from
   * the log instead of being sent the whole snapshot. Otherwise the snapshot is the dummy.
   */
  firstIndex(): number {
    const logFirst = this.log.firstIndex();
    const logLast = this.log.lastIndex();
    if (
      logLast < logFirst ||
      logFirst > this.snapshotMeta.index ||
      logLast < this.snapshotMeta.index
    ) {
      return this.snapshotMeta.index + 1;
    }
    return logFirst + 1;
  }

  lastIndex(): number {
    return Math.max(this.log.lastIndex(), this.snapshotMeta.index);
  }

  term(index: number): number {
    if (index === this.snapshotMeta.index) {
      return this.snapshotMeta.term;
    }
    if (index < this.firstIndex() - 1) {
      throw new LogCompactedError(index, this.firstIndex());
    }
    if (index > this.lastIndex()) {
      throw new LogUnavailableError(index, this.lastIndex());
    }
    return this.log.term(index);
  }

  entries(lo: number, hi: number, bytesMax: number): readonly Entry[] {
    if (lo < this.firstIndex()) {
      throw new LogCompactedError(lo, this.firstIndex());
    }
    if (hi > this.lastIndex() + 1) {
      throw new LogUnavailableError(hi - 1, this.lastIndex());
    }
    return this.log.entries(lo, hi, bytesMax);
  }

  /**
   * The latest snapshot for the core to send, without data: snapshots live in files, and the
   * node streams `snapshotFile()` to the follower (the core never looks at the data).
   */
  snapshot(): Snapshot {
    return { metadata: this.snapshotMeta, data: NO_DATA };
  }

  /** The file of the latest snapshot (undefined before the first one). */
  snapshotFile(): string | undefined {
    return this.currentFile;
  }

  /**
   * The file of the snapshot `metadata` names: the latest, or an older one the store still
   * keeps (the core made a Snapshot message, then a compaction finished before it was sent).
   * Undefined when it is gone.
   */
  snapshotFileFor(metadata: { index: number; term: number }): string | undefined {
    if (metadata.index === this.snapshotMeta.index && metadata.term === this.snapshotMeta.term) {
      return this.currentFile;
    }
    const name = snapshotFileName(metadata.index, metadata.term);
    return this.snapshots.list().includes(name)
      ? path.join(this.snapshots.directory, name)
      : undefined;
  }

  snapshotMetadata(): SnapshotMetadata {
    return this.snapshotMeta;
  }

  /** A hard state whose only change is the commit index, not yet written (see persist). */
  private deferredHardState: HardState | undefined;

  /**
   * Ready step 1 for entries and hard state: one durable append (one fdatasync). Entries that
   * replace a stored suffix first truncate it (durably; never committed entries).
   *
   * When `mustSync` is false (no entries, no snapshot, term and vote unchanged: only the commit
   * index moved) nothing is written now: the commit index can be learned again from the leader
   * after a crash, so it rides along with the next durable write instead of costing an fsync of
   * its own (as etcd does).
   */
  async persist(
    entries: readonly Entry[],
    hardState: HardState | undefined,
    mustSync: boolean,
  ): Promise<void> {
    if (!mustSync && entries.length === 0) {
      if (hardState !== undefined) this.deferredHardState = hardState;
      return;
    }
    const state = hardState ?? this.deferredHardState;
    this.deferredHardState = undefined;
    const first = entries[0];
    if (first !== undefined && first.index <= this.log.lastIndex()) {
      await this.log.truncateSuffix(first.index);
    }
    if (entries.length > 0 || state !== undefined) {
      await this.log.append(entries, state);
    }
  }

  /** Writes a deferred commit-only hard state (at a clean stop, so restarts apply less again). */
  async flushDeferred(): Promise<void> {
    if (this.deferredHardState !== undefined) {
      const state = this.deferredHardState;
      this.deferredHardState = undefined;
      await this.log.setHardState(state);
    }
  }

  /**
   * Ready step 1 for a snapshot received from the leader, whose checked file is `file`: the
   * file is moved into the snapshot store (the commit point: its directory fsync), then the
   * log restarts empty after it (the core installs a snapshot only when the log does not hold
   * its entry, so every entry there is of another branch). A crash in between leaves the
   * snapshot and the old log, which recoverSnapshotAndLog reconciles on the next open
   * (segments/FORMAT.md, "A snapshot and the log together").
   */
  async installSnapshot(snapshot: Snapshot, file: string): Promise<void> {
    const meta = snapshot.metadata;
    assert(meta.index > this.snapshotMeta.index, "installed snapshots move forward");
    const stored = await this.snapshots.adopt(file);
    await restartLogAfter(this.log, meta.index);
    assertLogContinues(this.log, meta);
    this.snapshotMeta = meta;
    this.currentFile = stored;
  }

  /**
   * Records a snapshot the node took of its own state machine at `metadata.index` (applied),
   * already durable in `file`, then deletes log segments wholly below
   * `index - trailingEntries`.
   */
  async compact(metadata: SnapshotMetadata, file: string, trailingEntries: number): Promise<void> {
    if (metadata.index <= this.snapshotMeta.index) {
      // A newer snapshot (installed from the leader) landed while this one was being written.
      return;
    }
    this.snapshotMeta = metadata;
    this.currentFile = file;
    const upto = metadata.index - trailingEntries;
    if (upto > 0 && upto < this.log.lastIndex()) {
      await this.log.truncatePrefix(upto);
    }
  }
}

/**
 * On open (segments/FORMAT.md, "A snapshot and the log together", recovery rule 9): the
 * newest snapshot that passes every check, with the log made to continue it (durably), or
 * undefined when the store holds none. The one place where a crash between a snapshot's
 * commit point and the end of the log's restart (an install from the leader, a bootstrap, a
 * forced new cluster) is resolved, in favour of the snapshot.
 *
 * Throws DataDirectoryError when entries between the snapshot and the log's first entry are
 * in neither (a snapshot file lost, or set aside as `.bad`).
 */
export async function recoverSnapshotAndLog(
  log: SegmentLog,
  snapshots: SnapshotStore,
): Promise<CurrentSnapshot | undefined> {
  // What the snapshot directory lists may not be durable yet (a kill right after a rename):
  // make it so before the log is restarted after it.
  await snapshots.syncEntries();
  const newest = await snapshots.newest();
  const index = newest?.metadata.index ?? 0;
  if (log.firstIndex() > index + 1) {
    throw new DataDirectoryError(
      path.dirname(snapshots.directory),
      `the log (${log.directory}) starts at index ${log.firstIndex()} but ${
        newest === undefined
          ? "there is no snapshot"
          : `the newest snapshot that passes its checks (${newest.file}) ends at index ${index}`
      }: entries ${index + 1} to ${log.firstIndex() - 1} are in neither`,
    );
  }
  if (newest === undefined) {
    return undefined;
  }
  const stored = newest.metadata;
  if (!logContinues(log, stored)) {
    // Rule 9.3: the log is of another branch at or before the snapshot (an install from the
    // leader crashed before the log's restart), or ends before it: none of it is kept. A
    // committed entry at or after the snapshot index would have matched it.
    if (!(log.hardState().commit < stored.index))
      assertionFailed(
        `a log that does not continue snapshot ${stored.index}/${stored.term} commits nothing from ${stored.index} on (commit ${log.hardState().commit})`,
      );
    await restartLogAfter(log, stored.index);
  }
  const hardState = log.hardState();
  if (hardState.commit < stored.index) {
    // A vote is for one term. The snapshot raising the term drops it: this node never voted in
    // the snapshot's term, and carrying the vote over would make it refuse every other
    // candidate there. In the same (or a higher) term the vote is kept: losing it could let
    // this node vote twice in one term.
    const raised = stored.term > hardState.term;
    await log.setHardState({
      term: raised ? stored.term : hardState.term,
      vote: raised ? 0 : hardState.vote,
      commit: stored.index,
    });
  }
  assertLogContinues(log, stored);
  const commit = log.hardState().commit;
  if (!(stored.index <= commit && commit <= log.lastIndex()))
    assertionFailed(
      `the commit index ${commit} is covered by snapshot ${stored.index} or the log (last index ${log.lastIndex()})`,
    );
  return { metadata: stored, file: newest.file };
}

/**
 * Rule 9.2: the log continues the snapshot when it holds the snapshot's entry (same index and
 * term: by the log matching property every entry it holds is then of the snapshot's branch),
 * or starts right after it (it was restarted there, for this snapshot: there is one committed
 * entry per index). The caller has excluded a gap after the snapshot.
 */
function logContinues(log: SegmentLog, snapshot: SnapshotMetadata): boolean {
  if (log.lastIndex() < snapshot.index) {
    return false;
  }
  if (log.firstIndex() > snapshot.index) {
    return true;
  }
  return log.term(snapshot.index) === snapshot.term;
}

/** The log reaches the snapshot, without a gap, and agrees with it where they overlap. */
function assertLogContinues(log: SegmentLog, snapshot: SnapshotMetadata): void {
  const first = log.firstIndex();
  const last = log.lastIndex();
  if (!(first - 1 <= snapshot.index && snapshot.index <= last))
    assertionFailed(
      `the log [${first}, ${last}] continues snapshot ${snapshot.index}/${snapshot.term}`,
    );
  if (!(first > snapshot.index || log.term(snapshot.index) === snapshot.term))
    assertionFailed(
      `the log's entry ${snapshot.index} has the term of snapshot ${snapshot.index}/${snapshot.term}`,
    );
}

/**
 * Discards every entry of `log` and restarts it empty at `index + 1` (after a snapshot at
 * `index`): the suffix after `index` is cut first, then the log restarts (see
 * segments/FORMAT.md, "Suffix truncation" and "Prefix truncation").
 */
export async function restartLogAfter(log: SegmentLog, index: number): Promise<void> {
  if (!(log.firstIndex() <= index + 1))
    assertionFailed(
      `restarting the log after ${index} leaves no gap before its first index ${log.firstIndex()}`,
    );
  if (log.lastIndex() > index && log.lastIndex() >= log.firstIndex()) {
    await log.truncateSuffix(Math.max(index + 1, log.firstIndex()));
  }
  await log.truncatePrefix(Math.max(index, log.lastIndex()));
}
