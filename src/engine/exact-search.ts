/**
 * Exact search of small stores (docs/architecture.md, "Exact search of small stores").
 *
 * A store whose vector values take at most `exactSearchBytesMax` (count x dimensions x 4
 * bytes; 1 MiB by default, about a millisecond of scanning per search at the limit) is
 * searched by brute force over an in-memory copy of its vectors instead of its HNSW index,
 * as Qdrant searches small segments by full scan below `full_scan_threshold`. Small stores
 * are where an approximate index buys nothing, and where @ruvector/core 0.1.32's HNSW build
 * now and then leaves stored vectors that no search reaches (upstream ruvnet/RuVector#773).
 *
 * The copy is loaded from the store on the first exact search after the store opens (one
 * `get` per id of the id log). Every write of the store goes through `writeInOrder`, which runs
 * the store's writes one at a time (the native store may apply two concurrent writes of one id
 * in either order, whatever order they resolve in) and updates the copy after each resolves,
 * before it is answered, so an acknowledged write is found. The load takes its turn in the same
 * order, so no write races it; searches that arrive meanwhile wait for it. A write that fails
 * drops the copy (the store may hold part of it); the next search loads again. Once the store
 * grows past the limit the copy is dropped and the index serves.
 *
 * The copies of all the stores of an engine share one budget (`ExactSearchBudget`, 256 MiB of
 * vector values by default; the values only, not the ids and objects around them): a copy that
 * would take the budget past its limit is not loaded, or is dropped, and that store is searched
 * by its index. So a node holding many small stores holds at most the budget in copied values.
 * Both limits are options of DirectoryShardEngine, not node settings.
 *
 * A search is not ordered with the writes: one that overlaps a write may see the old or the new
 * vector of an id, and the payload of a hit is read from the store after the scan.
 */
import type { DistanceMetric } from "../metadata/index.js";
import {
  bruteForceSearch,
  type ScoredVector,
  type VectorRecord,
  type VectorStore,
} from "./vector-store.js";

/** The default `exactSearchBytesMax`: stores of up to 1 MiB of vector values. */
export const EXACT_SEARCH_BYTES_MAX_DEFAULT = 1 << 20;

/** The default `exactSearchBudgetBytes`: 256 MiB of vector values in copies, per engine. */
export const EXACT_SEARCH_BUDGET_BYTES_DEFAULT = 256 * 1024 * 1024;

/** Bytes of one vector value (float32). */
const VALUE_BYTES = 4;

/** The bytes of vector values the copies of one engine may hold together. */
export class ExactSearchBudget {
  usedBytes = 0;
  constructor(readonly maxBytes: number) {}

  /** Takes `bytes` if they fit; false otherwise (nothing taken). */
  take(bytes: number): boolean {
    if (this.usedBytes + bytes > this.maxBytes) return false;
    this.usedBytes += bytes;
    return true;
  }

  give(bytes: number): void {
    this.usedBytes -= bytes;
  }
}

/**
 * One store's in-memory copy of its vectors, for exact search, and the order of the store's
 * writes (see the file comment).
 */
export class ExactVectors {
  private vectors: Map<string, VectorRecord> | undefined;
  /** The budget bytes `vectors` holds. */
  private heldBytes = 0;
  private closed = false;
  private loading: Promise<Map<string, VectorRecord> | undefined> | undefined;
  /** The last write or load queued: the next runs after it settles. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: VectorStore,
    private readonly metric: DistanceMetric,
    private readonly dimensions: number,
    private readonly bytesMax: number,
    private readonly budget: ExactSearchBudget,
  ) {}

  /** The store was dropped: the copy goes, and none is loaded again. */
  close(): void {
    this.closed = true;
    this.release();
  }

  /** Drops the copy, giving its bytes back (the store is searched by its index for now). */
  release(): void {
    this.vectors = undefined;
    this.budget.give(this.heldBytes);
    this.heldBytes = 0;
  }

