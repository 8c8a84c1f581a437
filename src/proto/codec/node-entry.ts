/**
 * The data of a NORMAL log entry carrying a client command (node.proto NodeEntry{command}),
 * written by hand once per proposal: node.proto's Command has the fields of raft.proto's
 * Propose, so propose.ts serves both. Byte-identical to the generated encoder, and read back by
 * hand on every replica's apply (the generated NodeEntry sets its oneof through a setter that
 * deletes fields on every decode); test/transport/hot-codec.test.ts checks both against the
 * generated code.
 */
import { assert } from "../../util/assert.js";
import { type ProposeFields, proposeLength, readPropose, writePropose } from "./propose.js";
import { delimitedFieldLength, WIRE_BYTES, WireReader, writeDelimitedHeader } from "./wire.js";

/** Field numbers of node.proto NodeEntry (its oneof `kind`). */
export const NODE_ENTRY_FIELD = { command: 1, memberAddress: 2 } as const;

export function encodeCommandEntry(command: ProposeFields): Uint8Array {
  const commandLength = proposeLength(command);
  // allocUnsafe: small entries come from Node's buffer pool; every byte is written below.
  const data = Buffer.allocUnsafe(delimitedFieldLength(NODE_ENTRY_FIELD.command, commandLength));
  const end = writePropose(
    data,
    writeDelimitedHeader(data, 0, NODE_ENTRY_FIELD.command, commandLength),
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
  if (reader.done || reader.varint() !== ((NODE_ENTRY_FIELD.command << 3) | WIRE_BYTES)) {
    return undefined;
  }
  const body = reader.message();
  return reader.done ? readPropose(body) : undefined;
}
