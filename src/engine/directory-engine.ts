/**
 * The ShardEngine over a directory of stores (docs/architecture.md, "The engine"):
 *
 *   <root>/<collection>/<shardId>/manifest.json   the store's identity; written last
 *   <root>/<collection>/<shardId>/...             the store's own files (vectors.db)
 *
 * The manifest is the commit point. create: remove any leftover directory, make it, open the
 * store, then write the manifest durably. drop: remove the manifest durably, then the
 * directory. So after a crash at any point a shard directory either has its manifest and a
 * complete store, or has none and `open()` removes it (a half-made or half-dropped store).
 *
 * Manifest (JSON): {"format": 1, "collection", "shardId", "createdAtMs", "spec"} with the
 * collection's spec as in src/metadata/model.ts.
 */
import * as path from "node:path";
import type { CollectionSpec } from "../metadata/index.js";
import { MalformedDataError } from "../util/errors.js";
import type { EngineFiles } from "./engine-files.js";
import {
  type HostedShard,
  type ShardEngine,
  ShardNotHeldError,
  type ShardStats,
  sameStore,
  shardKey,
} from "./shard-engine.js";
import { checkRecords, checkSearchK, checkVector, checkVectorId } from "./vector-checks.js";
import type {
  ScoredVector,
  VectorRecord,
  VectorStore,
  VectorStoreFactory,
} from "./vector-store.js";

export const MANIFEST_FILE = "manifest.json";
const MANIFEST_FORMAT = 1;
/** Collection names as the metadata rules allow them: safe as one path segment. */
const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,255}$/;

interface Held {
  hosted: HostedShard;
  store: VectorStore;
}

export class DirectoryShardEngine implements ShardEngine {
  private readonly held = new Map<string, Held>();
  /** Keys with an operation under way: the caller runs one operation per key at a time. */
  private readonly busy = new Set<string>();
  private opened = false;

  constructor(
    readonly root: string,
    private readonly files: EngineFiles,
    private readonly stores: VectorStoreFactory,
  ) {}

  async open(): Promise<readonly HostedShard[]> {
    if (this.opened) throw new Error("engine opened twice");
    this.opened = true;
    for (const collection of (await this.files.list(this.root)).sort()) {
      const collectionDirectory = path.join(this.root, collection);
      for (const name of (await this.files.list(collectionDirectory)).sort()) {
        const directory = path.join(collectionDirectory, name);
        const manifestPath = path.join(directory, MANIFEST_FILE);
        const manifest = await this.files.read(manifestPath);
        if (manifest === undefined) {
          await this.files.removeTree(directory);
          continue;
        }
        const hosted = parseManifest(manifest, manifestPath);
        if (hosted.collection !== collection || String(hosted.shardId) !== name) {
          throw new MalformedDataError(
            `${manifestPath}: names collection ${hosted.collection} shard ${hosted.shardId}, not the directory's`,
          );
        }
        const store = await this.stores.open(directory, hosted.spec);
        this.held.set(shardKey(hosted.collection, hosted.shardId), { hosted, store });
      }
    }
    return this.hosted();
  }

  hosted(): readonly HostedShard[] {
    return [...this.held.values()].map((held) => held.hosted);
  }

  async create(shard: HostedShard): Promise<void> {
    const key = shardKey(shard.collection, shard.shardId);
    await this.exclusive(key, async () => {
      const existing = this.held.get(key);
      if (existing !== undefined && sameStore(existing.hosted, shard)) return;
      if (existing !== undefined) await this.dropHeld(key);
      const directory = this.directoryOf(shard.collection, shard.shardId);
      await this.files.removeTree(directory);
      await this.files.ensureDirectory(directory);
      const store = await this.stores.open(directory, shard.spec);
      await this.files.writeDurably(path.join(directory, MANIFEST_FILE), encodeManifest(shard));
      this.held.set(key, { hosted: copyHosted(shard), store });
    });
  }

  async drop(collection: string, shardId: number): Promise<void> {
    await this.exclusive(shardKey(collection, shardId), () =>
      this.dropHeld(shardKey(collection, shardId)),
    );
  }

