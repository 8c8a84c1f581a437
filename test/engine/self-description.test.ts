/**
 * A node records its configured data address, capacity and labels in the metadata itself:
 * what differs is proposed once its registration is applied; a failed proposal is retried; a
 * rejected one is not repeated until something changes; unconfigured fields are left alone.
 */
import { describe, expect, it } from "vitest";
import { describeEvents, SelfDescriber } from "../../src/engine/index.js";
import type { MetadataEvent, MetadataResponse, NodeInfo } from "../../src/metadata/index.js";
import { waitFor } from "../helpers/wait.js";
import { AT_MS, Harness, register } from "../metadata/fixtures.js";
import { ManualClock } from "./helpers.js";
import { startEngineCluster } from "./tcp-engine-cluster.js";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function nodeOf(h: Harness, id: number): NodeInfo {
  const response = h.projector.query({ type: "listNodes" });
  if (!response.ok || response.result?.type !== "nodes") throw new Error("no nodes");
  return response.result.nodes.find((node) => node.id === id) as NodeInfo;
}

describe("a node's self-description", () => {
  it("proposes only what differs, and nothing before the node is registered", () => {
    const registered = { ...nodeOf(new Harness().setup(register(1)), 1) };
    expect(describeEvents({ capacityBytes: 5 }, undefined, AT_MS)).toEqual([]);
    expect(describeEvents({}, registered, AT_MS)).toEqual([]);
    expect(
      describeEvents(
        { dataAddress: registered.address, capacityBytes: 7, labels: { zone: "z1" } },
        registered,
        AT_MS,
      ),
    ).toEqual([{ type: "updateNodeCapacity", atMs: AT_MS, nodeId: 1, capacityBytes: 7 }]);
    expect(
      describeEvents({ dataAddress: "d:1", labels: { zone: "z1", rack: "r" } }, registered, 1).map(
        (event) => event.type,
      ),
    ).toEqual(["updateNodeAddress", "updateNodeLabels"]);
  });

  it("applies its description through propose, retries failures and repeats a rejection only a minute later", async () => {
    const h = new Harness().setup(register(1), register(2));
    const clock = new ManualClock();
    const proposed: MetadataEvent[] = [];
    let failNext = 1;
    const describer = new SelfDescriber({
      nodeId: 1,
      description: { dataAddress: "10.0.0.2:7000", capacityBytes: 123, labels: { zone: "q" } },
      projector: h.projector,
      clock,
      wallClockMs: () => AT_MS,
      propose: async (event): Promise<MetadataResponse> => {
        if (failNext-- > 0) throw new Error("no leader");
        proposed.push(event);
        return h.apply(event);
      },
    });
    describer.notify();
    await settle();
    expect(proposed).toEqual([]);
    expect(clock.timers()).toBe(1);
    clock.advance(1000);
    await settle();
    // The address is node 2's: rejected, and the pass stops there.
    expect(proposed.map((event) => event.type)).toEqual(["updateNodeAddress"]);
    describer.notify();
    await settle();
    expect(proposed).toHaveLength(1);
    // Node 2 moves away: a minute after the rejection the same events go through.
    h.setup({ type: "updateNodeAddress", atMs: AT_MS, nodeId: 2, address: "10.0.0.9:7000" });
    describer.notify();
    await settle();
    expect(proposed).toHaveLength(1);
    clock.advance(60_000);
    await settle();
    expect(nodeOf(h, 1)).toMatchObject({
      address: "10.0.0.2:7000",
      capacityBytes: 123,
      labels: { zone: "q" },
    });
    // An operator's change to a configured field is undone; nothing else is proposed.
    h.setup({ type: "updateNodeLabels", atMs: AT_MS, nodeId: 1, labels: {} });
    const before = proposed.length;
    describer.notify();
    await settle();
    expect(proposed.slice(before).map((event) => event.type)).toEqual(["updateNodeLabels"]);
    describer.stop();
  });

  it("three nodes over TCP each end with their configured description on every replica", async () => {
    // The data address names the same port by another host name, so the data path still works.
    const { members } = await startEngineCluster(3, {
      describe: (id, address) => ({
        dataAddress: address.replace("127.0.0.1", "localhost"),
        capacityBytes: id * 2 ** 30,
        labels: { zone: `zone-${id}` },
      }),
    });
    const described = (member: (typeof members)[number]) => {
      const response = member.projector.query({ type: "listNodes" });
      const nodes = response.ok && response.result?.type === "nodes" ? response.result.nodes : [];
      return nodes.map((node) => [
        node.id,
        node.address.split(":")[0],
        node.capacityBytes,
        node.labels,
      ]);
    };
    const expected = [1, 2, 3].map((id) => [id, "localhost", id * 2 ** 30, { zone: `zone-${id}` }]);
    await waitFor(
      () =>
        members.every((member) => JSON.stringify(described(member)) === JSON.stringify(expected)),
      "every node described on every replica",
    );
  });
});
