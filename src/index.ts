/** Public API of ruvector-raft. Everything not exported here is internal. */

export { KvClient } from "./client/kv-client.js";
export {
  MetadataClient,
  type MetadataClientOptions,
  MetadataRejectedError,
  type WatchItem,
  type WatchOptions,
} from "./client/metadata-client.js";
export {
  ClientRequestError,
  ClientTimeoutError,
  RaftClient,
  type RaftClientOptions,
} from "./client/raft-client.js";
export {
  RuvectorClient,
  type StoredVector,
  type VectorHit,
  type VectorInput,
} from "./client/ruvector-client.js";
export { type AdminServerOptions, startAdminServer } from "./node/admin-http.js";
export {
  defaultNodeConfig,
  type PeerConfig,
  type RaftNodeConfig,
  type RaftNodeOptions,
} from "./node/config.js";
export {
  DroppedError,
  InvalidConfigError,
  NotLeaderError,
  OverloadedError,
  RejectedError,
  StoppedError,
  TimeoutError,
} from "./node/errors.js";
export {
  type KvCommand,
  type KvQuery,
  type KvResponse,
  KvStateMachine,
  kvCodec,
} from "./node/kv-state-machine.js";
export { NodeMetrics } from "./node/metrics.js";
export type {
  NodeStatus,
  PromoteOptions,
  ProposalCallback,
  RaftNodeApi,
  RaftNodeEvents,
  RaftNodeExtras,
  ReadConsistency,
} from "./node/node-api.js";
export { RaftNode } from "./node/raft-node.js";
export {
  type AppliedEntry,
  collectChunks,
  type SnapshotChunks,
  type StateMachine,
  type StateMachineCodec,
} from "./node/state-machine.js";
export { createTcpRaftNode } from "./node/tcp-transport.js";
export { wal, wire } from "./proto/index.js";
export * from "./storage/index.js";
export { InvalidArgumentError, RuvraftError } from "./util/errors.js";
