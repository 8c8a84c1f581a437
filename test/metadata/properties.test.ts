/**
 * Properties of the projector over random event sequences (valid and invalid events mixed):
 * replay from empty == snapshot at every prefix + restore + tail; snapshots are canonical
 * (byte-identical for equal views, stable through decode/encode); the codec round-trips
 * events, queries and responses; the watch ring returns exactly the accepted events.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeSnapshot,
  encodeSnapshot,
  type MetadataEvent,
  MetadataProjector,
  type MetadataResponse,
  type MetadataView,
  metadataCodec,
} from "../../src/metadata/index.js";
import { collectChunks } from "../../src/node/state-machine.js";
import { rechunk } from "../helpers/chunks.js";
import { eventArbitrary, eventsArbitrary, queryArbitrary } from "./arbitraries.js";

const RUNS = 150;
/** The every-prefix property is quadratic in the sequence length: fewer runs. */
const PREFIX_RUNS = 60;

function replay(events: MetadataEvent[], projector = new MetadataProjector(), from = 0) {
  const responses: MetadataResponse[] = [];
  events.forEach((command, position) => {
    if (position >= from) {
      responses.push(projector.apply({ index: position + 1, term: 1, command }));
    }
  });
  return { projector, responses };
}

/** Invariants of the view (view.ts, model.ts). */
function invariantViolations(view: MetadataView): string[] {
  const problems: string[] = [];
  for (const [alias, collection] of view.aliases) {
    if (!view.collections.has(collection)) problems.push(`alias ${alias} -> missing ${collection}`);
  }
  for (const [name, collection] of view.collections) {
    const shards = view.shards.get(name) ?? [];
    if (shards.length !== collection.spec.shardCount) problems.push(`${name}: shard count`);
    for (const shard of shards) {
      const replicas =
        shard.primaryNodeId === 0 ? [] : [shard.primaryNodeId, ...shard.replicaNodeIds];
      if (new Set(replicas).size !== replicas.length) problems.push(`${name}/${shard.shardId} dup`);
      if (shard.primaryNodeId === 0 && shard.replicaNodeIds.length > 0) problems.push("no primary");
      for (const id of replicas) {
        if (!view.nodes.has(id)) problems.push(`${name}/${shard.shardId} on unknown node ${id}`);
      }
      if ((shard.migration !== undefined) !== (shard.status === "migrating")) {
        problems.push(`${name}/${shard.shardId} migration/status mismatch`);
      }
      if (replicas.length > collection.spec.replicationFactor) problems.push("too many replicas");
    }
  }
  if (view.shards.size !== view.collections.size) problems.push("shards without collection");
  for (const name of view.placementPending) {
    if (!view.collections.has(name)) problems.push(`pending placement of missing ${name}`);
  }
  return problems;
}

describe("metadata projector properties", () => {
  it("replay == snapshot at every prefix + restore + tail, and the view keeps its invariants", async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArbitrary,
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }),
        async (events, cuts) => {
          const projector = new MetadataProjector();
          // Streamed snapshots are point-in-time: each is read only after every event applied.
          const streams = [projector.snapshot()];
          const whole = [projector.snapshotBytes()];
          const responses = events.map((command, position) => {
            const response = projector.apply({ index: position + 1, term: 1, command });
            streams.push(projector.snapshot());
            whole.push(projector.snapshotBytes());
            return response;
          });
          const finalSnapshot = projector.snapshotBytes();
          expect(invariantViolations(decodeSnapshot(finalSnapshot))).toEqual([]);
          for (const [prefix, stream] of streams.entries()) {
            const snapshot = await collectChunks(stream);
            expect(snapshot).toEqual(whole[prefix]);
            const restored = new MetadataProjector();
            await restored.restore(rechunk(snapshot, cuts));
            expect(restored.snapshotBytes()).toEqual(snapshot);
            const tail = replay(events, restored, prefix);
            expect(tail.projector.snapshotBytes()).toEqual(finalSnapshot);
            expect(tail.responses).toEqual(responses.slice(prefix));
          }
        },
      ),
      { numRuns: PREFIX_RUNS },
    );
  });

  it("accepts and rejects a healthy mix of events", () => {
    let accepted = 0;
    let rejected = 0;
    const rules = new Set<string>();
    fc.assert(
      fc.property(eventsArbitrary, (events) => {
        for (const response of replay(events).responses) {
          if (response.ok) accepted++;
          else {
            rejected++;
            rules.add(response.rule);
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS);
    expect(rejected).toBeGreaterThan(RUNS);
    expect(rules.size).toBeGreaterThan(20);
  });

  it("two projectors fed the same events (one through the codec) have byte-identical snapshots", () => {
    fc.assert(
      fc.property(eventsArbitrary, fc.integer({ min: 1, max: 8 }), (events, capacity) => {
        const a = replay(events).projector;
        const decoded = events.map((event) =>
          metadataCodec.decodeCommand(metadataCodec.encodeCommand(event)),
        );
        const b = replay(
          decoded,
          new MetadataProjector({ watchCapacityEvents: capacity }),
        ).projector;
        expect(b.snapshotBytes()).toEqual(a.snapshotBytes());
        expect(encodeSnapshot(decodeSnapshot(a.snapshotBytes()))).toEqual(a.snapshotBytes());
      }),
      { numRuns: RUNS },
    );
  });

  it("round-trips events through the codec", () => {
    fc.assert(
      fc.property(eventArbitrary, (event) => {
        const decoded = metadataCodec.decodeCommand(metadataCodec.encodeCommand(event));
        if (event.atMs >= 0) {
          expect(decoded).toEqual(event);
        } else {
          // u64 cannot carry a negative time: it decodes to an unsafe integer, rejected too.
          expect(Number.isSafeInteger(decoded.atMs)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips queries and every response a projector gives", () => {
    fc.assert(
      fc.property(
        eventsArbitrary,
        fc.array(queryArbitrary, { maxLength: 10 }),
        (events, queries) => {
          const { projector, responses } = replay(events);
          for (const query of queries) {
            expect(metadataCodec.decodeQuery(metadataCodec.encodeQuery(query))).toEqual(query);
            responses.push(projector.query(query));
          }
          for (const response of responses) {
            expect(metadataCodec.decodeResponse(metadataCodec.encodeResponse(response))).toEqual(
              response,
            );
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("the watch ring returns the accepted events after any index, or asks for a snapshot", () => {
    fc.assert(
      fc.property(eventsArbitrary, fc.integer({ min: 1, max: 10 }), (events, capacity) => {
        const projector = new MetadataProjector({ watchCapacityEvents: capacity });
        const { responses } = replay(events, projector);
        const accepted = responses.flatMap((response, position) =>
          response.ok ? [{ index: position + 1, event: events[position]! }] : [],
        );
        const floor =
          accepted.length > capacity ? accepted[accepted.length - capacity - 1]!.index : 0;
        for (let index = 0; index <= events.length; index++) {
          const batch = projector.eventsSince(index);
          if (index < floor) {
            expect(batch).toEqual({
              kind: "snapshotNeeded",
              floorIndex: floor,
              appliedIndex: events.length,
            });
          } else {
            expect(batch).toEqual({
              kind: "events",
              events: accepted.filter((applied) => applied.index > index),
              appliedIndex: events.length,
            });
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
