/**
 * Protobuf messages written and read as streams, for snapshots larger than memory.
 *
 * A protobuf message is a sequence of top-level field records (tag, then the value), and the
 * concatenation of two encoded messages of the same type decodes as one message: repeated
 * fields are appended, a singular field takes its last value. So a large message can be
 * written piecewise (each piece `Type.encode({ someRepeatedField: batch })`) and read back
 * piecewise: `readFieldRuns` cuts an arbitrary chunking of the bytes into runs of whole
 * records, each of which decodes on its own as a partial message.
 *
 * Only the top level is cut: one record (e.g. one element of a repeated message field) is
 * always whole in one run, and at most `recordBytesMax` long.
 */
import { InvalidArgumentError, RuvraftError } from "../../util/errors.js";
import { varintLength, WIRE_BYTES, writeVarint } from "./wire.js";

/** A record that cannot be a top-level protobuf field record, or a stream cut inside one. */
export class FieldStreamError extends RuvraftError {
  override name = "FieldStreamError";
  constructor(
    /** What was being read (e.g. "the snapshot of /data/snapshots/snap-...snap"). */
    readonly what: string,
    /** Offset in the stream (not in any file) of the record at fault. */
    readonly offsetBytes: number,
    detail: string,
  ) {
    super("EFIELDSTREAM", `${what}: ${detail} at stream byte offset ${offsetBytes}`);
  }
}

export interface FieldRunOptions {
  /** The largest record accepted (tag, length and value); a larger one is an error. */
  recordBytesMax: number;
  /** Names the stream in errors. */
  what: string;
}

/**
 * Yields runs of whole top-level field records, in order, from `chunks` (cut anywhere). A run
 * may share memory with the chunks: decode it before asking for the next. Throws
 * FieldStreamError for a group wire type (3, 4), an unknown one (6, 7), field number 0, a
 * record above `recordBytesMax`, or bytes left over at the end (the stream ends inside a
 * record).
 */
export async function* readFieldRuns(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: FieldRunOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (!Number.isSafeInteger(options.recordBytesMax) || options.recordBytesMax < 1) {
    throw new InvalidArgumentError(`recordBytesMax must be >= 1, got ${options.recordBytesMax}`);
  }
  // The start of an incomplete record, kept as the chunks that hold it (joined once whole).
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  // The size of the pending record once its header was read; 0 while unknown.
  let neededBytes = 0;
  // Stream offset of the first pending byte.
  let offsetBytes = 0;
  for await (const chunk of chunks) {
    if (chunk.byteLength === 0) continue;
    let buffer: Uint8Array;
    if (pendingBytes === 0) {
      buffer = chunk;
    } else {
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (neededBytes > 0 && pendingBytes < neededBytes) continue;
      buffer = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
    }
    let position = 0;
    let size = 0;
    // Bounded: each pass moves `position` forward by >= 2 bytes or breaks.
    for (;;) {
      size = recordSize(buffer, position, offsetBytes + position, options);
      if (size < 0 || position + size > buffer.byteLength) break;
      position += size;
    }
    if (position > 0) {
      yield buffer.subarray(0, position);
      offsetBytes += position;
    }
    if (position < buffer.byteLength) {
      pending = [buffer.subarray(position)];
      pendingBytes = buffer.byteLength - position;
      neededBytes = Math.max(size, 0);
    }
  }
  if (pendingBytes > 0) {
    throw new FieldStreamError(
      options.what,
      offsetBytes,
      `the data ends inside a field record (${pendingBytes} bytes of it${neededBytes > 0 ? ` of ${neededBytes}` : ""})`,
    );
  }
}

/**
 * The whole size of the record starting at `position`, or -1 when its header (tag, and length
 * for wire type 2) is not whole in `buffer` yet.
 */
function recordSize(
  buffer: Uint8Array,
  position: number,
  streamOffsetBytes: number,
  options: FieldRunOptions,
): number {
  const tag = readVarint(buffer, position);
  if (tag === undefined) return -1;
  const fieldNumber = Math.floor(tag.value / 8);
  const wireType = tag.value % 8;
  if (fieldNumber === 0) {
    throw new FieldStreamError(options.what, streamOffsetBytes, "field number 0");
  }
  let size: number;
  switch (wireType) {
    case 0: {
      const value = readVarint(buffer, position + tag.bytes);
      if (value === undefined) return -1;
      size = tag.bytes + value.bytes;
      break;
    }
    case 1:
      size = tag.bytes + 8;
      break;
    case 2: {
      const length = readVarint(buffer, position + tag.bytes);
      if (length === undefined) return -1;
      size = tag.bytes + length.bytes + length.value;
      break;
    }
    case 5:
      size = tag.bytes + 4;
      break;
    default:
      throw new FieldStreamError(
        options.what,
        streamOffsetBytes,
        `wire type ${wireType} (field ${fieldNumber}) is not one a stream may use`,
      );
  }
  if (size > options.recordBytesMax) {
    throw new FieldStreamError(
      options.what,
      streamOffsetBytes,
      `a record of ${size} bytes (field ${fieldNumber}) is above the limit of ${options.recordBytesMax}`,
    );
  }
  return size;
}

/** A varint of at most 10 bytes; undefined when it runs past the buffer. */
function readVarint(
  buffer: Uint8Array,
  position: number,
): { value: number; bytes: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let index = 0; index < 10; index++) {
    const byte = buffer[position + index];
    if (byte === undefined) return undefined;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return { value, bytes: index + 1 };
  }
  // Ten bytes all with the continuation bit: no valid varint; report it as a huge value so the
  // size check names it.
  return { value: Number.MAX_SAFE_INTEGER, bytes: 10 };
}

/** The header of a length-delimited field (wire type 2) whose value is `lengthBytes` long. */
export function lengthDelimitedHeader(fieldNumber: number, lengthBytes: number): Uint8Array {
  // Multiplied, not shifted: a key of a field number from 2^28 on is above 2^31.
  const key = fieldNumber * 8 + WIRE_BYTES;
  const header = new Uint8Array(varintLength(key) + varintLength(lengthBytes));
  writeVarint(header, writeVarint(header, 0, key), lengthBytes);
  return header;
}
