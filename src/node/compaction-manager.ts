/**
 * The compaction manager of a RaftNode. Once the log since the last snapshot passes
 * snapshotThresholdEntries entries (staggered by node id) with at least
 * snapshotThresholdLogRatio times the last snapshot file's size in applied entry data, or
 * snapshotThresholdBytes bytes of applied data, it takes the state at the applied index (synchronously, so it is consistent),
 * then writes the snapshot file and deletes the covered segments in the background while the
 * Ready loop goes on. One compaction at a time; a failed one is logged and retried at the next
 * threshold; a broken invariant stops the node. Never between a Ready's apply and advance():
 * the snapshot would record a membership change applied there with the core's membership from
 * before it (docs/architecture.md, "The node").
 */
import type { Logger } from "pino";
import type { SnapshotStore } from "../snapshot/snapshot-store.js";
import type { SnapshotWriteResult } from "../snapshot/writer.js";
import type { SnapshotMetadata } from "../types/index.js";
import { isOperatingError } from "../util/errors.js";
import type { RaftNodeConfig } from "./config.js";
import type { DurableStorage } from "./durable-storage.js";

/** What the manager needs of its node. */
export interface CompactionHost {
  readonly config: RaftNodeConfig;
  readonly logger: Logger | undefined;
  storage(): DurableStorage;
  /** The applied index: cheap, read on every turn of the Ready loop. */
  appliedIndex(): number;
  /** The applied index and term, with the core's membership now (built only to compact). */
  appliedState(): SnapshotMetadata;
  /** Takes the state now; writes it to a file of `store` (Applier.writeSnapshot). */
  writeSnapshot(store: SnapshotStore, metadata: SnapshotMetadata): Promise<SnapshotWriteResult>;
  /** A snapshot was taken and the log compacted. */
  taken(metadata: SnapshotMetadata): void;
  /** Throws StoppedError (or the fatal error) unless the node runs. */
  checkRunning(): void;
  failNode(error: Error): void;
}

export class CompactionManager {
  /** The compaction running in the background, if any. */
  private compaction: Promise<void> | undefined;
  /** True from ready() to advance() (see the file comment). */
  private readyInFlight = false;
  /** snapshotNow() calls waiting for the Ready in flight to be advanced. */
  private readonly advanceWaiters: (() => void)[] = [];
  /** Bytes of entry data applied since the last snapshot (a compaction trigger). */
  private appliedBytesSinceSnapshot = 0;
  /** The size of the snapshot file at `index`, the last one measured (see snapshotBytes). */
  private measuredSnapshot: { index: number; bytes: number } | undefined;

  constructor(private readonly host: CompactionHost) {}

  /** Counts applied entry bytes towards snapshotThresholdBytes. */
  noteApplied(bytes: number): void {
    this.appliedBytesSinceSnapshot += bytes;
  }

  /**
   * The applied state now starts from the current snapshot (restored at start, installed from
   * the leader, or forced at a --force-new-cluster start): the applied bytes count from there.
   */
  snapshotRestored(): void {
    this.appliedBytesSinceSnapshot = 0;
  }

  /** The node took a Ready: no snapshot starts until readyAdvanced(). */
  readyTaken(): void {
    this.readyInFlight = true;
  }

  readyAdvanced(): void {
    this.readyInFlight = false;
    for (const resume of this.advanceWaiters.splice(0)) resume();
  }

  /** Resolves once no compaction runs (at once when none does). */
  async idle(): Promise<void> {
    await this.compaction;
  }

  /**
   * Takes a snapshot now (whatever the thresholds) and compacts the log; resolves with what it
   * covers and its file once the snapshot file is durable. Waits for a compaction already
   * running first.
   */
  async snapshotNow(): Promise<{ index: number; term: number; file: string }> {
    this.host.checkRunning();
    while (this.compaction !== undefined || this.readyInFlight) {
      await (this.compaction ?? new Promise<void>((resume) => this.advanceWaiters.push(resume)));
      this.host.checkRunning();
    }
    this.compactIfDue(true);
    await this.compaction;
    const storage = this.host.storage();
    const metadata = storage.snapshotMetadata();
    return { index: metadata.index, term: metadata.term, file: storage.snapshotFile() ?? "" };
  }

  /** Starts a compaction in the background if a threshold is passed (or `force`). */
  compactIfDue(force = false): void {
    const { config } = this.host;
    const storage = this.host.storage();
    const entriesSince = this.host.appliedIndex() - storage.snapshotMetadata().index;
    // Staggered by node id (up to +21%) so that the replicas do not all pause to snapshot at
    // the same index.
    const entriesThreshold = Math.floor(
      config.snapshotThresholdEntries * (1 + (config.nodeId % 7) / 28),
    );
    const due =
      (entriesSince >= entriesThreshold &&
        this.appliedBytesSinceSnapshot >=
          config.snapshotThresholdLogRatio * this.snapshotBytes(storage)) ||
      (entriesSince > 0 && this.appliedBytesSinceSnapshot >= config.snapshotThresholdBytes);
    if ((!due && !(force && entriesSince > 0)) || this.compaction !== undefined) return;
    // Entries applied while the snapshot is written count towards the next one; a compaction
    // that fails gives its bytes back, so that the retry does not wait for as many again.
    const carriedBytes = this.appliedBytesSinceSnapshot;
    this.appliedBytesSinceSnapshot = 0;
    this.compaction = this.compact(storage, this.host.appliedState(), carriedBytes).finally(() => {
      this.compaction = undefined;
    });
  }

  /**
   * The size of the current snapshot's file (0 before the first), measured once per snapshot:
   * one the node took, one installed from the leader, or the one it restarted from.
   */
  private snapshotBytes(storage: DurableStorage): number {
    const { index } = storage.snapshotMetadata();
    if (this.measuredSnapshot?.index !== index) {
      const file = storage.snapshotFile();
      let bytes = 0;
      try {
        bytes = file === undefined ? 0 : storage.snapshots.fileBytes(file);
      } catch (error) {
        // Only a pacing figure: without it the entries threshold alone decides.
        this.host.logger?.warn(
          { file, error: (error as Error).message },
          "could not read the size of the snapshot file; snapshots follow the entries threshold",
        );
      }
      this.measuredSnapshot = { index, bytes };
    }
    return this.measuredSnapshot.bytes;
  }

  private async compact(
    storage: DurableStorage,
    metadata: SnapshotMetadata,
    carriedBytes: number,
  ): Promise<void> {
    const { logger } = this.host;
    try {
      const written = await this.host.writeSnapshot(storage.snapshots, metadata);
      await storage.compact(metadata, written.file, this.host.config.snapshotTrailingEntries);
      logger?.info(
        { index: metadata.index, term: metadata.term, bytes: written.sizeBytes },
        "took a snapshot and compacted the log",
      );
      this.host.taken(metadata);
    } catch (error) {
      if (!isOperatingError(error)) {
        this.host.failNode(error as Error);
        return;
      }
      this.appliedBytesSinceSnapshot += carriedBytes;
      logger?.error(
        { index: metadata.index, error: (error as Error).message },
        "taking a snapshot failed; will retry at the next threshold",
      );
    }
  }
}
