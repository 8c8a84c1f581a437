/**
 * A client's proposal: raft.proto Propose, and node.proto Command (the data of a log entry
 * that carries one, node-entry.ts), which has the same fields. One writer and one reader serve
 * both.
 */
import {
  bytesFieldLength,
  varintFieldLength,
  type WireReader,
  writeBytesField,
  writeVarintField,
} from "./wire.js";

/** Field numbers of raft.proto Propose and node.proto Command. */
export const PROPOSE_FIELD = {
  clientId: 1,
  sequence: 2,
  command: 3,
  firstUnansweredSequence: 4,
} as const;

/** The fields of a Propose (raft.proto), and of node.proto's Command (the same fields). */
export interface ProposeFields {
  readonly clientId: number;
  readonly sequence: number;
  readonly command: Uint8Array;
  readonly firstUnansweredSequence: number;
}

/** Bytes of a Propose (or Command) message body. */
export function proposeLength(propose: ProposeFields): number {
  return (
    varintFieldLength(PROPOSE_FIELD.clientId, propose.clientId) +
    varintFieldLength(PROPOSE_FIELD.sequence, propose.sequence) +
    bytesFieldLength(PROPOSE_FIELD.command, propose.command) +
    varintFieldLength(PROPOSE_FIELD.firstUnansweredSequence, propose.firstUnansweredSequence)
  );
}

/** Writes a Propose (or Command) message body at `offset`; returns the end offset. */
export function writePropose(target: Uint8Array, offset: number, propose: ProposeFields): number {
  let at = writeVarintField(target, offset, PROPOSE_FIELD.clientId, propose.clientId);
  at = writeVarintField(target, at, PROPOSE_FIELD.sequence, propose.sequence);
  at = writeBytesField(target, at, PROPOSE_FIELD.command, propose.command);
  return writeVarintField(
    target,
    at,
    PROPOSE_FIELD.firstUnansweredSequence,
    propose.firstUnansweredSequence,
  );
}

const EMPTY: Uint8Array = new Uint8Array(0);

/**
 * The fields of a Propose or Command body (`command` a view of the bytes). Throws
 * WireFormatError.
 */
export function readPropose(body: WireReader): ProposeFields {
  const propose = { clientId: 0, sequence: 0, command: EMPTY, firstUnansweredSequence: 0 };
  // Bounded: every pass consumes at least the key's byte.
  while (!body.done) {
    const key = body.varint();
    switch (Math.floor(key / 8)) {
      case PROPOSE_FIELD.clientId:
        propose.clientId = body.varintOf(key);
        break;
      case PROPOSE_FIELD.sequence:
        propose.sequence = body.varintOf(key);
        break;
      case PROPOSE_FIELD.command:
        propose.command = body.bytesOf(key);
        break;
      case PROPOSE_FIELD.firstUnansweredSequence:
        propose.firstUnansweredSequence = body.varintOf(key);
        break;
      default:
        body.skip(key % 8);
    }
  }
  return propose;
}
