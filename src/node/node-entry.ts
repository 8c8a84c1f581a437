/**
 * The data of a NORMAL log entry carrying a client command (node.proto NodeEntry{command}),
 * written by hand once per proposal: node.proto's Command has the fields of raft.proto's
 * Propose (1 client_id, 2 sequence, 3 command, 4 first_unanswered_sequence), so the same
 * writer serves both. Byte-identical to the generated encoder, and read back by hand on every
 * replica's apply (the generated NodeEntry sets its oneof through a setter that deletes
 * fields on every decode); test/transport/hot-codec.test.ts checks both against the
 * generated code.
 */
import { proposeLength, writePropose } from "../transport/hot-codec.js";
import { readProposeFields } from "../transport/hot-decode.js";
import type { ProposeFields } from "../transport/index.js";
import { assert } from "../util/assert.js";
import {
  delimitedFieldLength,
  WIRE_BYTES,
  WireReader,
  writeDelimitedHeader,
} from "../util/proto-wire.js";

/** NodeEntry field 1: the command. */
const NODE_ENTRY_COMMAND = 1;

export function encodeCommandEntry(command: ProposeFields): Uint8Array {
  const commandLength = proposeLength(command);
  // allocUnsafe: small entries come from Node's buffer pool; every byte is written below.
  const data = Buffer.allocUnsafe(delimitedFieldLength(NODE_ENTRY_COMMAND, commandLength));
  const end = writePropose(
    data,
    writeDelimitedHeader(data, 0, NODE_ENTRY_COMMAND, commandLength),
    command,
  );
  assert(end === data.length, "a command entry fills its buffer");
  return data;
}

/**
 * The command of `data` when it is a NodeEntry{command} (its only field); undefined for
 * anything else (a member address), which the generated decoder reads. Throws WireFormatError
 * for bytes that are not protobuf.
 */
export function decodeCommandEntry(data: Uint8Array): ProposeFields | undefined {
  const reader = new WireReader(data);
  if (reader.done || reader.varint() !== ((NODE_ENTRY_COMMAND << 3) | WIRE_BYTES)) {
    return undefined;
  }
  const body = reader.message();
  return reader.done ? readProposeFields(body) : undefined;
}
