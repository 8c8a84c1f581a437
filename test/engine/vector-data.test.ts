/**
 * The data operations of both stores: upsert, get, search (exact in memory, HNSW in Ruvector,
 * whose scores are the same distances), and arguments refused whole with the value named.
 */
import { describe, expect, it } from "vitest";
import {
  bruteForceSearch,
  createMemoryEngine,
  createRuvectorEngine,
  type DirectoryShardEngine,
  type HostedShard,
  ShardNotHeldError,
  type VectorRecord,
} from "../../src/engine/index.js";
import type { DistanceMetric } from "../../src/metadata/index.js";
import { InvalidArgumentError } from "../../src/util/errors.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { hostedShard } from "./helpers.js";

const DIMENSIONS = 16;

function seededVectors(count: number, seed: number): VectorRecord[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000 - 0.5;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `v${i}`,
    vector: Float32Array.from({ length: DIMENSIONS }, next),
    payload: JSON.stringify({ i }),
  }));
}

function shardOf(metric: DistanceMetric): HostedShard {
  const shard = hostedShard(`c-${metric}`, 0);
  return { ...shard, spec: { ...shard.spec, name: `c-${metric}`, dimensions: DIMENSIONS, metric } };
}

const engines: [string, () => DirectoryShardEngine][] = [
  ["memory", () => createMemoryEngine()],
  ["ruvector", () => createRuvectorEngine(temporaryDirectory())],
];

describe.each(engines)("the %s store's data operations", (_name, makeEngine) => {
  it("writes, reads back and finds vectors as brute force does, for every metric", async () => {
    const engine = makeEngine();
    await engine.open();
    const records = seededVectors(400, 7);
    for (const metric of ["euclidean", "cosine", "dotProduct", "manhattan"] as const) {
      const shard = shardOf(metric);
      await engine.create(shard);
      await engine.upsert(shard.collection, 0, records);
      expect((await engine.stats(shard.collection, 0)).vectorCount).toBe(400);
      const back = await engine.get(shard.collection, 0, "v17");
      expect(Array.from(back?.vector ?? [])).toEqual(Array.from(records[17]?.vector ?? []));
      expect(back?.payload).toBe(JSON.stringify({ i: 17 }));
      let found = 0;
      for (const query of records.slice(0, 20)) {
        const exact = bruteForceSearch(records, metric, query.vector, 10);
        const hits = await engine.search(shard.collection, 0, query.vector, 10);
        expect(hits.length).toBe(10);
        const exactIds = new Set(exact.map((hit) => hit.id));
        found += hits.filter((hit) => exactIds.has(hit.id)).length;
        // The same distance as brute force for the ids both return.
        for (const hit of hits) {
          const twin = exact.find((e) => e.id === hit.id);
          if (twin !== undefined) expect(hit.score).toBeCloseTo(twin.score, 3);
        }
      }
      expect(found / 200).toBeGreaterThanOrEqual(0.95);
    }
    // Upsert replaces.
    const shard = shardOf("cosine");
    const replaced = { id: "v3", vector: new Float32Array(DIMENSIONS).fill(1) };
    await engine.upsert(shard.collection, 0, [replaced]);
    expect(Array.from((await engine.get(shard.collection, 0, "v3"))?.vector ?? [])).toEqual(
      Array(DIMENSIONS).fill(1),
    );
    expect((await engine.stats(shard.collection, 0)).vectorCount).toBe(400);
  });

  it("refuses bad arguments whole, naming the value, and a shard it does not hold", async () => {
    const engine = makeEngine();
    await engine.open();
    const shard = shardOf("euclidean");
    await engine.create(shard);
    const good = seededVectors(3, 1);
    const cases: [VectorRecord[], RegExp][] = [
      [
        [...good, { id: "short", vector: new Float32Array(3) }],
        /vector "short" has 3 values, the collection has 16 dimensions/,
      ],
      [
        [{ id: "nan", vector: new Float32Array(DIMENSIONS).fill(Number.NaN) }],
        /vector "nan" value 0 is NaN/,
      ],
      [[{ id: "", vector: new Float32Array(DIMENSIONS) }], /vector id "" must be 1-512 characters/],
      [
        [{ id: "p", vector: new Float32Array(DIMENSIONS), payload: "{nope" }],
        /payload of vector "p" is not JSON/,
      ],
      [[], /an upsert takes 1-10000 vectors, got 0/],
    ];
    for (const [records, message] of cases) {
      const error = await engine.upsert(shard.collection, 0, records).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toMatch(message);
    }
    expect((await engine.stats(shard.collection, 0)).vectorCount).toBe(0);
    for (const k of [0, 10_001, 1.5]) {
      const error = await engine
        .search(shard.collection, 0, new Float32Array(DIMENSIONS), k)
        .catch((e: unknown) => e);
      expect((error as Error).message).toMatch(new RegExp(`k ${k} is not in \\[1, 10000\\]`));
    }
    const wrongQuery = await engine
      .search(shard.collection, 0, new Float32Array(2), 5)
      .catch((e: unknown) => e);
    expect((wrongQuery as Error).message).toMatch(/the query vector has 2 values/);
    const notHeld = await engine
      .search(shard.collection, 9, new Float32Array(DIMENSIONS), 5)
      .catch((e: unknown) => e);
    expect(notHeld).toBeInstanceOf(ShardNotHeldError);
    expect((notHeld as ShardNotHeldError).code).toBe("ENOTHELD");
  });
});
