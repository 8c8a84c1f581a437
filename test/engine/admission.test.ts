/** Specs the engine cannot build are refused at propose time and never reach the log. */
import { describe, expect, it } from "vitest";
import { engineAdmission } from "../../src/engine/index.js";
import { metadataCodec } from "../../src/metadata/index.js";
import { FAST_TIMING, METADATA, memoryCluster } from "../helpers/cluster.js";
import { create, register } from "../metadata/fixtures.js";

describe("engine admission", () => {
  it("answers a collection with hnsw m above 256 with engine.hnsw.m.range and logs nothing", async () => {
    const node = memoryCluster({
      size: 1,
      application: METADATA,
      options: FAST_TIMING,
      seeded: false,
      extras: () => ({ admit: engineAdmission }),
    }).make(1);
    await node.start();
    await node.waitForLeader();
    expect((await node.propose(register(1))).ok).toBe(true);
    const lastIndex = node.status().lastIndex;
    const big = create("big", {
      shardCount: 1,
      replicationFactor: 1,
      hnsw: { m: 300, efConstruction: 400, efSearch: 0, maxElements: 0 },
    });
    expect(await node.propose(big)).toMatchObject({ ok: false, rule: "engine.hnsw.m.range" });
    // The client protocol's path (encoded, answered by callback) refuses the same way.
    const answer = await new Promise<Uint8Array | undefined>((resolve, reject) =>
      node.proposeEncodedWith(7, 1, metadataCodec.encodeCommand(big), 0, (error, response) =>
        error === undefined ? resolve(response) : reject(error),
      ),
    );
    expect(metadataCodec.decodeResponse(answer as Uint8Array)).toMatchObject({
      ok: false,
      rule: "engine.hnsw.m.range",
    });
    expect(node.status().lastIndex).toBe(lastIndex);
    const edge = create("edge", {
      shardCount: 1,
      replicationFactor: 1,
      hnsw: { m: 256, efConstruction: 400, efSearch: 0, maxElements: 0 },
    });
    expect((await node.propose(edge)).ok).toBe(true);
    expect(engineAdmission(create("defaults"))).toBeUndefined();
  });
});
