/**
 * Exact search of small stores (src/engine/exact-search.ts): a store under the limit is
 * searched over its in-memory copy, not its index, so vectors its index cannot reach are
 * found; the copy follows every write, is reloaded after a restart and after a load raced by
 * a write, and is dropped once the store outgrows the limit. The store's writes run in order,
 * and a copy page skips exactly the ids of data-path writes that succeeded before it.
 */
import { describe, expect, it } from "vitest";
import {
  bruteForceSearch,
  DirectoryShardEngine,
  MemoryEngineFiles,
  MemoryStoreFactory,
  type VectorRecord,
  type VectorStore,
  type VectorStoreFactory,
} from "../../src/engine/index.js";
import type { CollectionSpec } from "../../src/metadata/index.js";
import { hostedShard } from "./helpers.js";

/**
 * Stores whose index reaches nothing (a graph cut off from every vector), whose gets can be
 * held, whose next upsert can resolve late (after it applied), and whose upserts can fail
 * after writing their first record.
 */
class BlindIndexFactory implements VectorStoreFactory {
  readonly memory: MemoryStoreFactory;
  /** While set, every get waits for it. */
  getsHeld: Promise<void> | undefined;
  /** Set: the next upsert applies, then resolves only when `releaseUpsert` is called. */
  holdNextUpsert = false;
  releaseUpsert: () => void = () => {};
  upsertsStarted = 0;
  failAfterFirstRecord = false;
  constructor(files: MemoryEngineFiles) {
    this.memory = new MemoryStoreFactory(files);
  }
  async open(directory: string, spec: CollectionSpec): Promise<VectorStore> {
    const inner = await this.memory.open(directory, spec);
    return {
      count: () => inner.count(),
      upsert: async (records) => {
        this.upsertsStarted++;
        if (this.failAfterFirstRecord) {
          await inner.upsert(records.slice(0, 1));
          throw new Error("disk full");
        }
        await inner.upsert(records);
        if (this.holdNextUpsert) {
          this.holdNextUpsert = false;
          await new Promise<void>((resolve) => {
            this.releaseUpsert = resolve;
          });
        }
      },
      search: async () => [],
      get: async (id) => {
        if (this.getsHeld !== undefined) await this.getsHeld;
        return inner.get(id);
      },
      remove: (id) => inner.remove(id),
    };
  }
}

const SHARD = hostedShard("docs", 0);
const DIMENSIONS = SHARD.spec.dimensions;

function records(count: number, first = 0): VectorRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `v${first + i}`,
    vector: Float32Array.from({ length: DIMENSIONS }, (_, d) =>
      Math.sin((first + i + 1) * (d + 1)),
    ),
    payload: JSON.stringify({ n: first + i }),
  }));
}

async function engineWith(
  exactSearchBytesMax?: number,
  files = new MemoryEngineFiles(),
  // The same factory across a restart keeps the (in-memory) stores' data.
  factory = new BlindIndexFactory(files),
) {
  const options = exactSearchBytesMax === undefined ? {} : { exactSearchBytesMax };
  const engine = new DirectoryShardEngine("/engine", files, factory, options);
  await engine.open();
  return { engine, factory, files };
}

const query = Float32Array.from({ length: DIMENSIONS }, (_, d) => Math.cos(d));

