/**
 * Offline replay: a node's applied state at a chosen index, rebuilt from its data directory
 * without a running node and without changing a byte of it.
 *
 * The data directory is opened with the node's own start-up code (SegmentLog's recovery,
 * SnapshotStore, recoverSnapshotAndLog) over a CopyOnWriteFileSystem, so every rule the node
 * applies at start (a torn tail cut, an obsolete segment dropped, a snapshot that fails its
 * checks set aside for the next older one) applies here too, in memory only; no lock is taken.
 * Then the newest usable snapshot is restored and the log's NORMAL entries after it are applied
 * up to the index asked for, through the node's Applier (client sessions included), so the
 * state equals what a node had applied at that index (docs/architecture.md, "Offline replay").
 *
 * Entries above the commit index recorded on disk are replayed when asked for, and reported:
 * the recorded commit can lag the cluster's (a node does not write a hard state for a commit
 * alone), so they may well be committed, but this directory cannot tell.
 */
import path from "node:path";
import { SnapshotStore } from "../snapshot/snapshot-store.js";
import { CopyOnWriteFileSystem } from "../storage/copy-on-write-fs.js";
import { type FileSystem, NodeFileSystem } from "../storage/fs.js";
import { SegmentLog } from "../storage/segment-log.js";
import { EntryType } from "../types/index.js";
import { InvalidArgumentError } from "../util/errors.js";
import { Applier } from "./applier.js";
import { defaultNodeConfig } from "./config.js";
import { recoverSnapshotAndLog } from "./durable-storage.js";
import type { StateMachine, StateMachineCodec } from "./state-machine.js";

/** Entries read from the log per step (bounded memory on a long log). */
const REPLAY_BATCH_BYTES_MAX = 8 * 1024 * 1024;

export interface ReplayOptions {
  /** Apply up to this index (inclusive). Default: the log's last index. */
  atIndex?: number;
  /** Sessions kept, as the node's `sessionCountMax` (the same value replays the same dedup). */
  sessionCountMax?: number;
  /** What the node would have logged: a snapshot set aside, a torn tail cut (in memory). */
  onWarning?: (text: string) => void;
  /** Called as entries are applied: applied so far, of `total`. */
  onProgress?: (applied: number, total: number) => void;
  /** The file system below the copy-on-write layer (tests). Default: the real one. */
  fileSystem?: FileSystem;
}

export interface ReplayResult {
  /** The snapshot the replay started from; undefined: from an empty state. */
  snapshot: { index: number; term: number; file: string } | undefined;
  /** The index the state is at. */
  appliedIndex: number;
  /** The log's first and last index, and the commit index recorded on disk. */
  logFirstIndex: number;
  logLastIndex: number;
  commitIndex: number;
  /** NORMAL entries applied after the snapshot (commands and member addresses). */
  entriesApplied: number;
  /** Member addresses as of `appliedIndex`. */
  members: Map<number, string>;
}

/**
 * Rebuilds `stateMachine` from the data directory `dataDirectory` at `options.atIndex`.
 * Throws InvalidArgumentError for an index the directory cannot reach (below its newest
 * usable snapshot or above its last entry) and the storage errors of a node's start for a
 * directory a node could not start from.
 */
export async function replayDataDirectory<Command, Response, Query>(
  dataDirectory: string,
  stateMachine: StateMachine<Command, Response, Query>,
  codec: StateMachineCodec<Command, Response, Query>,
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  const fileSystem = new CopyOnWriteFileSystem(options.fileSystem ?? new NodeFileSystem());
  const log = await openLogForReplay(dataDirectory, fileSystem, options);
  try {
    const snapshots = new SnapshotStore(path.join(dataDirectory, "snapshots"), {
      fileSystem,
      onWarning: (text) => options.onWarning?.(text),
    });
    const recovered = await recoverSnapshotAndLog(log, snapshots);
    const baseIndex = recovered?.metadata.index ?? 0;
    const lastIndex = log.lastIndex();
    const atIndex = options.atIndex ?? lastIndex;
    if (!Number.isSafeInteger(atIndex) || atIndex < baseIndex || atIndex > lastIndex) {
      throw new InvalidArgumentError(
        `index ${atIndex} is out of reach: ${dataDirectory} holds ${
          recovered === undefined ? "no snapshot" : `a snapshot at index ${baseIndex}`
        } and log entries ${log.firstIndex()} to ${lastIndex}`,
      );
    }
    const members = new Map<number, string>();
    const applier = new Applier(
      stateMachine,
      codec,
      options.sessionCountMax ?? defaultNodeConfig().sessionCountMax,
      (nodeId, address) => members.set(nodeId, address),
    );
    if (recovered?.file !== undefined) {
      for (const member of await applier.restore(recovered.file, { fileSystem })) {
        members.set(member.nodeId, member.address);
      }
    }
    const commitIndex = log.hardState().commit;
    if (atIndex > commitIndex) {
      options.onWarning?.(
        `entries ${Math.max(commitIndex, baseIndex) + 1} to ${atIndex} are above the commit index recorded on disk (${commitIndex}): they may not be committed`,
      );
    }
    const entriesApplied = applyLog(log, applier, baseIndex, atIndex, options.onProgress);
    return {
      snapshot:
        recovered?.file === undefined
          ? undefined
          : { index: baseIndex, term: recovered.metadata.term, file: recovered.file },
      appliedIndex: atIndex,
      logFirstIndex: log.firstIndex(),
      logLastIndex: lastIndex,
      commitIndex,
      entriesApplied,
      members,
    };
  } finally {
    await log.close();
  }
}

/**
 * Opens the log of `dataDirectory` over `fileSystem` without its lock and without touching
 * it; a torn tail is reported through `onWarning` (the replay reads up to it).
 */
async function openLogForReplay(
  dataDirectory: string,
  fileSystem: CopyOnWriteFileSystem,
  options: ReplayOptions,
): Promise<SegmentLog> {
  const logDirectory = path.join(dataDirectory, "log");
  try {
    fileSystem.readdirSync(logDirectory);
  } catch (error) {
    throw new InvalidArgumentError(
      `${dataDirectory} is not a node's data directory: cannot list ${logDirectory} (${(error as Error).message})`,
    );
  }
  const log = await SegmentLog.open(logDirectory, {
    fileSystem,
    lock: false,
    preallocateSegments: false,
  });
  const tornTail = log.recovery.tornTail;
  if (tornTail !== undefined) {
    options.onWarning?.(
      `${tornTail.file}: a torn write at byte offset ${tornTail.offsetBytes} (${tornTail.bytesCut} bytes, ${tornTail.reason}); the node cuts it at its next start, the replay reads up to it`,
    );
  }
  return log;
}

/** Applies the log's NORMAL entries in (baseIndex, atIndex]; returns how many. */
function applyLog<Command, Response, Query>(
  log: SegmentLog,
  applier: Applier<Command, Response, Query>,
  baseIndex: number,
  atIndex: number,
  onProgress: ReplayOptions["onProgress"],
): number {
  let entriesApplied = 0;
  const total = atIndex - baseIndex;
  for (let next = baseIndex + 1; next <= atIndex; ) {
    const batch = log.entries(next, atIndex + 1, REPLAY_BATCH_BYTES_MAX);
    for (const entry of batch) {
      if (entry.type === EntryType.NORMAL) {
        applier.apply(entry);
        entriesApplied++;
      }
    }
    next += batch.length;
    onProgress?.(next - 1 - baseIndex, total);
  }
  return entriesApplied;
}
