/**
 * VectorService on one node, without a network: a collection this node has not applied yet
 * (created and acknowledged on the leader) is found after the node catches up, not answered
 * ENOTFOUND.
 */
import { describe, expect, it } from "vitest";
import {
  createMemoryEngine,
  type PeerRequester,
  VECTOR_HOP,
  VectorService,
} from "../../src/engine/index.js";
import { encodeFloat32 } from "../../src/util/float32.js";
import { create, Harness, register } from "../metadata/fixtures.js";
import { hostedShard } from "./helpers.js";

const noPeers: PeerRequester = {
  request: () => Promise.reject(new Error("a one-node test sends nothing to peers")),
  close: () => {},
};

const record = (id: string) => ({ id, values: encodeFloat32(Float32Array.of(1, 2, 3, 4)) });

async function oneNode(withCatchUp: boolean) {
  const harness = new Harness().setup(register(1));
  const engine = createMemoryEngine();
  await engine.open();
  let catchUps = 0;
  // What catching up brings: the create the leader acknowledged, and the stores for it.
  const catchUp = async () => {
    catchUps++;
    if (catchUps > 1) return;
    harness.setup(create("docs", { dimensions: 4, shardCount: 2, replicationFactor: 1 }));
    await engine.create(hostedShard("docs", 0));
    await engine.create(hostedShard("docs", 1));
  };
  const service = new VectorService({
    nodeId: 1,
    engine,
    projector: harness.projector,
    peers: noPeers,
    ...(withCatchUp ? { catchUp } : {}),
  });
  return { service, catchUps: () => catchUps };
}

describe("VectorService", () => {
  it("looks a collection it does not know up again after catching up", async () => {
    const { service, catchUps } = await oneNode(true);
    const written = await service.handle({
      vectorUpsert: { collection: "docs", records: [record("a"), record("b")] },
    });
    expect(written.ok).toBeDefined();
    expect(catchUps()).toBe(1);
    const read = await service.handle({
      vectorGet: { collection: "docs", id: "b", hop: VECTOR_HOP.client },
    });
    expect(read.vectorHits?.hits?.map((hit) => hit.id)).toEqual(["b"]);
    // A known collection needs no barrier.
    expect(catchUps()).toBe(1);
    // A name unknown after catching up is ENOTFOUND.
    await expect(
      service.handle({ vectorGet: { collection: "nope", id: "b" } }),
    ).rejects.toMatchObject({ code: "ENOTFOUND", message: expect.stringContaining('"nope"') });
    expect(catchUps()).toBe(2);
  });

  it("without a catch-up port answers from its own view", async () => {
    const { service } = await oneNode(false);
    await expect(
      service.handle({ vectorUpsert: { collection: "docs", records: [record("a")] } }),
    ).rejects.toMatchObject({ code: "ENOTFOUND" });
  });
});