describe("exact search of small stores", () => {
  it("finds what the index cannot reach, with payloads, closest first", async () => {
    const { engine } = await engineWith();
    await engine.create(SHARD);
    const written = records(50);
    await engine.upsert("docs", 0, written);
    const hits = await engine.search("docs", 0, query, 5);
    const exact = bruteForceSearch(written, SHARD.spec.metric, query, 5);
    expect(hits).toEqual(exact);
    expect(hits[0]?.payload).toBeDefined();
    // With exact search off, the (blind) index answers.
    const { engine: indexOnly } = await engineWith(0);
    await indexOnly.create(SHARD);
    await indexOnly.upsert("docs", 0, written);
    expect(await indexOnly.search("docs", 0, query, 5)).toEqual([]);
  });

  it("follows writes, reloads after a restart, and leaves the index past the limit", async () => {
    // Room for 20 vectors of 4 values.
    const { engine, files, factory } = await engineWith(20 * DIMENSIONS * 4);
    await engine.create(SHARD);
    await engine.upsert("docs", 0, records(10));
    expect(await engine.search("docs", 0, query, 20)).toHaveLength(10);
    // A write after the copy loaded: in the next answer, values replaced too.
    const replaced = records(10).map((r) => ({ ...r, vector: r.vector.map((v) => -v) }));
    await engine.upsert("docs", 0, [...replaced.slice(0, 5), ...records(5, 10)]);
    const all = [...replaced.slice(0, 5), ...records(10).slice(5), ...records(5, 10)];
    expect(await engine.search("docs", 0, query, 20)).toEqual(
      bruteForceSearch(all, SHARD.spec.metric, query, 20),
    );
    // A restart: the copy is loaded from the store.
    const { engine: restarted } = await engineWith(20 * DIMENSIONS * 4, files, factory);
    expect(await restarted.search("docs", 0, query, 3)).toEqual(
      bruteForceSearch(all, SHARD.spec.metric, query, 3),
    );
    // Past 20 vectors the index answers.
    await restarted.upsert("docs", 0, records(6, 15));
    expect(await restarted.search("docs", 0, query, 3)).toEqual([]);
  });

  it("orders the load with the writes; searches during a load wait for it", async () => {
    const { engine, factory } = await engineWith();
    await engine.create(SHARD);
    await engine.upsert("docs", 0, records(10));
    let release: () => void = () => {};
    factory.getsHeld = new Promise((resolve) => {
      release = resolve;
    });
    const first = engine.search("docs", 0, query, 20);
    const second = engine.search("docs", 0, query, 20);
    // The load has its turn; this write waits for it.
    let written = false;
    const write = engine.upsert("docs", 0, records(1, 10)).then(() => {
      written = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toBe(false);
    factory.getsHeld = undefined;
    release();
    // Both searches used the one load (the blind index would answer nothing).
    expect((await first).map((h) => h.id).sort()).toEqual(
      records(10)
        .map((r) => r.id)
        .sort(),
    );
    expect(await second).toEqual(await first);
    await write;
    const hits = await engine.search("docs", 0, query, 20);
    expect(hits.map((h) => h.id).sort()).toEqual(
      records(11)
        .map((r) => r.id)
        .sort(),
    );
  });

  it("runs the store's writes one at a time, so the copy keeps the value the store keeps", async () => {
    const { engine, factory } = await engineWith();
    await engine.create(SHARD);
    const [x] = records(1);
    await engine.upsert("docs", 0, [x as VectorRecord]);
    await engine.search("docs", 0, query, 1);
    // The first write applies and resolves late; the second is not begun before that.
    factory.holdNextUpsert = true;
    const started = factory.upsertsStarted;
    const negated = { ...(x as VectorRecord), vector: (x as VectorRecord).vector.map((v) => -v) };
    const doubled = {
      ...(x as VectorRecord),
      vector: (x as VectorRecord).vector.map((v) => 2 * v),
    };
    const first = engine.upsert("docs", 0, [negated]);
    const second = engine.upsert("docs", 0, [doubled]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(factory.upsertsStarted).toBe(started + 1);
    factory.releaseUpsert();
    await Promise.all([first, second]);
    const stored = await engine.get("docs", 0, "v0");
    expect(Array.from(stored?.vector ?? [])).toEqual(Array.from(doubled.vector));
    expect(await engine.search("docs", 0, query, 1)).toEqual(
      bruteForceSearch([doubled], SHARD.spec.metric, query, 1),
    );
  });

  it("drops the copy when a write fails after writing part of its batch", async () => {
    const { engine, factory } = await engineWith();
    await engine.create(SHARD);
    await engine.upsert("docs", 0, records(3));
    await engine.search("docs", 0, query, 3);
    const negated = records(3).map((r) => ({ ...r, vector: r.vector.map((v) => -v) }));
    factory.failAfterFirstRecord = true;
    await expect(engine.upsert("docs", 0, negated)).rejects.toThrow("disk full");
    factory.failAfterFirstRecord = false;
    // The store holds the first record's new value and the others' old ones; so does search.
    const held = [negated[0], ...records(3).slice(1)] as VectorRecord[];
    expect(await engine.search("docs", 0, query, 3)).toEqual(
      bruteForceSearch(held, SHARD.spec.metric, query, 3),
    );
  });

  it("keeps all copies within one budget: a store past it is searched by its index", async () => {
    // Room for 10 vectors of 4 values in copies, across the engine's stores.
    const files = new MemoryEngineFiles();
    const engine = new DirectoryShardEngine("/engine", files, new BlindIndexFactory(files), {
      exactSearchBudgetBytes: 10 * DIMENSIONS * 4,
    });
    await engine.open();
    const other = hostedShard("docs", 1);
    await engine.create(SHARD);
    await engine.create(other);
    await engine.upsert("docs", 0, records(6));
    await engine.upsert("docs", 1, records(6, 6));
    expect(await engine.search("docs", 0, query, 20)).toHaveLength(6);
    // The second copy does not fit: the (blind) index answers.
    expect(await engine.search("docs", 1, query, 20)).toEqual([]);
    // Writes that take the first copy past the budget drop it.
    await engine.upsert("docs", 0, records(5, 20));
    expect(await engine.search("docs", 0, query, 20)).toEqual([]);
    // Its bytes came back: the second store's copy loads now.
    expect(await engine.search("docs", 1, query, 20)).toHaveLength(6);
    // A dropped store gives its copy's bytes back too.
    await engine.drop("docs", 1);
    await engine.drop("docs", 0);
    await engine.create(SHARD);
    await engine.upsert("docs", 0, records(9));
    expect(await engine.search("docs", 0, query, 20)).toHaveLength(9);
  });

  it("keeps the k closest of a scan, ties by id, as a full sort would", () => {
    // Values from a small set, so equal scores are common.
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return (state % 5) - 2;
    };
    for (const k of [0, 1, 3, 10, 40]) {
      const scanned = Array.from({ length: 30 }, (_, i) => ({
        id: `r${(i * 7) % 30}`,
        vector: Float32Array.from({ length: DIMENSIONS }, next),
      }));
      for (const metric of ["euclidean", "cosine", "dotProduct", "manhattan"] as const) {
        const q = Float32Array.from({ length: DIMENSIONS }, next);
        // Each record's score on its own (no selection), then a full sort.
        const all = scanned
          .map((r) => bruteForceSearch([r], metric, q, 1)[0] as { id: string; score: number })
          .sort((x, y) => x.score - y.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        expect(bruteForceSearch(scanned, metric, q, k)).toEqual(all.slice(0, k));
      }
    }
  });
});

describe("the store's write order and copy pages", () => {
  it("copies over the ids of a failed data-path write, and skips those of a successful one", async () => {
    const { engine, factory } = await engineWith();
    await engine.create({ ...SHARD, synced: false });
    const [a, b, c] = records(3);
    const newer = (r: VectorRecord) => ({ ...r, vector: r.vector.map((v) => v + 10) });
    // A data-path write that fails after writing its first record (a): not acknowledged.
    factory.failAfterFirstRecord = true;
    await expect(
      engine.upsert("docs", 0, [newer(a as VectorRecord), newer(b as VectorRecord)]),
    ).rejects.toThrow("disk full");
    factory.failAfterFirstRecord = false;
    // A data-path write that succeeds (c): acknowledged, newer than the copy.
    await engine.upsert("docs", 0, [newer(c as VectorRecord)]);
    // The copy page from a synced holder.
    await engine.upsert("docs", 0, [a, b, c] as VectorRecord[], { copyIn: true });
    const stored = async (id: string) =>
      Array.from((await engine.get("docs", 0, id))?.vector ?? []);
    expect(await stored("v0")).toEqual(Array.from((a as VectorRecord).vector));
    expect(await stored("v1")).toEqual(Array.from((b as VectorRecord).vector));
    expect(await stored("v2")).toEqual(Array.from(newer(c as VectorRecord).vector));
  });
});
