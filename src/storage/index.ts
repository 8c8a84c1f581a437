/** The storage layer's public surface. */
export * from "./errors.js";
export type { FileHandle, FileSystem, OpenMode } from "./fs.js";
export { hasErrorCode, NodeFileSystem, removeIfPresent } from "./fs.js";
export type { RecoveryReport, TornTail } from "./recovery.js";
export { SegmentLog } from "./segment-log.js";
export {
  type DiskUsage,
  type GroupCommitInfo,
  type LogStats,
  SEGMENT_LOG_DEFAULTS,
  type SegmentLogOptions,
} from "./segment-log-options.js";
export { EMPTY_HARD_STATE, EntryType, type HardState, type LogEntry } from "./types.js";
