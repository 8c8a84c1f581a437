/**
 * The data plane under the metadata (docs/architecture.md, "The engine"): shard stores in
 * Ruvector's engine, and the reconciler that keeps them equal to the placement.
 */
import * as path from "node:path";
import { DirectoryShardEngine } from "./directory-engine.js";
import { type EngineFiles, MemoryEngineFiles, NodeEngineFiles } from "./engine-files.js";
import { MemoryStoreFactory, RuvectorStoreFactory } from "./vector-store.js";

export { ENGINE_RULES, engineAdmission } from "./admission.js";
export { DirectoryShardEngine, MANIFEST_FILE } from "./directory-engine.js";
export {
  type EngineFiles,
  MemoryEngineFiles,
  NodeEngineFiles,
  SimulatedCrash,
} from "./engine-files.js";
export {
  EXACT_SEARCH_BUDGET_BYTES_DEFAULT,
  EXACT_SEARCH_BYTES_MAX_DEFAULT,
  ExactSearchBudget,
  ExactVectors,
} from "./exact-search.js";
export { registerEngineMetrics } from "./metrics.js";
export { attachEngine, projectorPlacement, startVectorService } from "./node-engine.js";
export { type PeerRequester, PeerRequests } from "./peer-requests.js";
export {
  type PlacementReader,
  planReconcile,
  type ReconcilePlan,
  ShardReconciler,
  type ShardReconcilerOptions,
} from "./reconciler.js";
export {
  describeEvents,
  type NodeDescription,
  SelfDescriber,
  type SelfDescriberOptions,
} from "./self-description.js";
export {
  type HostedShard,
  type ShardEngine,
  ShardNotHeldError,
  type ShardStats,
  StoreReplacedError,
  sameStore,
  shardKey,
  storeShapeOf,
} from "./shard-engine.js";
export {
  ShardStatsReporter,
  type ShardStatsReporterOptions,
  STATS_INTERVAL_MS_DEFAULT,
} from "./stats-reporter.js";
export {
  checkRecords,
  checkSearchK,
  checkVector,
  checkVectorId,
  PAYLOAD_LENGTH_MAX,
  SEARCH_K_MAX,
  UPSERT_RECORDS_MAX,
  VECTOR_ID_LENGTH_MAX,
} from "./vector-checks.js";
export {
  VECTOR_HOP,
  VectorService,
  type VectorServiceOptions,
} from "./vector-service.js";
export {
  bruteForceSearch,
  EngineRefusedError,
  MemoryStoreFactory,
  RUVECTOR_HNSW_M_MAX,
  RuvectorStoreFactory,
  ruvectorOptions,
  ruvectorRefusal,
  type ScoredVector,
  type VectorRecord,
  type VectorStore,
  type VectorStoreFactory,
} from "./vector-store.js";

/** The engine of a node: Ruvector stores under `<dataDirectory>/engine`. */
export function createRuvectorEngine(dataDirectory: string): DirectoryShardEngine {
  return new DirectoryShardEngine(
    path.join(dataDirectory, "engine"),
    new NodeEngineFiles(),
    new RuvectorStoreFactory(),
  );
}

/** An engine whose files and stores live in memory (`files` may be shared across "restarts"). */
export function createMemoryEngine(
  files: EngineFiles = new MemoryEngineFiles(),
): DirectoryShardEngine {
  return new DirectoryShardEngine("/engine", files, new MemoryStoreFactory(files));
}
