/** ruvraft-dump --decode (tools/dump/decode.ts): every kind of entry data shown as what it is. */
import { describe, expect, it } from "vitest";
import { metadataCodec } from "../../src/metadata/index.js";
import { encodeKvCommand } from "../../src/node/kv-codec.js";
import { encodeCommandEntry } from "../../src/proto/codec/node-entry.js";
import { node as nodeProto } from "../../src/proto/node-index.js";
import { encodeConfChange } from "../../src/raft/confchange/codec.js";
import { ConfChanges } from "../../src/raft/confchange/types.js";
import { EntryType } from "../../src/types/index.js";
import { decodeEntryData, recordFilter } from "../../tools/dump/decode.js";
import { create } from "../metadata/fixtures.js";

const command = (bytes: Uint8Array, clientId = 7, sequence = 3) =>
  encodeCommandEntry({ clientId, sequence, command: bytes, firstUnansweredSequence: 0 });

describe("dump --decode", () => {
  it("shows a metadata event in one line, with its session", () => {
    const event = metadataCodec.encodeCommand(
      create("docs", { dimensions: 768, shardCount: 6, replicationFactor: 2 }),
    );
    const decoded = decodeEntryData(EntryType.NORMAL, command(event), "auto");
    expect(decoded?.text).toBe(
      "client=7 seq=3 createCollection docs dims=768 metric=cosine shards=6 rf=2",
    );
    expect(decoded?.value).toMatchObject({
      clientId: 7,
      sequence: 3,
      event: { type: "createCollection" },
    });
    const drain = metadataCodec.encodeCommand({
      type: "drainNode",
      atMs: 1,
      nodeId: 4,
      draining: true,
    });
    expect(decodeEntryData(EntryType.NORMAL, command(drain), "metadata")?.text).toBe(
      "client=7 seq=3 drainNode nodeId=4 draining=true",
    );
  });

  it("shows key-value operations (auto falls back to kv; metadata mode does not)", () => {
    const put = command(encodeKvCommand({ op: "put", key: "color", value: "blue" }));
    expect(decodeEntryData(EntryType.NORMAL, put, "auto")?.text).toBe(
      'client=7 seq=3 put "color" = "blue"',
    );
    const cas = command(encodeKvCommand({ op: "cas", key: "k", expected: null, value: "v" }));
    expect(decodeEntryData(EntryType.NORMAL, cas, "kv")?.text).toBe(
      'client=7 seq=3 cas "k" null -> "v"',
    );
    expect(decodeEntryData(EntryType.NORMAL, put, "metadata")?.text).toBe(
      "client=7 seq=3 12 bytes (not a metadata command)",
    );
  });

  it("shows conf changes and member addresses; none keeps the raw view", () => {
    const learner = encodeConfChange(ConfChanges.addLearner(4));
    expect(decodeEntryData(EntryType.CONF_CHANGE, learner, "auto")?.text).toBe(
      "conf change: add learner 4",
    );
    const voter = encodeConfChange(ConfChanges.addVoter(5, 12345));
    expect(decodeEntryData(EntryType.CONF_CHANGE, voter, "auto")?.text).toBe(
      "conf change: add voter 5 (disk 12345)",
    );
    const member = nodeProto.NodeEntry.encode({
      memberAddress: { nodeId: 4, address: "10.0.0.4:7401" },
    }).finish();
    expect(decodeEntryData(EntryType.NORMAL, member, "auto")?.text).toBe(
      "member 4 @ 10.0.0.4:7401",
    );
    expect(decodeEntryData(EntryType.CONF_CHANGE, learner, "none")).toBeUndefined();
    // Text that is no NodeEntry stays raw (undefined: the caller quotes or hexes it).
    expect(decodeEntryData(EntryType.NORMAL, Buffer.from("hello"), "auto")).toBeUndefined();
  });

  it("filters records by event type, collection and node", () => {
    const record = (event: object) => ({ decoded: { clientId: 1, sequence: 1, event } });
    const created = record({ type: "createCollection", spec: { name: "docs" } });
    const removed = record({ type: "removeNode", nodeId: 3 });
    const migrated = record({
      type: "startMigration",
      collection: "docs",
      sourceNodeId: 1,
      targetNodeId: 4,
    });
    const confChange = { decoded: { confChange: { changes: [{ nodeId: 4 }] } } };
    const raw = { decoded: undefined };
    expect(recordFilter({})).toBeUndefined();
    const byType = recordFilter({ types: ["create_collection", "removeNode"] })!;
    expect([created, removed, migrated, raw].map(byType)).toEqual([true, true, false, false]);
    const byCollection = recordFilter({ collection: "docs" })!;
    expect([created, removed, migrated].map(byCollection)).toEqual([true, false, true]);
    const byNode = recordFilter({ nodeId: 4 })!;
    expect([created, removed, migrated, confChange].map(byNode)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    const both = recordFilter({ types: ["start_migration"], nodeId: 1 })!;
    expect([migrated, removed].map(both)).toEqual([true, false]);
  });
});
