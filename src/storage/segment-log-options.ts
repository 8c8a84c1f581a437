/**
 * The segment log's options, their defaults and checks, and the figures it reports (stats,
 * group commits, disk usage). The log itself is segment-log.ts; segments/FORMAT.md has the
 * format that the sizes here bound.
 */
import { InvalidArgumentError } from "../util/errors.js";
import { CACHE_BLOCK_BYTES } from "./entry-cache.js";
import { FRAME_PAYLOAD_BYTES_MAX, SEGMENT_SIZE_BYTES_MAX } from "./format.js";
import type { FileSystem } from "./fs.js";
import type { SegmentCreationStats } from "./segment-creator.js";

export interface SegmentLogOptions {
  /** A segment is sealed and a new one started once it would grow past this. Default 64 MiB. */
  segmentSizeBytes?: number;
  /** Largest `data` of one entry. Default 16 MiB; at most 64 MiB minus protobuf overhead. */
  entryDataBytesMax?: number;
  /** Bytes of recently appended entries kept in memory for reads. Default 16 MiB. */
  cacheBytesMax?: number;
  /** Most bytes one group commit writes before it fsyncs. Default 16 MiB. */
  groupCommitBytesMax?: number;
  /** First index of a log created in an empty directory. Default 1. */
  firstIndex?: number;
  /** Take the directory lock (proper-lockfile). Default true; tools that only read pass false. */
  lock?: boolean;
  /** The lock is refreshed this often. Default 5000 ms (minimum 1000). */
  lockUpdateMs?: number;
  /** A lock not refreshed for this long may be taken by another host. Default 30000 ms. */
  lockStaleMs?: number;
  /**
   * Create each new segment at its full size, filled with zeros and fsync'd ahead of time in
   * the background, so that appends overwrite synced blocks and their fdatasync commits no file
   * size. Default true. False: segments grow with their appends (the mode of older versions).
   * Files written either way open either way. A disk without room for two more segments gets
   * growing segments whatever this says.
   */
  preallocateSegments?: boolean;
  /** The file system; tests inject faults through it. Default: the real one. */
  fileSystem?: FileSystem;
  /** Called after every durable group commit (for metrics: batch size, fsync latency). */
  onGroupCommit?: (commit: GroupCommitInfo) => void;
}

/** The options that shape the log's files and memory, resolved and checked. */
export type SegmentLogSettings = Required<
  Omit<SegmentLogOptions, "fileSystem" | "lock" | "lockUpdateMs" | "lockStaleMs" | "onGroupCommit">
>;

/** SegmentLog.stats: see there. */
export interface LogStats extends SegmentCreationStats {
  fsyncs: number;
  groupCommits: number;
  entriesAppended: number;
}

export const EMPTY_STATS: Readonly<LogStats> = Object.freeze({
  fsyncs: 0,
  groupCommits: 0,
  entriesAppended: 0,
  segmentsCreated: 0,
  segmentsPreallocated: 0,
  spareWaits: 0,
  sparesCut: 0,
  zeroFillBytes: 0,
});

export interface GroupCommitInfo {
  /** Append calls and entries in the batch. */
  operations: number;
  entries: number;
  bytes: number;
  /** Time of the write and the fdatasync, in microseconds. */
  writeAndSyncMicros: number;
}

/** Bytes of the segment files (SegmentLog.diskUsage). */
export interface DiskUsage {
  /** Up to the end of each segment's last frame: headers and frames, what the log holds. */
  dataBytes: number;
  /** The segment files' sizes: dataBytes plus the zero tails of preallocated segments. */
  fileBytes: number;
  /** The spare segment prepared for the next rollover (0 when none is ready). */
  spareFileBytes: number;
}

export const SEGMENT_LOG_DEFAULTS = {
  preallocateSegments: true,
  segmentSizeBytes: 64 * 1024 * 1024,
  entryDataBytesMax: 16 * 1024 * 1024,
  cacheBytesMax: 16 * 1024 * 1024,
  groupCommitBytesMax: 16 * 1024 * 1024,
  firstIndex: 1,
} as const;

/**
 * Size of the entry cache's blocks: CACHE_BLOCK_BYTES (1 MiB), or a 16th of a segment when
 * segments are smaller than 16 MiB. Tests and the node simulation use small segments and small
 * entries: their caches then span many blocks, as a production log's does.
 */
export function cacheBlockBytes(settings: Pick<SegmentLogSettings, "segmentSizeBytes">): number {
  return Math.min(CACHE_BLOCK_BYTES, Math.floor(settings.segmentSizeBytes / 16));
}

/** Protobuf framing bytes a LogEntry adds around its data, at most (tags, varints). */
const ENTRY_PROTOBUF_OVERHEAD_BYTES_MAX = 40;

/** The settings `options` give, defaults filled in; throws InvalidArgumentError out of range. */
export function resolveSettings(options: SegmentLogOptions): SegmentLogSettings {
  const settings = {
    preallocateSegments: options.preallocateSegments ?? SEGMENT_LOG_DEFAULTS.preallocateSegments,
    segmentSizeBytes: options.segmentSizeBytes ?? SEGMENT_LOG_DEFAULTS.segmentSizeBytes,
    entryDataBytesMax: options.entryDataBytesMax ?? SEGMENT_LOG_DEFAULTS.entryDataBytesMax,
    cacheBytesMax: options.cacheBytesMax ?? SEGMENT_LOG_DEFAULTS.cacheBytesMax,
    groupCommitBytesMax: options.groupCommitBytesMax ?? SEGMENT_LOG_DEFAULTS.groupCommitBytesMax,
    firstIndex: options.firstIndex ?? SEGMENT_LOG_DEFAULTS.firstIndex,
  };
  checkRange("segmentSizeBytes", settings.segmentSizeBytes, 4096, SEGMENT_SIZE_BYTES_MAX);
  checkRange(
    "entryDataBytesMax",
    settings.entryDataBytesMax,
    1,
    FRAME_PAYLOAD_BYTES_MAX - ENTRY_PROTOBUF_OVERHEAD_BYTES_MAX,
  );
  checkRange("cacheBytesMax", settings.cacheBytesMax, 0, Number.MAX_SAFE_INTEGER);
  checkRange("groupCommitBytesMax", settings.groupCommitBytesMax, 4096, 1024 * 1024 * 1024);
  checkRange("firstIndex", settings.firstIndex, 1, Number.MAX_SAFE_INTEGER);
  return settings;
}

function checkRange(key: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      `option ${key} must be an integer in [${min}, ${max}], got ${value}`,
    );
  }
}
