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
 * Manifest (JSON): {"format": 1, "collection", "shardId", "createdAtMs", "spec", "synced"}
 * with the collection's spec as in src/metadata/model.ts (`synced` absent = true).
 *
 *   <root>/<collection>/<shardId>/ids.log         the ids ever written, one JSON string a line
 *
 * The id log is how a shard is copied (the native store cannot list its vectors): an upsert
 * appends its new ids and fdatasyncs them before it writes the vectors, so every stored vector
 * is listed (an id whose write was lost reads as absent and is skipped). A torn last line is
 * ignored; a bad line elsewhere is an error naming the file and line.
 *
 *   <root>/<collection>/<shardId>/unsynced-writes.log   the ids the data path wrote while the
 *                                                       store was unsynced, in the same format
 *
 * A copy-in must not undo those (they are newer than the copy) but must overwrite every other
 * id: a reinstated store (HostedShard.retired) may hold old values of them. The store's writes
 * run one at a time (ExactVectors.writeInOrder); a data-path write's ids are added in memory
 * once its store write succeeded (a copy page after it skips them, a failed write's ids are
 * copied over), and every id of it not yet known to be in the log is appended before the
 * write is answered (an id whose earlier append failed is appended again); markSynced and a
 * reinstatement empty the log. A reinstatement also gives the store a new generation, so a
 * copy begun before it was retired stops. Writes and manifest changes of a store are tracked
 * (`inflight`) and a drop waits for them before it removes any file: the directory may belong
 * to the next store made for the shard.
 */
import * as path from "node:path";
import type { CollectionSpec } from "../metadata/index.js";
import { MalformedDataError } from "../util/errors.js";
import type { EngineFiles } from "./engine-files.js";
import {
  EXACT_SEARCH_BUDGET_BYTES_DEFAULT,
  EXACT_SEARCH_BYTES_MAX_DEFAULT,
  ExactSearchBudget,
  ExactVectors,
} from "./exact-search.js";
import {
  type HostedShard,
  madeForEarlierHolding,
  type ShardEngine,
  ShardNotHeldError,
  type ShardStats,
  StoreReplacedError,
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
export const IDS_FILE = "ids.log";
export const UNSYNCED_WRITES_FILE = "unsynced-writes.log";
const MANIFEST_FORMAT = 1;
/** Collection names as the metadata rules allow them: safe as one path segment. */
const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,255}$/;

interface Held {
  hosted: HostedShard;
  store: VectorStore;
  /** Every id written (the id log); `sortedIds` is its sorted copy, rebuilt when stale. */
  ids: Set<string>;
  sortedIds: string[] | undefined;
  /**
   * Ids the data path wrote since the store became unsynced (a copy page skips them), and
   * those of them known to be in the unsynced-writes log on disk.
   */
  writtenUnsynced: Set<string>;
  loggedUnsynced: Set<string>;
  /** The writes and manifest changes under way: drop waits for them before removing files. */
  inflight: Set<Promise<unknown>>;
  /** The in-memory copy that searches the store exactly while it is small. */
  exact: ExactVectors;
  /** ShardEngine.storeGeneration: new for each store made or opened. */
  generation: number;
  /** The manifest changes, one at a time (changeManifest): settles when the last one has. */
  manifestChanges: Promise<void>;
}

export interface DirectoryShardEngineOptions {
  /**
   * Stores whose vector values take at most this many bytes (count x dimensions x 4) are
   * searched exactly (src/engine/exact-search.ts); 0 searches every store by its index.
   */
  exactSearchBytesMax?: number;
  /** The bytes of vector values all the exact-search copies may hold together. */
  exactSearchBudgetBytes?: number;
}

export class DirectoryShardEngine implements ShardEngine {
  private readonly held = new Map<string, Held>();
  /** Keys with an operation under way: the caller runs one operation per key at a time. */
  private readonly busy = new Set<string>();
  private opened = false;
  private lastGeneration = 0;
  private readonly exactBudget: ExactSearchBudget;

