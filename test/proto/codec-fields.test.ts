/**
 * The field-number tables of the hand-written codecs (src/proto/codec) are the .proto files'
 * numbers: each table is compared, name for name, with the message it mirrors, as protobufjs
 * parses it from the .proto source.
 */
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import {
  CLIENT_REQUEST_FIELD,
  CLIENT_RESPONSE_FIELD,
  OK_FIELD,
} from "../../src/proto/codec/client-messages.js";
import { ENTRY_FIELD } from "../../src/proto/codec/entry.js";
import { ENVELOPE_FIELD } from "../../src/proto/codec/envelope.js";
import { KV_PAIR_FIELD, KV_SNAPSHOT_FIELD } from "../../src/proto/codec/kv-snapshot.js";
import { NODE_ENTRY_FIELD } from "../../src/proto/codec/node-entry.js";
import { PROPOSE_FIELD } from "../../src/proto/codec/propose.js";
import { RAFT_MESSAGE_FIELD } from "../../src/proto/codec/raft-message.js";

const roots = {
  wal: protobuf.loadSync("src/proto/wal.proto"),
  raft: protobuf.loadSync("src/proto/raft.proto"),
  node: protobuf.loadSync("src/proto/node.proto"),
};

/** Field name (as the generated code spells it) -> number of `type` in `file`. */
function fieldsOf(file: keyof typeof roots, type: string): Record<string, number> {
  const message = roots[file].lookupType(type);
  return Object.fromEntries(Object.values(message.fields).map((field) => [field.name, field.id]));
}

describe("codec field tables", () => {
  it.each([
    ["wal", "ruvraft.wal.LogEntry", ENTRY_FIELD],
    ["raft", "ruvraft.wire.Entry", ENTRY_FIELD],
    ["raft", "ruvraft.wire.RaftMessage", RAFT_MESSAGE_FIELD],
    ["raft", "ruvraft.wire.Envelope", ENVELOPE_FIELD],
    ["raft", "ruvraft.wire.ClientRequest", CLIENT_REQUEST_FIELD],
    ["raft", "ruvraft.wire.ClientResponse", CLIENT_RESPONSE_FIELD],
    ["raft", "ruvraft.wire.Ok", OK_FIELD],
    ["raft", "ruvraft.wire.Propose", PROPOSE_FIELD],
    ["node", "ruvraft.node.Command", PROPOSE_FIELD],
    ["node", "ruvraft.node.NodeEntry", NODE_ENTRY_FIELD],
    ["node", "ruvraft.node.KvSnapshot", KV_SNAPSHOT_FIELD],
    ["node", "ruvraft.node.KvPair", KV_PAIR_FIELD],
  ] as const)("%s.proto %s", (file, type, table) => {
    expect({ ...table }).toEqual(fieldsOf(file, type));
  });
});