  /** The bytes a copy of `count` vectors holds. */
  private bytesOf(count: number): number {
    return count * this.dimensions * VALUE_BYTES;
  }

  /** Whether a store holding `idCount` ids is searched exactly. */
  covers(idCount: number): boolean {
    return this.bytesMax > 0 && idCount * this.dimensions * VALUE_BYTES <= this.bytesMax;
  }

  /**
   * The k nearest of the store's vectors, closest first, with payloads; undefined when the
   * store is too large for exact search (the caller asks the index). `ids`: the id log's ids.
   */
  async search(
    ids: ReadonlySet<string>,
    vector: Float32Array,
    k: number,
  ): Promise<ScoredVector[] | undefined> {
    if (!this.covers(ids.size)) {
      this.release();
      return undefined;
    }
    const vectors = this.vectors ?? (await this.loaded(ids));
    if (vectors === undefined) return undefined;
    const nearest = bruteForceSearch(vectors.values(), this.metric, vector, k);
    // Payloads are not copied: read those of the hits.
    const records = await Promise.all(nearest.map((hit) => this.store.get(hit.id)));
    const hits: ScoredVector[] = [];
    nearest.forEach((hit, position) => {
      const record = records[position];
      if (record === undefined) return;
      hits.push(record.payload === undefined ? hit : { ...hit, payload: record.payload });
    });
    return hits;
  }

  /**
   * Runs `write` (a write of the store, resolving to the records it wrote) after every write
   * queued before it, then puts what it wrote into the copy. `ids`: the id log's ids, after.
   */
  writeInOrder(
    write: () => Promise<readonly VectorRecord[]>,
    ids: ReadonlySet<string>,
  ): Promise<void> {
    return this.inOrder(async () => {
      let written: readonly VectorRecord[];
      try {
        written = await write();
      } catch (error) {
        // The store may hold part of the write: the copy is no longer known to equal it.
        this.release();
        throw error;
      }
      const vectors = this.vectors;
      if (vectors === undefined) return;
      const added = written.filter((record) => !vectors.has(record.id)).length;
      if (!this.covers(ids.size) || !this.budget.take(this.bytesOf(added))) {
        this.release();
        return;
      }
      this.heldBytes += this.bytesOf(added);
      for (const record of written) {
        // A copy: the caller's vector may be a view of a buffer that is reused.
        vectors.set(record.id, { id: record.id, vector: Float32Array.from(record.vector) });
      }
    });
  }

  private inOrder<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.tail.then(operation);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The copy, loaded in the writes' order; one load at a time, shared by the searches. */
  private loaded(ids: ReadonlySet<string>): Promise<Map<string, VectorRecord> | undefined> {
    this.loading ??= this.inOrder(async () => {
      if (this.vectors !== undefined) return this.vectors;
      if (this.closed || !this.covers(ids.size)) return undefined;
      const listed = [...ids];
      // Taken for every listed id (an id whose write was lost counts too): an upper bound. Held
      // by the copy only once it is in place (a release meanwhile has nothing to give back).
      const reserved = this.bytesOf(listed.length);
      if (!this.budget.take(reserved)) return undefined;
      let records: (VectorRecord | undefined)[];
      try {
        records = await Promise.all(listed.map((id) => this.store.get(id)));
      } catch (error) {
        this.budget.give(reserved);
        throw error;
      }
      if (this.closed) {
        // Dropped while loading: its bytes are given back, not held by a store that is gone.
        this.budget.give(reserved);
        return undefined;
      }
      this.heldBytes = reserved;
      const vectors = new Map<string, VectorRecord>();
      for (const record of records) {
        // An id whose write was lost in a crash reads as absent (the id log comes first).
        if (record !== undefined) vectors.set(record.id, { id: record.id, vector: record.vector });
      }
      this.vectors = vectors;
      return vectors;
    }).finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }
}
