/** The storage layer's public surface. */

// The shared data types (src/types/), re-exported for the package's public API; `LogEntry` is
// the public name of `Entry`.
export {
  EMPTY_HARD_STATE,
  type Entry as LogEntry,
  EntryType,
  type HardState,
} from "../types/index.js";
export * from "./errors.js";
export type {
  DurableWriteThread,
  FileHandle,
  FileSystem,
  NodeFileSystemOptions,
  OpenMode,
} from "./fs.js";
export {
  DURABLE_WRITE_THREADS,
  EVENT_LOOP_WRITE_BYTES_MAX,
  hasErrorCode,
  NodeFileSystem,
  removeIfPresent,
} from "./fs.js";
export type { RecoveryReport, TornTail } from "./recovery.js";
export { SegmentLog } from "./segment-log.js";
export {
  type DiskUsage,
  type GroupCommitInfo,
  type LogStats,
  SEGMENT_LOG_DEFAULTS,
  type SegmentLogOptions,
} from "./segment-log-options.js";
