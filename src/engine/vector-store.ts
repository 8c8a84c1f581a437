/**
 * One shard replica's vectors: the port the directory engine opens per store, with the
 * Ruvector implementation (@ruvector/core's VectorDb, a native HNSW index in one file; its
 * writes are fdatasync'd before they resolve) and an in-memory one for tests (exact search).
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import type { CollectionSpec, DistanceMetric } from "../metadata/index.js";
import { RuvraftError } from "../util/errors.js";
import type { EngineFiles } from "./engine-files.js";

/** One vector of a shard: its id, its values, and an optional payload (JSON text). */
export interface VectorRecord {
  id: string;
  vector: Float32Array;
  payload?: string;
}

/**
 * A search hit. `score` is the engine's distance to the query, smaller is closer, for every
 * metric: euclidean (L2 distance), cosine (1 - cosine similarity), dotProduct (minus the dot
 * product), manhattan (L1 distance).
 */
export interface ScoredVector {
  id: string;
  score: number;
  payload?: string;
}

/** A store's data operations; arguments are checked by the engine before they get here. */
export interface VectorStore {
  /** Vectors held. */
  count(): Promise<number>;
  /** Writes the records (an existing id is replaced); durable when it resolves. */
  upsert(records: readonly VectorRecord[]): Promise<void>;
  /** The `k` nearest vectors to `vector`, closest first. */
  search(vector: Float32Array, k: number): Promise<ScoredVector[]>;
  get(id: string): Promise<VectorRecord | undefined>;
  /** Removes `id`; false when it was not there. */
  remove(id: string): Promise<boolean>;
}

export interface VectorStoreFactory {
  /** Opens the store kept in `directory`, creating it when missing. */
  open(directory: string, spec: CollectionSpec): Promise<VectorStore>;
}

/**
 * What @ruvector/core 0.1.32 (native build 2.3.0) can honour, beyond the metadata rules. It
 * stops the whole process (a Rust panic) for m > 256 instead of returning an error, so these
 * are checked before a spec reaches it: at propose time (src/engine/admission.ts) and
 * again here.
 */
export const RUVECTOR_HNSW_M_MAX = 256;

/** The spec refused by the engine, or undefined when it can build a store for it. */
export function ruvectorRefusal(spec: CollectionSpec): string | undefined {
  if (spec.hnsw.m > RUVECTOR_HNSW_M_MAX) {
    return `hnsw m ${spec.hnsw.m} is above ${RUVECTOR_HNSW_M_MAX}, the most @ruvector/core supports`;
  }
  return undefined;
}

/** A store the engine cannot build for its spec (a typed operating error). */
export class EngineRefusedError extends RuvraftError {
  override name = "EngineRefusedError";
  constructor(message: string) {
    super("EENGINE", message);
  }
}

const METRIC_NAMES: Record<DistanceMetric, string> = {
  euclidean: "Euclidean",
  cosine: "Cosine",
  dotProduct: "DotProduct",
  manhattan: "Manhattan",
};

/** The subset of @ruvector/core's VectorDb used here (its own .d.ts lacks some options). */
interface NativeEntry {
  id?: string;
  vector: Float32Array;
  metadata?: string;
}
interface NativeVectorDb {
  len(): Promise<number>;
  insertBatch(entries: NativeEntry[]): Promise<string[]>;
  search(query: { vector: Float32Array; k: number }): Promise<(NativeEntry & { score: number })[]>;
  get(id: string): Promise<NativeEntry | null>;
  delete(id: string): Promise<boolean>;
}
type NativeVectorDbConstructor = new (options: Record<string, unknown>) => NativeVectorDb;

let nativeVectorDb: NativeVectorDbConstructor | undefined;

/** Loads the native module on first use, so a kv-only process never loads it. */
function vectorDbClass(): NativeVectorDbConstructor {
  if (nativeVectorDb === undefined) {
    const load = createRequire(import.meta.url);
    nativeVectorDb = (load("@ruvector/core") as { VectorDb: NativeVectorDbConstructor }).VectorDb;
  }
  return nativeVectorDb;
}

/**
 * VectorDb's options for `spec`: one file `vectors.db` in the store's directory.
 *
 * dotProduct stores get no `hnswConfig`: @ruvector/core 0.1.32's HNSW index scores every hit
 * 0 for dot products (its graph assumes distances >= 0; recall@10 0.005 on 20,000 random
 * vectors), while without it the store searches exactly (recall 1). So a dotProduct
 * collection is searched exactly and its HNSW parameters are kept in the metadata only.
 */
export function ruvectorOptions(directory: string, spec: CollectionSpec): Record<string, unknown> {
  const quantization = spec.quantization;
  return {
    dimensions: spec.dimensions,
    storagePath: path.join(directory, "vectors.db"),
    distanceMetric: METRIC_NAMES[spec.metric],
    ...(spec.metric === "dotProduct"
      ? {}
      : {
          hnswConfig: {
            m: spec.hnsw.m,
            efConstruction: spec.hnsw.efConstruction,
            efSearch: spec.hnsw.efSearch,
            maxElements: spec.hnsw.maxElements,
          },
        }),
    ...(quantization.kind === "none"
      ? {}
      : quantization.kind === "product"
        ? {
            quantization: {
              type: "product",
              subspaces: quantization.subspaces,
              k: quantization.k,
            },
          }
        : { quantization: { type: quantization.kind } }),
  };
}

class RuvectorStore implements VectorStore {
  constructor(private readonly db: NativeVectorDb) {}

  count(): Promise<number> {
    return this.db.len();
  }

