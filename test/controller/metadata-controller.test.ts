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
  type NodeInfo,
} from "../../src/metadata/index.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { FAST_TIMING, METADATA, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";

const controllers: MetadataController[] = [];
// Before the cluster stops the nodes (test/helpers/cluster.ts).
afterEach(() => {
  for (const controller of controllers.splice(0).reverse()) controller.stop();
});

/** A metadata controller (not started) on `node` over `projector`, stopped after the test. */
function member(
  node: RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>,
  projector: MetadataProjector,
) {
  // An interval no test waits for: only the triggers (leadership, membership) run passes.
  const controller = new MetadataController(node, projector, { checkIntervalMs: 3_600_000 });
  controllers.push(controller);
  return { node, projector, controller };
}

function nodesOf(projector: MetadataProjector): NodeInfo[] {
  const response = projector.query({ type: "listNodes" });
  return response.ok && response.result?.type === "nodes" ? response.result.nodes : [];
}

describe("the metadata controller", () => {
  it("registers every member at once when a leader is elected, then follows a promotion", async () => {
    const cluster = memoryCluster({ size: 3, application: METADATA, options: FAST_TIMING });
    const members = [1, 2, 3].map((id) => member(cluster.make(id), cluster.machine(id)));
    await cluster.start();
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

    const learnerProjector = new MetadataProjector();
    const learner = member(
      cluster.join(4, { machine: learnerProjector, seeded: false }),
      learnerProjector,
    );
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

  it("registers the members when started on a node that already leads", async () => {
    const cluster = memoryCluster({ size: 3, application: METADATA, options: FAST_TIMING });
    const members = [1, 2, 3].map((id) => member(cluster.make(id), cluster.machine(id)));
    await cluster.start();
    await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
    // The election's roleChange came before any controller listened; the interval is an hour.
    for (const m of members) m.controller.start();
    await waitFor(
      () => members.every((m) => nodesOf(m.projector).length === 3),
      "three registered nodes on every member",
    );
  });
});
