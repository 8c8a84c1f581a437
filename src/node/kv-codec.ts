/**
 * The key-value state machine's wire and log encoding: compact binary, not JSON (JSON.parse and
 * TextEncoder showed up at 3-4% of every process's CPU in the cluster benchmark). All numbers
 * are unsigned LEB128 varints below 2^53; strings are a varint byte length, then UTF-8.
 *
 *   command  put    [1][key][value]
 *            delete [2][key]
 *            cas    [3][key][expected: 0 = absent | 1 then the string][value]
 *   query    get    [1][key]          count [2]
 *   response error  [0][message]
 *            ok     [1][flags][value string if bit 0][count if bit 3][index if bit 4]
 *                   flags: bit 0 value is a string, bit 1 value is null, bit 2 `swapped` is
 *                   present, bit 5 its value; bit 3 count present, bit 4 index present.
 *
 * Decoding checks every length against the bytes there are and names what is wrong.
 */
import type { Utf8Buffer } from "../proto/codec/wire.js";
import { MalformedDataError } from "../util/errors.js";
import type { StateMachineCodec } from "./state-machine.js";

export type KvCommand =
  | { op: "put"; key: string; value: string }
  | { op: "delete"; key: string }
  /** Sets `value` only if the current value equals `expected` (null = absent). */
  | { op: "cas"; key: string; expected: string | null; value: string };

export type KvQuery = { op: "get"; key: string } | { op: "count" };

export type KvResponse =
  | { ok: true; value?: string | null; swapped?: boolean; count?: number; index?: number }
  | { ok: false; error: string };

const OP_PUT = 1;
const OP_DELETE = 2;
const OP_CAS = 3;
const QUERY_GET = 1;
const QUERY_COUNT = 2;
const RESPONSE_ERROR = 0;
const RESPONSE_OK = 1;
const FLAG_VALUE_STRING = 1;
const FLAG_VALUE_NULL = 2;
const FLAG_SWAPPED = 4;
const FLAG_COUNT = 8;
const FLAG_INDEX = 16;
const FLAG_SWAPPED_TRUE = 32;

/** A varint takes at most this many bytes (values below 2^53). */
const VARINT_BYTES_MAX = 8;

class Writer {
  private readonly bytes: Buffer;
  private position = 0;

  constructor(capacityBytes: number) {
    this.bytes = Buffer.allocUnsafe(capacityBytes);
  }

  byte(value: number): this {
    this.bytes[this.position++] = value;
    return this;
  }

  varint(value: number): this {
    this.position = putVarint(this.bytes, this.position, value);
    return this;
  }

  string(value: string): this {
    this.varint(Buffer.byteLength(value, "utf8"));
    this.position += this.bytes.write(value, this.position, "utf8");
    return this;
  }

  finish(): Uint8Array {
    return this.bytes.subarray(0, this.position);
  }
}

/** Writes `value` as a varint at `position` of `bytes`; returns the position after it. */
function putVarint(bytes: Uint8Array, position: number, value: number): number {
  let rest = value;
  let at = position;
  while (rest >= 0x80) {
    bytes[at++] = (rest % 128) | 0x80;
    rest = Math.floor(rest / 128);
  }
  bytes[at++] = rest;
  return at;
}

/** Bytes of `value` as a varint. */
function varintBytes(value: number): number {
  let bytes = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 128)) bytes++;
  return bytes;
}

/** Room for a string: its varint and at most 3 UTF-8 bytes per UTF-16 unit. */
function stringRoom(value: string): number {
  return VARINT_BYTES_MAX + value.length * 3;
}

class Reader {
  private position = 0;
  private readonly bytes: Buffer;

  constructor(
    bytes: Uint8Array,
    private readonly what: string,
  ) {
    this.bytes = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  byte(): number {
    const value = this.bytes[this.position];
    if (value === undefined) this.fail("ends early");
    this.position++;
    return value as number;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let index = 0; index < VARINT_BYTES_MAX; index++) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    return this.fail("has a varint of more than 8 bytes");
  }

  string(): string {
    const start = this.position;
    const length = this.varint();
    if (this.position + length > this.bytes.length) {
      this.fail(`has a string of ${length} bytes past its end`, start);
    }
    // utf8Slice: toString("utf8", ...) without its argument checks (the range is checked above).
    const value = (this.bytes as Utf8Buffer).utf8Slice(this.position, this.position + length);
    this.position += length;
    return value;
  }

  end(): void {
    if (this.position !== this.bytes.length) {
      this.fail(`has ${this.bytes.length - this.position} bytes after its end`);
    }
  }

  fail(problem: string, offset = this.position): never {
    throw new MalformedDataError(
      `${this.what} (${this.bytes.length} bytes) ${problem} at byte ${offset}`,
    );
  }
}

