/**
 * Ruvector cluster metadata as an event-sourced state machine (docs/architecture.md, "Event-sourced metadata"): the model, the
 * events, the projector that folds them and answers queries, its protobuf codec, the
 * validation rules and the deterministic placement.
 */
export {
  decodeEvent,
  decodeQuery,
  decodeResponse,
  decodeSnapshot,
  encodeEvent,
  encodeQuery,
  encodeResponse,
  encodeSnapshot,
  metadataCodec,
  SNAPSHOT_FORMAT_VERSION,
} from "./codec.js";
export { fmix32, fnv1a32, placementHash } from "./hash.js";
export * from "./model.js";
export {
  HashRing,
  isPlacementSettled,
  type PlaceCollectionOptions,
  type PlacementDigest,
  placeCollection,
  placementDigest,
  type ReplicaList,
  VIRTUAL_NODES_PER_NODE,
} from "./placement.js";
export type { PlacementNodes } from "./placement-constraints.js";
export {
  type AppliedEvent,
  MetadataProjector,
  type MetadataProjectorOptions,
  type MetadataSummary,
  WATCH_CAPACITY_EVENTS_DEFAULT,
  WATCH_CAPACITY_EVENTS_MAX,
  type WatchBatch,
} from "./projector.js";
export { jumpConsistentHash, routingHashHex, shardForVector } from "./routing.js";
export { type Rejection, RULES, type RuleName } from "./rules.js";
export { eligibleNodeIds, emptyView, type MetadataView } from "./view.js";
