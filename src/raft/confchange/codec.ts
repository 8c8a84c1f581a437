/**
 * Binary encoding of a ConfChange inside a CONF_CHANGE entry's data (the core may not import
 * protobuf). All integers are unsigned LEB128 varints of safe integers.
 *
 *   byte 0        format version (1 or 2)
 *   byte 1        transition (ConfChangeTransition)
 *   varint        change count (at most MAX_CHANGES)
 *   per change:   byte type (ConfChangeType), varint nodeId (> 0),
 *                 and in version 2 only: varint incarnation
 *
 * Version 2 adds the incarnation of the disk behind an added seat (src/types/conf-state.ts
 * MemberIncarnation). The encoder writes version 1 when every incarnation is 0, so changes
 * without incarnations keep the bytes older releases wrote; a version 1 change decodes with
 * incarnation 0 (a disk older than incarnations).
 */
import { InvalidArgumentError } from "../../util/errors.js";
import { type ConfChange, type ConfChangeSingle, ConfChangeTransition } from "./types.js";

export const CONF_CHANGE_FORMAT_VERSION = 2;
/** The format without incarnations, still written when every incarnation is 0. */
const CONF_CHANGE_FORMAT_VERSION_NO_INCARNATIONS = 1;
/** A bound so that a corrupt count cannot make the decoder loop or allocate without limit. */
export const MAX_CHANGES = 1024;

export function encodeConfChange(change: ConfChange): Uint8Array {
  if (change.changes.length > MAX_CHANGES) {
    throw new InvalidArgumentError(`conf change has more than ${MAX_CHANGES} changes`);
  }
  const withIncarnations = change.changes.some((single) => single.incarnation !== 0);
  const version = withIncarnations
    ? CONF_CHANGE_FORMAT_VERSION
    : CONF_CHANGE_FORMAT_VERSION_NO_INCARNATIONS;
  const bytes: number[] = [version, change.transition];
  writeVarint(bytes, change.changes.length);
  for (const single of change.changes) {
    if (!Number.isSafeInteger(single.nodeId) || single.nodeId <= 0) {
      throw new InvalidArgumentError(`conf change node id must be positive, got ${single.nodeId}`);
    }
    if (!Number.isSafeInteger(single.incarnation) || single.incarnation < 0) {
      throw new InvalidArgumentError(
        `conf change incarnation of node ${single.nodeId} must be a non-negative safe integer, got ${single.incarnation}`,
      );
    }
    bytes.push(single.type);
    writeVarint(bytes, single.nodeId);
    if (withIncarnations) writeVarint(bytes, single.incarnation);
  }
  return Uint8Array.from(bytes);
}

export function decodeConfChange(data: Uint8Array): ConfChange {
  const reader = { data, offset: 0 };
  const version = readByte(reader);
  if (
    version !== CONF_CHANGE_FORMAT_VERSION &&
    version !== CONF_CHANGE_FORMAT_VERSION_NO_INCARNATIONS
  ) {
    throw new InvalidArgumentError(`unknown conf change format version ${version}`);
  }
  const transition = readByte(reader);
  if (transition > ConfChangeTransition.JointExplicit) {
    throw new InvalidArgumentError(`unknown conf change transition ${transition}`);
  }
  const count = readVarint(reader);
  if (count > MAX_CHANGES) throw new InvalidArgumentError(`conf change count ${count} too big`);
  const changes: ConfChangeSingle[] = [];
  for (let i = 0; i < count; i++) {
    const type = readByte(reader);
    if (type < 1 || type > 3) throw new InvalidArgumentError(`unknown conf change type ${type}`);
    const nodeId = readVarint(reader);
    if (nodeId <= 0) throw new InvalidArgumentError("conf change node id 0");
    const incarnation = version === CONF_CHANGE_FORMAT_VERSION ? readVarint(reader) : 0;
    changes.push({ type: type as ConfChangeSingle["type"], nodeId, incarnation });
  }
  if (reader.offset !== data.length) {
    throw new InvalidArgumentError(`${data.length - reader.offset} trailing conf change bytes`);
  }
  return { transition: transition as ConfChange["transition"], changes };
}

function writeVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

function readByte(reader: { data: Uint8Array; offset: number }): number {
  const value = reader.data[reader.offset];
  if (value === undefined) throw new InvalidArgumentError("truncated conf change");
  reader.offset++;
  return value;
}

function readVarint(reader: { data: Uint8Array; offset: number }): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 8; i++) {
    const byte = readByte(reader);
    value += (byte & 0x7f) * scale;
    if (!Number.isSafeInteger(value)) throw new InvalidArgumentError("conf change varint overflow");
    if ((byte & 0x80) === 0) return value;
    scale *= 0x80;
  }
  throw new InvalidArgumentError("conf change varint too long");
}
