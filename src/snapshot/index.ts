/** Snapshot files: format (format.ts), streaming writer and reader, and the store. */
export {
  CHUNK_BYTES_DEFAULT,
  CHUNK_BYTES_MAX,
  METADATA_BYTES_MAX,
  parseSnapshotFileName,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_MAGIC,
  SnapshotFileError,
  type SnapshotProblem,
  snapshotFileName,
} from "./format.js";
export {
  type OpenSnapshotOptions,
  openSnapshot,
  type SnapshotChunk,
  SnapshotReader,
  type SnapshotTotals,
} from "./reader.js";
export {
  SNAPSHOTS_RETAINED_DEFAULT,
  SnapshotStore,
  type SnapshotStoreOptions,
  type StoredSnapshot,
} from "./snapshot-store.js";
export { type SnapshotWriteResult, SnapshotWriter, type SnapshotWriterOptions } from "./writer.js";