export function encodeKvCommand(command: KvCommand): Uint8Array {
  switch (command.op) {
    case "put":
      return new Writer(1 + stringRoom(command.key) + stringRoom(command.value))
        .byte(OP_PUT)
        .string(command.key)
        .string(command.value)
        .finish();
    case "delete":
      return new Writer(1 + stringRoom(command.key)).byte(OP_DELETE).string(command.key).finish();
    case "cas": {
      const writer = new Writer(
        2 +
          stringRoom(command.key) +
          stringRoom(command.expected ?? "") +
          stringRoom(command.value),
      )
        .byte(OP_CAS)
        .string(command.key);
      if (command.expected === null) writer.byte(0);
      else writer.byte(1).string(command.expected);
      return writer.string(command.value).finish();
    }
    default:
      throw new Error(`unknown key-value operation ${(command as { op: unknown }).op}`);
  }
}

export function decodeKvCommand(bytes: Uint8Array): KvCommand {
  const reader = new Reader(bytes, "key-value command");
  const op = reader.byte();
  let command: KvCommand;
  if (op === OP_PUT) {
    command = { op: "put", key: reader.string(), value: reader.string() };
  } else if (op === OP_DELETE) {
    command = { op: "delete", key: reader.string() };
  } else if (op === OP_CAS) {
    const key = reader.string();
    const expected = reader.byte() === 0 ? null : reader.string();
    command = { op: "cas", key, expected, value: reader.string() };
  } else {
    return reader.fail(`has unknown operation ${op}`);
  }
  reader.end();
  return command;
}

export function encodeKvQuery(query: KvQuery): Uint8Array {
  if (query.op === "count") return Uint8Array.of(QUERY_COUNT);
  return new Writer(1 + stringRoom(query.key)).byte(QUERY_GET).string(query.key).finish();
}

export function decodeKvQuery(bytes: Uint8Array): KvQuery {
  const reader = new Reader(bytes, "key-value query");
  const op = reader.byte();
  let query: KvQuery;
  if (op === QUERY_GET) query = { op: "get", key: reader.string() };
  else if (op === QUERY_COUNT) query = { op: "count" };
  else return reader.fail(`has unknown query ${op}`);
  reader.end();
  return query;
}

export function encodeKvResponse(response: KvResponse): Uint8Array {
  if (!response.ok) {
    return new Writer(1 + stringRoom(response.error))
      .byte(RESPONSE_ERROR)
      .string(response.error)
      .finish();
  }
  let flags = 0;
  if (typeof response.value === "string") flags |= FLAG_VALUE_STRING;
  else if (response.value === null) flags |= FLAG_VALUE_NULL;
  if (response.swapped !== undefined)
    flags |= FLAG_SWAPPED | (response.swapped ? FLAG_SWAPPED_TRUE : 0);
  if (response.count !== undefined) flags |= FLAG_COUNT;
  if (response.index !== undefined) flags |= FLAG_INDEX;
  if (typeof response.value !== "string") {
    return encodeOkWithoutString(flags, response.count, response.index);
  }
  const writer = new Writer(2 + 2 * VARINT_BYTES_MAX + stringRoom(response.value))
    .byte(RESPONSE_OK)
    .byte(flags)
    .string(response.value);
  if (response.count !== undefined) writer.varint(response.count);
  if (response.index !== undefined) writer.varint(response.index);
  return writer.finish();
}

/**
 * An ok response without a string (every put's): its exact bytes in one small array, not a
 * view of a pooled Buffer (one allocation instead of two per command applied).
 */
function encodeOkWithoutString(
  flags: number,
  count: number | undefined,
  index: number | undefined,
): Uint8Array {
  const bytes = new Uint8Array(
    2 +
      (count === undefined ? 0 : varintBytes(count)) +
      (index === undefined ? 0 : varintBytes(index)),
  );
  bytes[0] = RESPONSE_OK;
  bytes[1] = flags;
  let position = 2;
  if (count !== undefined) position = putVarint(bytes, position, count);
  if (index !== undefined) position = putVarint(bytes, position, index);
  return bytes;
}

export function decodeKvResponse(bytes: Uint8Array): KvResponse {
  const reader = new Reader(bytes, "key-value response");
  const kind = reader.byte();
  if (kind === RESPONSE_ERROR) {
    const error = reader.string();
    reader.end();
    return { ok: false, error };
  }
  if (kind !== RESPONSE_OK) return reader.fail(`has unknown kind ${kind}`);
  const flags = reader.byte();
  const response: {
    ok: true;
    value?: string | null;
    swapped?: boolean;
    count?: number;
    index?: number;
  } = {
    ok: true,
  };
  if (flags & FLAG_VALUE_STRING) response.value = reader.string();
  else if (flags & FLAG_VALUE_NULL) response.value = null;
  if (flags & FLAG_SWAPPED) response.swapped = (flags & FLAG_SWAPPED_TRUE) !== 0;
  if (flags & FLAG_COUNT) response.count = reader.varint();
  if (flags & FLAG_INDEX) response.index = reader.varint();
  reader.end();
  return response;
}

export const kvCodec: StateMachineCodec<KvCommand, KvResponse, KvQuery> = {
  encodeCommand: encodeKvCommand,
  decodeCommand: decodeKvCommand,
  encodeQuery: encodeKvQuery,
  decodeQuery: decodeKvQuery,
  encodeResponse: encodeKvResponse,
  decodeResponse: decodeKvResponse,
};
