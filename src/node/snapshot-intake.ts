/**
 * Snapshots a follower receives from the leader, between their arrival and their installation.
 * Each file is checked whole (every chunk, in the background between turns of the loop) and
 * its metadata compared with the message's before the core sees the message. A checked file
 * is kept by index and term until the core installs it (a Ready carries the snapshot) or the
 * applied index passes it; a file that fails is deleted and logged (the leader sends a
 * snapshot again while the follower still lags).
 */
import type { Logger } from "pino";
import {
  type IncarnationRefusal,
  incarnationRefusal,
  type SnapshotRequest,
} from "../raft/index.js";
import { SNAPSHOT_HEADER_BYTES, SnapshotFileError } from "../snapshot/format.js";
import { type OpenSnapshotOptions, openSnapshot } from "../snapshot/reader.js";
import { type FileSystem, removeIfPresent } from "../storage/index.js";
import { confStateEqual, type SnapshotMetadata } from "../types/index.js";
import { assertionFailed } from "../util/assert.js";
import { isOperatingError } from "../util/errors.js";
import type { Clock } from "./clock.js";

/** How a node reads snapshot files: through its file system, yielding on its clock. */
export function snapshotReading(fileSystem: FileSystem, clock: Clock): OpenSnapshotOptions {
  return { fileSystem, yieldTurn: () => clock.yieldTurn() };
}

/** What the intake needs of its node. */
export interface SnapshotIntakeHost {
  readonly fileSystem: FileSystem;
  readonly clock: Clock;
  readonly logger: Logger | undefined;
  /** This node's data directory incarnation. */
  incarnation(): number;
  reportIncarnationRefusal(refusal: IncarnationRefusal): void;
  isRunning(): boolean;
  failNode(error: Error): void;
  /** Steps the snapshot message into the core, once its file is kept. */
  step(message: SnapshotRequest, fromIncarnation: number): void;
}

export class SnapshotIntake {
  /** Checked snapshot files from the leader by "index/term". */
  private readonly files = new Map<string, string>();

  constructor(private readonly host: SnapshotIntakeHost) {}

  /** True while no checked file waits (a node that holds no state yet). */
  isEmpty(): boolean {
    return this.files.size === 0;
  }

  /**
   * A snapshot arrived from the leader in `file`: checks it, keeps it and steps the message
   * into the core. Returns whether the node took it.
   */
  async receive(message: SnapshotRequest, file: string, fromIncarnation: number): Promise<boolean> {
    const { host } = this;
    const refusal = incarnationRefusal(
      message,
      fromIncarnation,
      host.incarnation(),
      () => undefined,
    );
    if (refusal !== undefined) {
      host.reportIncarnationRefusal(refusal);
      await removeIfPresent(host.fileSystem, file);
      return false;
    }
    try {
      await this.check(message, file);
    } catch (error) {
      await removeIfPresent(host.fileSystem, file);
      if (!isOperatingError(error)) {
        host.failNode(error as Error);
        return false;
      }
      host.logger?.error(
        {
          from: message.from,
          index: message.snapshot.metadata.index,
          file,
          error: (error as Error).message,
        },
        "dropped a snapshot from the leader that failed its checks",
      );
      return false;
    }
    if (!host.isRunning()) {
      await removeIfPresent(host.fileSystem, file);
      return false;
    }
    const key = snapshotKey(message.snapshot.metadata);
    const previous = this.files.get(key);
    this.files.set(key, file);
    if (previous !== undefined) await removeIfPresent(host.fileSystem, previous);
    host.step(message, fromIncarnation);
    return true;
  }

  /** The checked file of the snapshot the core installs now, forgotten here. */
  take(metadata: SnapshotMetadata): string {
    const key = snapshotKey(metadata);
    const file = this.files.get(key);
    if (file === undefined)
      assertionFailed(`the core installs snapshot ${key}, which was received`);
    this.files.delete(key);
    return file;
  }

  /**
   * Deletes received snapshot files at or below `appliedIndex`: the core never installs
   * them any more (a snapshot it has accepted but not yet handed out in a Ready is always
   * above the applied index). Also at stop (everything).
   */
  async dropUpTo(appliedIndex: number): Promise<void> {
    const doomed: string[] = [];
    for (const [key, file] of this.files) {
      if (Number(key.split("/")[0]) <= appliedIndex) {
        this.files.delete(key);
        doomed.push(file);
      }
    }
    for (const file of doomed) await removeIfPresent(this.host.fileSystem, file);
  }

  /** Reads the whole file; throws SnapshotFileError when it is damaged or not the message's. */
  private async check(message: SnapshotRequest, file: string): Promise<void> {
    const expected = message.snapshot.metadata;
    const reader = openSnapshot(file, snapshotReading(this.host.fileSystem, this.host.clock));
    const found = reader.metadata;
    if (
      found.index !== expected.index ||
      found.term !== expected.term ||
      !confStateEqual(found.confState, expected.confState)
    ) {
      reader.close();
      throw new SnapshotFileError(
        file,
        SNAPSHOT_HEADER_BYTES,
        "metadata",
        `the file holds index ${found.index} term ${found.term}, the message index ${expected.index} term ${expected.term} (or their memberships differ)`,
      );
    }
    // Bounded by the file's chunks.
    for await (const _chunk of reader) {
    }
  }
}

/** "index/term": a received snapshot's key. */
function snapshotKey(metadata: { index: number; term: number }): string {
  return `${metadata.index}/${metadata.term}`;
}
