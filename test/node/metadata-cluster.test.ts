/**
 * Every replica of a cluster ends with the same metadata view: random event sequences (valid
 * and invalid) proposed to a 3-node cluster; each node's projector snapshot is byte-identical,
 * and identical to a projector that replayed the same events alone. A rejected event resolves
 * its proposer's propose() with the rule, identically.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MetadataProjector, type MetadataResponse } from "../../src/metadata/index.js";
import { FAST_TIMING, METADATA, memoryCluster } from "../helpers/cluster.js";
import { eventsArbitrary } from "../metadata/arbitraries.js";

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 500 && !condition(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("metadata on every node of a cluster", () => {
  it("is byte-identical on all replicas and equal to a lone replay (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(eventsArbitrary, async (events) => {
        const cluster = memoryCluster({
          size: 3,
          application: METADATA,
          options: { ...FAST_TIMING, snapshotThresholdEntries: 25, snapshotTrailingEntries: 3 },
        });
        try {
          const nodes = await cluster.start();
          const projectors = cluster.machines;
          const leader = await cluster.leader();
          const alone = new MetadataProjector();
          const responses: MetadataResponse[] = [];
          for (const event of events) responses.push(await leader.propose(event));
          // The same events applied alone give the same accept/reject answers and the same view.
          const lastIndex = leader.status().appliedIndex;
          events.forEach((event, position) => {
            const viaCluster = responses[position] as MetadataResponse;
            const answer = alone.apply({ index: position + 1, term: 1, command: event });
            expect(answer.ok).toBe(viaCluster.ok);
            if (!answer.ok && !viaCluster.ok) expect(viaCluster.rule).toBe(answer.rule);
          });
          await waitFor(() => nodes.every((node) => node.status().appliedIndex >= lastIndex));
          const snapshots = projectors.map((projector) => Buffer.from(projector.snapshotBytes()));
          // Applied indexes differ from the lone replay (no-ops, membership entries), so compare views.
          const views = projectors.map(
            (projector) =>
              JSON.stringify(projector.query({ type: "listCollections" })) +
              JSON.stringify(projector.query({ type: "listNodes" })) +
              JSON.stringify(projector.query({ type: "listAliases" })),
          );
          expect(snapshots[1]?.equals(snapshots[0] as Buffer)).toBe(true);
          expect(snapshots[2]?.equals(snapshots[0] as Buffer)).toBe(true);
          const aloneView =
            JSON.stringify(alone.query({ type: "listCollections" })).replace(/"index":\d+/, "") +
            JSON.stringify(alone.query({ type: "listNodes" })).replace(/"index":\d+/, "") +
            JSON.stringify(alone.query({ type: "listAliases" })).replace(/"index":\d+/, "");
          expect((views[0] as string).replace(/"index":\d+/g, "")).toBe(
            aloneView.replace(/"index":\d+/g, ""),
          );
        } finally {
          for (const node of cluster.nodes) await node.stop();
        }
      }),
      { numRuns: 8 },
    );
  });
});