  constructor(
    readonly root: string,
    private readonly files: EngineFiles,
    private readonly stores: VectorStoreFactory,
    private readonly options: DirectoryShardEngineOptions = {},
  ) {
    this.exactBudget = new ExactSearchBudget(
      options.exactSearchBudgetBytes ?? EXACT_SEARCH_BUDGET_BYTES_DEFAULT,
    );
  }

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
        const ids = await this.readIds(path.join(directory, IDS_FILE));
        const writtenUnsynced =
          hosted.synced === false
            ? await this.readIds(path.join(directory, UNSYNCED_WRITES_FILE))
            : new Set<string>();
        this.held.set(shardKey(hosted.collection, hosted.shardId), {
          hosted,
          store,
          ids,
          sortedIds: undefined,
          writtenUnsynced,
          loggedUnsynced: new Set(writtenUnsynced),
          inflight: new Set(),
          exact: this.exactVectors(store, hosted.spec),
          generation: ++this.lastGeneration,
          manifestChanges: Promise.resolve(),
        });
      }
    }
    return this.hosted();
  }

  hosted(): readonly HostedShard[] {
    return [...this.held.values()].map((held) => held.hosted);
  }

  hostedShard(collection: string, shardId: number): HostedShard | undefined {
    return this.held.get(shardKey(collection, shardId))?.hosted;
  }

  storeGeneration(collection: string, shardId: number): number | undefined {
    return this.held.get(shardKey(collection, shardId))?.generation;
  }

  async create(shard: HostedShard): Promise<void> {
    const key = shardKey(shard.collection, shard.shardId);
    await this.exclusive(key, async () => {
      const existing = this.held.get(key);
      if (existing !== undefined && sameStore(existing.hosted, shard)) {
        if (
          existing.hosted.retired === true ||
          madeForEarlierHolding(existing.hosted, shard.heldSinceIndex ?? 0)
        ) {
          await this.reinstate(key, existing, shard);
        } else if (
          existing.hosted.heldSinceIndex === undefined &&
          shard.heldSinceIndex !== undefined
        ) {
          await this.recordHolding(key, existing, shard.heldSinceIndex);
        }
        return;
      }
      if (existing !== undefined) await this.dropHeld(key);
      const directory = this.directoryOf(shard.collection, shard.shardId);
      await this.files.removeTree(directory);
      await this.files.ensureDirectory(directory);
      const store = await this.stores.open(directory, shard.spec);
      await this.files.writeDurably(path.join(directory, MANIFEST_FILE), encodeManifest(shard));
      this.held.set(key, {
        hosted: copyHosted(shard),
        store,
        ids: new Set(),
        sortedIds: undefined,
        writtenUnsynced: new Set(),
        loggedUnsynced: new Set(),
        inflight: new Set(),
        exact: this.exactVectors(store, shard.spec),
        generation: ++this.lastGeneration,
        manifestChanges: Promise.resolve(),
      });
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
    options: { copyIn?: boolean; generation?: number } = {},
  ): Promise<void> {
    const held = this.heldStore(collection, shardId, options.generation);
    checkRecords(held.hosted.spec, records);
    // A copy page overwrites what the data path did not write: only an unsynced store takes
    // one (a synced store's values are all acknowledged writes).
    if (options.copyIn && held.hosted.synced !== false) {
      throw new StoreReplacedError(
        collection,
        shardId,
        "is synced: a copy page would overwrite acknowledged writes",
      );
    }
    return this.during(held, () => this.upsertHeld(held, records, options.copyIn === true));
  }

  private async upsertHeld(
    held: Held,
    records: readonly VectorRecord[],
    copyIn: boolean,
  ): Promise<void> {
    const directory = this.directoryOf(held.hosted.collection, held.hosted.shardId);
    const fresh = [...new Set(records.map((r) => r.id).filter((id) => !held.ids.has(id)))];
    if (fresh.length > 0) {
      await this.files.appendDurably(path.join(directory, IDS_FILE), idLines(fresh));
      for (const id of fresh) held.ids.add(id);
      held.sortedIds = undefined;
    }
    // The store's writes run one at a time, in this order (ExactVectors.writeInOrder). A copy
    // page's records are chosen when its turn comes, skipping the ids a data-path write before
    // it wrote; a data-path write after it overwrites what it wrote. So a data-path write's ids
    // are tracked once its store write succeeded: after a failed one (the store may hold any
    // part of it) the copy still brings the source's values.
    let tracked = false;
    await held.exact.writeInOrder(async () => {
      const writes = copyIn ? records.filter((r) => !held.writtenUnsynced.has(r.id)) : records;
      if (writes.length > 0) await held.store.upsert(writes);
      if (!copyIn && held.hosted.synced === false) {
        for (const record of writes) held.writtenUnsynced.add(record.id);
        tracked = true;
      }
      return writes;
    }, held.ids);
    if (!tracked) return;
    // Durable before the write is answered: every id of this write not known to be on disk
    // (one whose earlier append failed is appended again; duplicates read as one).
    const unlogged = [...new Set(records.map((r) => r.id))].filter(
      (id) => !held.loggedUnsynced.has(id),
    );
    if (unlogged.length === 0) return;
    await this.files.appendDurably(path.join(directory, UNSYNCED_WRITES_FILE), idLines(unlogged));
    for (const id of unlogged) held.loggedUnsynced.add(id);
  }

  /**
   * Runs `operation` (a write of `held`'s files or store) so that a drop of `held` waits for
   * it: no file of a store is written after the store was dropped (its directory may belong
   * to the store made next).
   */
  private async during<T>(held: Held, operation: () => Promise<T>): Promise<T> {
    const running = operation();
    held.inflight.add(running);
    try {
      return await running;
    } finally {
      held.inflight.delete(running);
    }
  }

  /**
   * Changes the manifest of `held` (the store of `key`): `change` is given the hosted shard as
   * it is when this change's turn comes (the changes of a store run one at a time, each from
   * the one before's result, so none is lost to another) and returns the new one, or undefined
   * to leave it. The manifest is durable before `held.hosted` changes. Resolves with the new
   * hosted shard, or undefined.
   */
  private changeManifest(
    held: Held,
    key: string,
    change: (hosted: HostedShard) => HostedShard | undefined,
  ): Promise<HostedShard | undefined> {
    const [collection, shardId] = splitKey(key);
    const run = held.manifestChanges.then(async () => {
      const hosted = change(held.hosted);
      if (hosted === undefined) return undefined;
      await this.files.writeDurably(
        path.join(this.directoryOf(collection, shardId), MANIFEST_FILE),
        encodeManifest(hosted),
      );
      held.hosted = hosted;
      return hosted;
    });
    held.manifestChanges = run.then(
      () => undefined,
      () => undefined,
    );
    return this.during(held, () => run);
  }

  async markSynced(collection: string, shardId: number, generation?: number): Promise<void> {
    const key = shardKey(collection, shardId);
    const held = this.heldStore(collection, shardId, generation);
    if (held.hosted.synced !== false) return;
    await this.during(held, async () => {
      const marked = await this.changeManifest(held, key, (hosted) =>
        hosted.synced !== false ? undefined : { ...hosted, synced: true },
      );
      if (marked === undefined) return;
      held.writtenUnsynced = new Set();
      held.loggedUnsynced = new Set();
      await this.files.remove(
        path.join(this.directoryOf(collection, shardId), UNSYNCED_WRITES_FILE),
      );
    });
  }

  /**
   * A retired store whose shard came back: no longer retired, synced as `shard` says (false
   * from the reconciler), its data kept. It may be the best copy left anywhere, so it is never
   * wiped for a new one: the copy-in adds what it lacks from a current holder.
   */
  private async reinstate(key: string, held: Held, shard: HostedShard): Promise<void> {
    // A copy begun before the store was retired must not go on into it (the shard's writes
    // made while it was retired may lie behind that copy's cursor): a new generation first, so
    // no markSynced of the old one starts from here on, then the ones under way finish.
    held.generation = ++this.lastGeneration;
    await Promise.allSettled([...held.inflight]);
    const [collection, shardId] = splitKey(key);
    const directory = this.directoryOf(collection, shardId);
    // Written while retired: nothing (retired stores take no writes, nor do stores made for an
    // earlier holding: the data path refuses them); from now on, tracked.
    await this.files.writeDurably(path.join(directory, UNSYNCED_WRITES_FILE), new Uint8Array());
    await this.changeManifest(held, key, (current) => {
      const { retired: _, heldSinceIndex: __, ...kept } = current;
      return {
        ...kept,
        synced: shard.synced !== false,
        ...(shard.heldSinceIndex === undefined ? {} : { heldSinceIndex: shard.heldSinceIndex }),
      };
    });
    held.writtenUnsynced = new Set();
    held.loggedUnsynced = new Set();
  }

  /** A store from before heldSinceIndex gets one: its data, flags and generation stay. */
  private async recordHolding(key: string, held: Held, heldSinceIndex: number): Promise<void> {
    await this.changeManifest(held, key, (hosted) =>
      hosted.heldSinceIndex !== undefined ? undefined : { ...hosted, heldSinceIndex },
    );
  }

  async retire(collection: string, shardId: number): Promise<void> {
    const held = this.heldStore(collection, shardId);
    if (held.hosted.retired === true) return;
    await this.changeManifest(held, shardKey(collection, shardId), (hosted) =>
      hosted.retired === true ? undefined : { ...hosted, retired: true },
    );
  }

  async exportPage(
    collection: string,
    shardId: number,
    afterId: string,
    limit: number,
  ): Promise<VectorRecord[]> {
    const held = this.heldStore(collection, shardId);
    held.sortedIds ??= [...held.ids].sort(compareIds);
    const sorted = held.sortedIds;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareIds(sorted[middle] as string, afterId) <= 0) low = middle + 1;
      else high = middle;
    }
    const records: VectorRecord[] = [];
    for (let position = low; position < sorted.length && records.length < limit; position++) {
      const record = await held.store.get(sorted[position] as string);
      if (record !== undefined) records.push(record);
    }
    return records;
  }

  /** The ids of an id log; a torn last line (a crash during an append) is ignored. */
  private async readIds(idsPath: string): Promise<Set<string>> {
    const ids = new Set<string>();
    const bytes = await this.files.read(idsPath);
    if (bytes === undefined) return ids;
    const lines = new TextDecoder().decode(bytes).split("\n");
    lines.forEach((line, position) => {
      if (line === "") return;
      let id: unknown;
      try {
        id = JSON.parse(line);
      } catch {
        id = undefined;
      }
      if (typeof id === "string") {
        ids.add(id);
        return;
      }
      const last = position === lines.length - 1;
      if (!last) throw new MalformedDataError(`${idsPath} line ${position + 1}: not a JSON string`);
    });
    return ids;
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
    return (await held.exact.search(held.ids, vector, k)) ?? held.store.search(vector, k);
  }

  async get(collection: string, shardId: number, id: string): Promise<VectorRecord | undefined> {
    const held = this.heldStore(collection, shardId);
    checkVectorId(collection, id);
    return held.store.get(id);
  }

  /** The held store; with `generation`, only the store of that generation. */
  private heldStore(collection: string, shardId: number, generation?: number): Held {
    const held = this.held.get(shardKey(collection, shardId));
    if (held === undefined) throw new ShardNotHeldError(collection, shardId);
    if (generation !== undefined && held.generation !== generation) {
      throw new StoreReplacedError(collection, shardId);
    }
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
    // Operations begun on it finish first (those begun from now on find no store).
    if (held !== undefined) await Promise.allSettled([...held.inflight]);
    held?.exact.close();
    await this.files.remove(path.join(directory, MANIFEST_FILE));
    await this.files.removeTree(directory);
  }

  private exactVectors(store: VectorStore, spec: CollectionSpec): ExactVectors {
    const bytesMax = this.options.exactSearchBytesMax ?? EXACT_SEARCH_BYTES_MAX_DEFAULT;
    return new ExactVectors(store, spec.metric, spec.dimensions, bytesMax, this.exactBudget);
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
    synced: shard.synced !== false,
    ...(shard.retired === true ? { retired: true } : {}),
    ...(shard.heldSinceIndex === undefined ? {} : { heldSinceIndex: shard.heldSinceIndex }),
  };
}

/** Code-unit order (no locale): the order of exportPage's cursor. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  if (manifest.synced !== undefined && typeof manifest.synced !== "boolean") {
    throw new MalformedDataError(`${manifestPath}: "synced" must be true or false`);
  }
  if (manifest.retired !== undefined && typeof manifest.retired !== "boolean") {
    throw new MalformedDataError(`${manifestPath}: "retired" must be true or false`);
  }
  const since = manifest.heldSinceIndex;
  if (since !== undefined && !(Number.isSafeInteger(since) && since >= 0)) {
    throw new MalformedDataError(`${manifestPath}: "heldSinceIndex" must be an integer >= 0`);
  }
  const { retired, ...rest } = manifest as HostedShard;
  return { ...rest, synced: manifest.synced !== false, ...(retired === true ? { retired } : {}) };
}

/** Ids as the id logs hold them: one JSON string a line. */
function idLines(ids: readonly string[]): Uint8Array {
  return new TextEncoder().encode(ids.map((id) => `${JSON.stringify(id)}\n`).join(""));
}