  async upsert(
    collection: string,
    shardId: number,
    records: readonly VectorRecord[],
  ): Promise<void> {
    const held = this.heldStore(collection, shardId);
    checkRecords(held.hosted.spec, records);
    await held.store.upsert(records);
  }

  async search(
    collection: string,
    shardId: number,
    vector: Float32Array,
    k: number,
  ): Promise<ScoredVector[]> {
    const held = this.heldStore(collection, shardId);
    checkSearchK(collection, k);
    checkVector(held.hosted.spec, vector, "the query vector");
    return held.store.search(vector, k);
  }

  async get(collection: string, shardId: number, id: string): Promise<VectorRecord | undefined> {
    const held = this.heldStore(collection, shardId);
    checkVectorId(collection, id);
    return held.store.get(id);
  }

  private heldStore(collection: string, shardId: number): Held {
    const held = this.held.get(shardKey(collection, shardId));
    if (held === undefined) throw new ShardNotHeldError(collection, shardId);
    return held;
  }

  async stats(collection: string, shardId: number): Promise<ShardStats> {
    const held = this.heldStore(collection, shardId);
    return {
      vectorCount: await held.store.count(),
      bytes: await this.files.treeBytes(this.directoryOf(collection, shardId)),
    };
  }

  async close(): Promise<void> {
    // The native stores close when collected; nothing is buffered in this layer.
    this.held.clear();
  }

  private async dropHeld(key: string): Promise<void> {
    const held = this.held.get(key);
    const [collection, shardId] = held
      ? [held.hosted.collection, held.hosted.shardId]
      : splitKey(key);
    const directory = this.directoryOf(collection, shardId);
    this.held.delete(key);
    await this.files.remove(path.join(directory, MANIFEST_FILE));
    await this.files.removeTree(directory);
  }

  private directoryOf(collection: string, shardId: number): string {
    if (!COLLECTION_NAME.test(collection) || !Number.isSafeInteger(shardId) || shardId < 0) {
      throw new Error(`shard ${collection}/${shardId} cannot name a store directory`);
    }
    return path.join(this.root, collection, String(shardId));
  }

  private async exclusive(key: string, operation: () => Promise<void>): Promise<void> {
    if (!this.opened) throw new Error("engine used before open()");
    if (this.busy.has(key)) throw new Error(`two engine operations at once on shard ${key}`);
    this.busy.add(key);
    try {
      await operation();
    } finally {
      this.busy.delete(key);
    }
  }
}

function splitKey(key: string): [string, number] {
  const slash = key.lastIndexOf("/");
  return [key.slice(0, slash), Number(key.slice(slash + 1))];
}

function copyHosted(shard: HostedShard): HostedShard {
  return {
    collection: shard.collection,
    shardId: shard.shardId,
    createdAtMs: shard.createdAtMs,
    spec: structuredClone(shard.spec),
  };
}

function encodeManifest(shard: HostedShard): Uint8Array {
  return new TextEncoder().encode(
    `${JSON.stringify({ format: MANIFEST_FORMAT, ...copyHosted(shard) }, null, 2)}\n`,
  );
}

function parseManifest(bytes: Uint8Array, manifestPath: string): HostedShard {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new MalformedDataError(`${manifestPath}: not a JSON manifest`, { cause: error });
  }
  const manifest = value as Partial<HostedShard> & { format?: unknown };
  const spec = manifest.spec as Partial<CollectionSpec> | undefined;
  const valid =
    manifest.format === MANIFEST_FORMAT &&
    typeof manifest.collection === "string" &&
    Number.isSafeInteger(manifest.shardId) &&
    Number.isSafeInteger(manifest.createdAtMs) &&
    typeof spec === "object" &&
    spec !== null &&
    spec.name === manifest.collection &&
    Number.isSafeInteger(spec.dimensions) &&
    typeof spec.metric === "string" &&
    typeof spec.hnsw === "object" &&
    typeof spec.quantization === "object";
  if (!valid) {
    throw new MalformedDataError(
      `${manifestPath}: not a format ${MANIFEST_FORMAT} store manifest (collection, shardId, createdAtMs, spec)`,
    );
  }
  return manifest as HostedShard;
}
