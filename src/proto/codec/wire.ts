/**
 * The protobuf wire format's primitives, under every hand-written codec of src/proto/codec:
 * varints, field keys, the field writers (a length function and a write function each) and
 * `WireReader`. Each write function writes exactly what the generated protobufjs encoder
 * writes for proto3 (a zero number, false and empty bytes are left out), so either side can
 * decode the other's bytes; property tests pin the byte identity. protobufjs's Writer
 * allocates an operation object per field and a state per nested message, and its decoded
 * messages keep oneofs behind getters that list the object's keys on every read: on paths
 * that run once per operation that is a visible share of the CPU and of the GC.
 *
 * Numbers written are non-negative safe integers (ids, indexes, terms, sequences, lengths).
 */

const TWO_POW_32 = 0x1_0000_0000;

/** Bytes of the varint encoding of a non-negative safe integer. */
export function varintLength(value: number): number {
  let length = 1;
  let rest = value;
  while (rest >= 0x80) {
    rest = rest >= TWO_POW_32 ? Math.floor(rest / 128) : rest >>> 7;
    length++;
  }
  return length;
}

/** Writes the varint of `value` at `offset`; returns the offset after it. */
export function writeVarint(target: Uint8Array, offset: number, value: number): number {
  let position = offset;
  let rest = value;
  while (rest >= 0x80) {
    target[position++] = (rest & 0x7f) | 0x80;
    rest = rest >= TWO_POW_32 ? Math.floor(rest / 128) : rest >>> 7;
  }
  target[position++] = rest;
  return position;
}

/** Wire type 0 (varint) and 2 (length-delimited) keys of field `field`. */
export function varintKey(field: number): number {
  return field << 3;
}
export function bytesKey(field: number): number {
  return (field << 3) | 2;
}

/** Bytes of a varint field (0 when `value` is 0: proto3 leaves it out). */
export function varintFieldLength(field: number, value: number): number {
  return value === 0 ? 0 : varintLength(varintKey(field)) + varintLength(value);
}

/** Writes a varint field unless `value` is 0; returns the offset after it. */
export function writeVarintField(
  target: Uint8Array,
  offset: number,
  field: number,
  value: number,
): number {
  if (value === 0) return offset;
  return writeVarint(target, writeVarint(target, offset, varintKey(field)), value);
}

/** Bytes of a proto3 `optional` varint field: written, even when 0, unless undefined. */
export function optionalVarintFieldLength(field: number, value: number | undefined): number {
  return value === undefined ? 0 : varintLength(varintKey(field)) + varintLength(value);
}

/** Writes an `optional` varint field unless `value` is undefined; returns the offset after it. */
export function writeOptionalVarintField(
  target: Uint8Array,
  offset: number,
  field: number,
  value: number | undefined,
): number {
  if (value === undefined) return offset;
  return writeVarint(target, writeVarint(target, offset, varintKey(field)), value);
}

/** Bytes of a bool field (0 when false). */
export function boolFieldLength(field: number, value: boolean): number {
  return value ? varintLength(varintKey(field)) + 1 : 0;
}

export function writeBoolField(
  target: Uint8Array,
  offset: number,
  field: number,
  value: boolean,
): number {
  if (!value) return offset;
  const position = writeVarint(target, offset, varintKey(field));
  target[position] = 1;
  return position + 1;
}

/** Bytes of a bytes field (0 when empty). */
export function bytesFieldLength(field: number, data: Uint8Array): number {
  return data.length === 0 ? 0 : delimitedFieldLength(field, data.length);
}

export function writeBytesField(
  target: Uint8Array,
  offset: number,
  field: number,
  data: Uint8Array,
): number {
  if (data.length === 0) return offset;
  const position = writeDelimitedHeader(target, offset, field, data.length);
  target.set(data, position);
  return position + data.length;
}

/** Bytes of an embedded message field whose content is `contentLength` bytes (always written). */
export function delimitedFieldLength(field: number, contentLength: number): number {
  return varintLength(bytesKey(field)) + varintLength(contentLength) + contentLength;
}

/** Writes the key and length of an embedded message or bytes field; returns where content goes. */
export function writeDelimitedHeader(
  target: Uint8Array,
  offset: number,
  field: number,
  contentLength: number,
): number {
  return writeVarint(target, writeVarint(target, offset, bytesKey(field)), contentLength);
}

/** Bytes that are not a protobuf message: truncated, an overlong varint, a group. */
export class WireFormatError extends Error {}

