import { describe, expect, it } from "vitest";
import {
  decodeSnapshot,
  type MetadataEvent,
  MetadataProjector,
  metadataCodec,
} from "../../src/metadata/index.js";

function register(nodeId: number): MetadataEvent {
  return {
    type: "registerNode",
    atMs: 1000 + nodeId,
    nodeId,
    address: `10.0.0.${nodeId}:7000`,
    capacityBytes: 0,
    labels: {},
    role: "voter",
  };
}

/** A query and its answer as they cross the wire (codec both ways). */
function ask(projector: MetadataProjector, fromIndex: number, eventsMax = 0) {
  const query = metadataCodec.decodeQuery(
    metadataCodec.encodeQuery({ type: "watch", fromIndex, eventsMax }),
  );
  return metadataCodec.decodeResponse(metadataCodec.encodeResponse(projector.query(query)));
}

describe("the watch query", () => {
  it("returns the accepted events after an index, resumable, limited by eventsMax", () => {
    const projector = new MetadataProjector({ watchCapacityEvents: 8 });
    for (let nodeId = 1; nodeId <= 5; nodeId++)
      projector.apply({ index: nodeId, term: 1, command: register(nodeId) });
    projector.apply({ index: 6, term: 1, command: register(1) }); // rejected: not in the stream
    const all = ask(projector, 2);
    expect(all).toMatchObject({ ok: true, index: 6 });
    const events = all.ok && all.result?.type === "events" ? all.result.events : [];
    expect(events.map((e) => e.index)).toEqual([3, 4, 5]);
    expect(events[0]?.event).toEqual(register(3));
    const limited = ask(projector, 0, 2);
    expect(limited).toMatchObject({ ok: true, index: 2 });
    expect(
      limited.ok && limited.result?.type === "events"
        ? limited.result.events.map((e) => e.index)
        : [],
    ).toEqual([1, 2]);
  });

  it("answers with the whole view when the events left the ring", () => {
    const projector = new MetadataProjector({ watchCapacityEvents: 2 });
    for (let nodeId = 1; nodeId <= 5; nodeId++)
      projector.apply({ index: nodeId, term: 1, command: register(nodeId) });
    const answer = ask(projector, 1);
    expect(answer).toMatchObject({ ok: true, index: 5 });
    const result = answer.ok ? answer.result : undefined;
    expect(result?.type === "events" ? result.snapshot : undefined).toBeDefined();
    const view = decodeSnapshot(
      result?.type === "events" ? (result.snapshot as Uint8Array) : new Uint8Array(),
    );
    expect([...view.nodes.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(ask(projector, 5)).toMatchObject({
      ok: true,
      index: 5,
      result: { type: "events", events: [] },
    });
  });
});
