/** Specs the engine cannot build are refused at propose time and never reach the log. */
import { afterEach, describe, expect, it } from "vitest";
import { engineAdmission } from "../../src/engine/index.js";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
} from "../../src/metadata/index.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { create, register } from "../metadata/fixtures.js";
import { MemoryNetwork } from "../node/memory-network.js";
import { temporaryDirectory } from "../storage/helpers.js";

type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;
const nodes: MetadataNode[] = [];
afterEach(async () => {
  for (const node of nodes.splice(0)) await node.stop();
});

describe("engine admission", () => {
  it("answers a collection with hnsw m above 256 with engine.hnsw.m.range and logs nothing", async () => {
    const projector = new MetadataProjector();
    const node: MetadataNode = new RaftNode(
      {
        nodeId: 1,
        peers: [{ id: 1, address: "127.0.0.1:1" }],
        dataDirectory: temporaryDirectory(),
        electionTimeoutMinMs: 40,
        electionTimeoutMaxMs: 80,
        heartbeatIntervalMs: 10,
      },
      projector,
      metadataCodec,
      { transport: new MemoryNetwork().transportFor(1), admit: engineAdmission },
    );
    nodes.push(node);
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