/**
 * Buffer's own UTF-8 methods, which toString("utf8") and write(value, offset, length, "utf8")
 * call once they have checked their arguments (not in Node's type declarations). Per string,
 * those checks cost more than the copy for short strings; callers check ranges themselves.
 */
export type Utf8Buffer = Buffer & {
  utf8Slice(start: number, end: number): string;
  utf8Write(value: string, offset: number, length: number): number;
  latin1Write(value: string, offset: number, length: number): number;
};

/**
 * Writes `value`, whose UTF-8 form is `byteLength` bytes, at `offset` of `bytes`; returns the
 * bytes written. A string whose UTF-8 length equals its length is all ASCII (any other
 * character takes more UTF-8 bytes than UTF-16 units), and ASCII is its own Latin-1: copied as
 * it is, without UTF-8 encoding (about twice as fast for a 256-byte value).
 */
export function writeUtf8(
  bytes: Buffer,
  offset: number,
  value: string,
  byteLength: number,
): number {
  return byteLength === value.length
    ? (bytes as Utf8Buffer).latin1Write(value, offset, byteLength)
    : (bytes as Utf8Buffer).utf8Write(value, offset, byteLength);
}

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_BYTES = 2;
export const WIRE_FIXED32 = 5;

/**
 * Reads the fields of one message from `bytes[position, end)`. Varints above 2^53 come back
 * rounded (not safe integers): callers that need exact numbers check Number.isSafeInteger,
 * as they do for protobufjs's --force-number output.
 */
export class WireReader {
  position: number;

  constructor(
    readonly bytes: Uint8Array,
    position = 0,
    readonly end = bytes.length,
  ) {
    this.position = position;
  }

  get done(): boolean {
    return this.position >= this.end;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    // Bounded: at most 10 bytes (a 64-bit varint).
    for (let count = 0; count < 10; count++) {
      if (this.position >= this.end) {
        throw new WireFormatError(`a varint runs past the end at byte ${this.position}`);
      }
      const byte = this.bytes[this.position++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        return value;
      }
      scale *= 128;
    }
    throw new WireFormatError(`a varint longer than 10 bytes ends at byte ${this.position}`);
  }

  /** A varint field's value, once `key` (just read) says wire type 0. */
  varintOf(key: number): number {
    this.expectWireType(key, WIRE_VARINT);
    return this.varint();
  }

  /** A bytes field's content as a view, once `key` (just read) says wire type 2. */
  bytesOf(key: number): Uint8Array {
    this.expectWireType(key, WIRE_BYTES);
    return this.bytesView();
  }

  /** An embedded message field as a reader over it, once `key` (just read) says wire type 2. */
  messageOf(key: number): WireReader {
    this.expectWireType(key, WIRE_BYTES);
    return this.message();
  }

  /** Throws WireFormatError unless the field of `key` has `wireType`. */
  expectWireType(key: number, wireType: number): void {
    if (key % 8 !== wireType) throw this.wireTypeError(key, wireType);
  }

  /** The error for a field of `key` without `wireType` (kept out of the inlined check). */
  private wireTypeError(key: number, wireType: number): WireFormatError {
    return new WireFormatError(
      `field ${Math.floor(key / 8)} has wire type ${key % 8}, expected ${wireType} (byte ${this.position})`,
    );
  }

  /** A length-delimited field's content, as a view (no copy). */
  bytesView(): Uint8Array {
    const start = this.passDelimited();
    return this.bytes.subarray(start, this.position);
  }

  /** A length-delimited field's content as a reader over it (no view made). */
  message(): WireReader {
    const start = this.passDelimited();
    return new WireReader(this.bytes, start, this.position);
  }

  /** Reads a length-delimited field's length and moves past its content; returns its start. */
  private passDelimited(): number {
    const length = this.varint();
    const start = this.position;
    if (length > this.end - start) {
      throw new WireFormatError(
        `a field of ${length} bytes at byte ${start} runs past the end (${this.end})`,
      );
    }
    this.position = start + length;
    return start;
  }

  /** Skips a field of `wireType` (groups, deprecated, are refused). */
  skip(wireType: number): void {
    if (wireType === WIRE_VARINT) {
      this.varint();
      return;
    }
    if (wireType === WIRE_BYTES) {
      this.passDelimited();
      return;
    }
    if (wireType !== WIRE_FIXED64 && wireType !== WIRE_FIXED32) {
      throw new WireFormatError(`wire type ${wireType} at byte ${this.position} is not supported`);
    }
    const width = wireType === WIRE_FIXED64 ? 8 : 4;
    if (width > this.end - this.position) {
      throw new WireFormatError(`a fixed field at byte ${this.position} runs past the end`);
    }
    this.position += width;
  }
}
