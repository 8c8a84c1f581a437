/** Public surface of the Raft core. Everything else under src/raft/ is internal. */

// The shared data types (src/types/), re-exported: the core's public surface names them.
export {
  type ConfState,
  EMPTY_CONF_STATE,
  type Entry,
  EntryType,
  type HardState,
  type MemberIncarnation,
  type SnapshotMetadata,
} from "../types/index.js";
export {
  type ConfChange,
  type ConfChangeSingle,
  ConfChanges,
  ConfChangeTransition,
  ConfChangeType,
  decodeConfChange,
  encodeConfChange,
} from "./confchange/index.js";
export {
  defaultRaftOptions,
  type RaftConfig,
  type RaftOptions,
  ReadMode,
  raftConfig,
} from "./config.js";
export {
  ConfChangeRejectedError,
  CoreNotLeaderError,
  CoreOverloadedError,
  LogCompactedError,
  LogUnavailableError,
  ProposalDroppedError,
  SnapshotOutOfDateError,
  TransferRejectedError,
} from "./errors.js";
export {
  expectedIncarnation,
  type IncarnationRefusal,
  incarnationRefusal,
} from "./incarnation.js";
export type { ProposalPosition } from "./raft.js";
export { type RandomSource, SeededRandom } from "./random.js";
export { RawNode, type Ready, type SoftState, type Status } from "./rawnode.js";
export { BOOTSTRAP_INDEX, type InitialState, MemoryStorage, type Storage } from "./storage.js";
export {
  type Message,
  MessageType,
  type ReadState,
  roleName,
  type Snapshot,
  type SnapshotRequest,
  StateRole,
} from "./types.js";
