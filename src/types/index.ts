/**
 * The plain data types every layer shares: log entries and their kinds, the hard state, the
 * membership and a snapshot's metadata. One definition each, below the Raft core, the storage,
 * the snapshots, the codecs and the node (docs/architecture.md, the layer table); this folder
 * imports nothing. Everything is numbers, booleans, Uint8Array and readonly arrays, so the
 * codecs can map it to protobuf and the simulation can copy it. Terms, indexes and node ids are
 * safe integers; node ids are positive (0 means "none").
 */
export {
  type ConfState,
  confStateEqual,
  EMPTY_CONF_STATE,
  type MemberIncarnation,
} from "./conf-state.js";
export { type Entry, EntryType, isEntryType } from "./entry.js";
export { EMPTY_HARD_STATE, type HardState, hardStateEqual } from "./hard-state.js";
export type { SnapshotMetadata } from "./snapshot-metadata.js";
