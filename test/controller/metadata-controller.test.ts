/**
 * The metadata controller registers every member as soon as a leader exists (one pass, one
 * batch), follows a promotion with the node's role, and marks nothing suspect at an election.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MetadataController } from "../../src/controller/metadata-controller.js";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
  type NodeInfo,
} from "../../src/metadata/index.js";
import type { RaftNodeOptions } from "../../src/node/config.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { waitFor } from "../helpers/wait.js";
import { MemoryNetwork } from "../node/memory-network.js";
import { temporaryDirectory } from "../storage/helpers.js";

type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;
const TIMING = { electionTimeoutMinMs: 40, electionTimeoutMaxMs: 80, heartbeatIntervalMs: 10 };
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

function member(network: MemoryNetwork, options: RaftNodeOptions) {
  const projector = new MetadataProjector();
  const node: MetadataNode = new RaftNode({ ...TIMING, ...options }, projector, metadataCodec, {
    transport: network.transportFor(options.nodeId),
  });
  // An interval no test waits for: only the triggers (leadership, membership) run passes.
  const controller = new MetadataController(node, projector, { checkIntervalMs: 3_600_000 });
  stops.push(async () => {
    controller.stop();
    await node.stop();
  });
  return { node, projector, controller };
}

function nodesOf(projector: MetadataProjector): NodeInfo[] {
  const response = projector.query({ type: "listNodes" });
  return response.ok && response.result?.type === "nodes" ? response.result.nodes : [];
}

describe("the metadata controller", () => {
  it("registers every member at once when a leader is elected, then follows a promotion", async () => {
    const network = new MemoryNetwork();
    const peers = [1, 2, 3].map((id) => ({ id, address: `127.0.0.1:${id}` }));
    const members = peers.map((peer) =>
      member(network, {
        nodeId: peer.id,
        peers,
        dataDirectory: temporaryDirectory(),
        randomSeed: peer.id,
      }),
    );
    await Promise.all(members.map((m) => m.node.start()));
    for (const m of members) m.controller.start();
    await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
    const leader = members.find((m) => m.node.isLeader()) as (typeof members)[number];
    await waitFor(() => nodesOf(leader.projector).length === 3, "three registered nodes");
    // One batch: the three registrations are consecutive accepted events.
    const watch = leader.projector.eventsSince(0);
    if (watch.kind !== "events") throw new Error("events compacted");
    const registrations = watch.events.filter((e) => e.event.type === "registerNode");
    expect(registrations.map((e) => e.index)).toEqual([
      registrations[0]?.index,
      (registrations[0]?.index ?? 0) + 1,
      (registrations[0]?.index ?? 0) + 2,
    ]);
    // No member was marked suspect at the election.
    expect(watch.events.filter((e) => e.event.type === "updateNodeStatus")).toEqual([]);
    expect(nodesOf(leader.projector).map((n) => [n.id, n.role, n.status])).toEqual([
      [1, "voter", "online"],
      [2, "voter", "online"],
      [3, "voter", "online"],
    ]);

    const learner = member(network, {
      nodeId: 4,
      peers: [],
      bootstrap: false,
      dataDirectory: temporaryDirectory(),
    });
    await learner.node.start();
    await leader.node.addLearner(4, "127.0.0.1:4");
    await waitFor(
      () => nodesOf(leader.projector).some((n) => n.id === 4 && n.role === "learner"),
      "node 4 registered as a learner",
    );
    await waitFor(
      () => learner.node.status().appliedIndex >= leader.node.status().commitIndex,
      "the learner caught up",
    );
    await leader.node.promote(4);
    await waitFor(
      () => nodesOf(leader.projector).some((n) => n.id === 4 && n.role === "voter"),
      "node 4's role follows the promotion",
    );
  });
});