  async upsert(records: readonly VectorRecord[]): Promise<void> {
    await this.db.insertBatch(
      records.map((record) =>
        record.payload === undefined
          ? { id: record.id, vector: record.vector }
          : { id: record.id, vector: record.vector, metadata: record.payload },
      ),
    );
  }

  async search(vector: Float32Array, k: number): Promise<ScoredVector[]> {
    const hits = await this.db.search({ vector, k });
    return hits.map((hit) => withPayload({ id: hit.id ?? "", score: hit.score }, hit.metadata));
  }

  async get(id: string): Promise<VectorRecord | undefined> {
    const entry = await this.db.get(id);
    if (entry === null) return undefined;
    return withPayload({ id, vector: Float32Array.from(entry.vector) }, entry.metadata);
  }

  remove(id: string): Promise<boolean> {
    return this.db.delete(id);
  }
}

function withPayload<T extends object>(
  value: T,
  payload: string | undefined,
): T & { payload?: string } {
  return payload === undefined || payload === "" ? value : { ...value, payload };
}

export class RuvectorStoreFactory implements VectorStoreFactory {
  async open(directory: string, spec: CollectionSpec): Promise<VectorStore> {
    const refusal = ruvectorRefusal(spec);
    if (refusal !== undefined) {
      throw new EngineRefusedError(`collection ${spec.name}: ${refusal}`);
    }
    const VectorDb = vectorDbClass();
    return new RuvectorStore(new VectorDb(ruvectorOptions(directory, spec)));
  }
}

/** Distances as @ruvector/core scores them (see ScoredVector). */
const DISTANCES: Record<DistanceMetric, (a: Float32Array, b: Float32Array) => number> = {
  euclidean: (a, b) => {
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += ((a[i] as number) - (b[i] as number)) ** 2;
    return Math.sqrt(sum);
  },
  cosine: (a, b) => {
    let dot = 0;
    let normA = 0;
    let normB = 0;
    for (let i = 0; i < a.length; i++) {
      dot += (a[i] as number) * (b[i] as number);
      normA += (a[i] as number) ** 2;
      normB += (b[i] as number) ** 2;
    }
    return normA === 0 || normB === 0 ? 1 : 1 - dot / Math.sqrt(normA * normB);
  },
  dotProduct: (a, b) => {
    let dot = 0;
    for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number);
    return -dot;
  },
  manhattan: (a, b) => {
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] as number) - (b[i] as number));
    return sum;
  },
};

/** Closer first; equal scores by id (code-unit order), so exact search is deterministic. */
function closerFirst(a: ScoredVector, b: ScoredVector): number {
  return a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Exact search by brute force: the in-memory store, small Ruvector stores
 * (src/engine/exact-search.ts), and the reference for recall. Keeps the best k in a sorted
 * array, so a scan costs one distance per record and an insertion only for a record that
 * beats the current k-th.
 */
export function bruteForceSearch(
  records: Iterable<VectorRecord>,
  metric: DistanceMetric,
  vector: Float32Array,
  k: number,
): ScoredVector[] {
  const distance = DISTANCES[metric];
  const best: VectorRecord[] = [];
  const scored: ScoredVector[] = [];
  const kept = Math.floor(k);
  if (!(kept > 0)) return scored;
  for (const record of records) {
    const candidate = { id: record.id, score: distance(vector, record.vector) };
    if (scored.length >= kept && closerFirst(candidate, scored[kept - 1] as ScoredVector) >= 0) {
      continue;
    }
    let position = scored.length >= kept ? kept - 1 : scored.length;
    while (position > 0 && closerFirst(candidate, scored[position - 1] as ScoredVector) < 0) {
      scored[position] = scored[position - 1] as ScoredVector;
      best[position] = best[position - 1] as VectorRecord;
      position--;
    }
    scored[position] = candidate;
    best[position] = record;
  }
  return scored.map((hit, position) => withPayload(hit, best[position]?.payload));
}

class MemoryStore implements VectorStore {
  readonly records = new Map<string, VectorRecord>();

  constructor(private readonly metric: DistanceMetric) {}

  async count(): Promise<number> {
    return this.records.size;
  }

  async upsert(records: readonly VectorRecord[]): Promise<void> {
    for (const record of records) {
      this.records.set(record.id, { ...record, vector: Float32Array.from(record.vector) });
    }
  }

  async search(vector: Float32Array, k: number): Promise<ScoredVector[]> {
    return bruteForceSearch(this.records.values(), this.metric, vector, k);
  }

  async get(id: string): Promise<VectorRecord | undefined> {
    return this.records.get(id);
  }

  async remove(id: string): Promise<boolean> {
    return this.records.delete(id);
  }
}

/**
 * Stores in memory that behave like files: opening one writes a marker file through
 * `files` (so a simulated crash can strike there), and a store whose marker is gone (its
 * directory was removed) starts empty.
 */
export class MemoryStoreFactory implements VectorStoreFactory {
  private readonly stores = new Map<string, MemoryStore>();

  constructor(private readonly files: EngineFiles) {}

  async open(directory: string, spec: CollectionSpec): Promise<VectorStore> {
    const refusal = ruvectorRefusal(spec);
    if (refusal !== undefined) {
      throw new EngineRefusedError(`collection ${spec.name}: ${refusal}`);
    }
    const marker = path.join(directory, "vectors.mem");
    let store = this.stores.get(directory);
    if (store === undefined || (await this.files.read(marker)) === undefined) {
      await this.files.writeDurably(marker, new Uint8Array(0));
      store = new MemoryStore(spec.metric);
      this.stores.set(directory, store);
    }
    return store;
  }
}
