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
 * `get` per id of the id log) and then kept equal to the store by the engine's writes: each
 * write updates it after the store's write resolved, before the write is answered, so an
 * acknowledged write is found. A write that resolves while the copy is loading makes the load
 * stale: its result is thrown away (that search uses the index) and the next search loads
 * again. Once the store grows past the limit the copy is dropped and the index serves.
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

/** Bytes of one vector value (float32). */
const VALUE_BYTES = 4;

/** One store's in-memory copy of its vectors, for exact search (see the file comment). */
export class ExactVectors {
  private vectors: Map<string, VectorRecord> | undefined;
  private loading = false;
  private loadStale = false;

  constructor(
    private readonly store: VectorStore,
    private readonly metric: DistanceMetric,
    private readonly dimensions: number,
    private readonly bytesMax: number,
  ) {}

  /** Whether a store holding `idCount` ids is searched exactly. */
  covers(idCount: number): boolean {
    return this.bytesMax > 0 && idCount * this.dimensions * VALUE_BYTES <= this.bytesMax;
  }

  /**
   * The k nearest of the store's vectors, closest first, with payloads; undefined when the
   * store is too large for exact search or its copy could not be loaded unchanged (the caller
   * asks the index).
   */
  async search(
    ids: ReadonlySet<string>,
    vector: Float32Array,
    k: number,
  ): Promise<ScoredVector[] | undefined> {
    if (!this.covers(ids.size)) {
      this.vectors = undefined;
      return undefined;
    }
    const vectors = this.vectors ?? (await this.load(ids));
    if (vectors === undefined) return undefined;
    const nearest = bruteForceSearch(vectors.values(), this.metric, vector, k);
    // Payloads are not copied: read those of the hits.
    const records = await Promise.all(nearest.map((hit) => this.store.get(hit.id)));
    return nearest.map((hit, position) => {
      const payload = records[position]?.payload;
      return payload === undefined ? hit : { ...hit, payload };
    });
  }

  /** After the store's write of `records` resolved: the copy holds them too. */
  written(records: readonly VectorRecord[], idCount: number): void {
    if (this.loading) this.loadStale = true;
    if (this.vectors === undefined) return;
    if (!this.covers(idCount)) {
      this.vectors = undefined;
      return;
    }
    for (const record of records) {
      // A copy: the caller's vector may be a view of a buffer that is reused.
      this.vectors.set(record.id, { id: record.id, vector: Float32Array.from(record.vector) });
    }
  }

  private async load(ids: ReadonlySet<string>): Promise<Map<string, VectorRecord> | undefined> {
    if (this.loading) return undefined;
    this.loading = true;
    this.loadStale = false;
    try {
      const listed = [...ids];
      const records = await Promise.all(listed.map((id) => this.store.get(id)));
      if (this.loadStale) return undefined;
      const vectors = new Map<string, VectorRecord>();
      for (const record of records) {
        // An id whose write was lost in a crash reads as absent (the id log comes first).
        if (record !== undefined) vectors.set(record.id, { id: record.id, vector: record.vector });
      }
      this.vectors = vectors;
      return vectors;
    } finally {
      this.loading = false;
    }
  }
}
