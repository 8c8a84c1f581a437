/**
 * One shard replica's vectors: the port the directory engine opens per store, with the
 * Ruvector implementation (@ruvector/core's VectorDb, a native HNSW index in one file) and an
 * in-memory one for tests.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import type { CollectionSpec, DistanceMetric } from "../metadata/index.js";
import { RuvraftError } from "../util/errors.js";
import type { EngineFiles } from "./engine-files.js";

export interface VectorStore {
  /** Vectors held. */
  count(): Promise<number>;
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
interface NativeVectorDb {
  len(): Promise<number>;
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

/** VectorDb's options for `spec`: one file `vectors.db` in the store's directory. */
export function ruvectorOptions(directory: string, spec: CollectionSpec): Record<string, unknown> {
  const quantization = spec.quantization;
  return {
    dimensions: spec.dimensions,
    storagePath: path.join(directory, "vectors.db"),
    distanceMetric: METRIC_NAMES[spec.metric],
    hnswConfig: {
      m: spec.hnsw.m,
      efConstruction: spec.hnsw.efConstruction,
      efSearch: spec.hnsw.efSearch,
      maxElements: spec.hnsw.maxElements,
    },
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

class MemoryStore implements VectorStore {
  readonly vectors = new Map<string, Float32Array>();

  async count(): Promise<number> {
    return this.vectors.size;
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
      store = new MemoryStore();
      this.stores.set(directory, store);
    }
    return store;
  }
}
