/** The engine over @ruvector/core's native stores, on a real directory. */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import {
  createRuvectorEngine,
  EngineRefusedError,
  MANIFEST_FILE,
  ruvectorOptions,
} from "../../src/engine/index.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { hostedShard } from "./helpers.js";

describe("the Ruvector engine", () => {
  it("creates one native store per shard under <data>/engine and finds them after a restart", async () => {
    const data = temporaryDirectory();
    const engine = createRuvectorEngine(data);
    await engine.open();
    for (const metric of ["euclidean", "cosine", "dotProduct", "manhattan"] as const) {
      const shard = hostedShard(`c-${metric}`, 1);
      await engine.create({ ...shard, spec: { ...shard.spec, name: `c-${metric}`, metric } });
    }
    const directory = path.join(data, "engine", "c-cosine", "1");
    expect(fs.readdirSync(directory).sort()).toEqual([MANIFEST_FILE, "vectors.db"]);
    const stats = await engine.stats("c-cosine", 1);
    expect(stats.vectorCount).toBe(0);
    expect(stats.bytes).toBeGreaterThan(fs.statSync(path.join(directory, MANIFEST_FILE)).size);
    await engine.close();
    const restarted = createRuvectorEngine(data);
    const found = await restarted.open();
    expect(found.map((h) => `${h.collection}/${h.shardId}/${h.spec.metric}`).sort()).toEqual([
      "c-cosine/1/cosine",
      "c-dotProduct/1/dotProduct",
      "c-euclidean/1/euclidean",
      "c-manhattan/1/manhattan",
    ]);
    await restarted.drop("c-cosine", 1);
    expect(fs.existsSync(directory)).toBe(false);
  });

  it("refuses m above 256 before the native code sees it (it would abort the process)", async () => {
    const engine = createRuvectorEngine(temporaryDirectory());
    await engine.open();
    const shard = hostedShard("big", 0);
    const error = await engine
      .create({ ...shard, spec: { ...shard.spec, hnsw: { ...shard.spec.hnsw, m: 257 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineRefusedError);
    expect((error as EngineRefusedError).code).toBe("EENGINE");
  });

  it("maps a spec onto the engine's options", () => {
    const shard = hostedShard("docs", 0);
    expect(
      ruvectorOptions("/d", {
        ...shard.spec,
        metric: "manhattan",
        quantization: { kind: "product", subspaces: 2, k: 256 },
      }),
    ).toEqual({
      dimensions: 4,
      storagePath: "/d/vectors.db",
      distanceMetric: "Manhattan",
      hnswConfig: { m: 16, efConstruction: 64, efSearch: 100, maxElements: 10_000_000 },
      quantization: { type: "product", subspaces: 2, k: 256 },
    });
    // Dot products are searched exactly (the engine's HNSW index breaks on them).
    expect(ruvectorOptions("/d", { ...shard.spec, metric: "dotProduct" })).not.toHaveProperty(
      "hnswConfig",
    );
    expect(
      ruvectorOptions("/d", { ...shard.spec, quantization: { kind: "scalar" } }),
    ).toMatchObject({
      quantization: { type: "scalar" },
    });
    expect(ruvectorOptions("/d", shard.spec)).not.toHaveProperty("quantization");
  });
});
