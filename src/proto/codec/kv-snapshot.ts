/**
 * The key-value state machine's snapshot pieces (node.proto KvSnapshot{repeated KvPair pairs}),
 * written by hand: a node snapshots its whole map every `snapshotThresholdEntries` entries (or
 * later: `snapshotThresholdLogRatio`), and the generated encoder (an object per pair, a Writer
 * operation per field) was 4% of a follower's CPU under the cluster benchmark's 256 clients.
 * Byte-identical to the generated encoder, empty strings left out as it leaves them out
 * (test/proto/kv-snapshot.test.ts), for every string the state machine can hold: its keys and
 * values are decoded from UTF-8 by Buffer, which never yields a lone surrogate (one would be
 * written here as U+FFFD, where the generated encoder writes its 3-byte form). Decoding uses
 * the generated code.
 */
import { assert } from "../../util/assert.js";
import { delimitedFieldLength, writeDelimitedHeader, writeUtf8 } from "./wire.js";

/** Field numbers of node.proto KvSnapshot. */
export const KV_SNAPSHOT_FIELD = { pairs: 1 } as const;
/** Field numbers of node.proto KvPair. */
export const KV_PAIR_FIELD = { key: 1, value: 2 } as const;

/** Bytes of a string field holding `byteLength` bytes of UTF-8 (none for an empty string). */
function stringFieldLength(field: number, byteLength: number): number {
  return byteLength === 0 ? 0 : delimitedFieldLength(field, byteLength);
}

/**
 * The pairs (keys[position], values[position]) as KvSnapshot pieces of about `pieceBytes`
 * each (counted as 8 bytes plus the two strings' lengths per pair; at least one pair a piece,
 * nothing for no pairs), lazily: each piece is encoded when asked for.
 */
export function* kvSnapshotPieces(
  keys: readonly string[],
  values: readonly string[],
  pieceBytes: number,
): Generator<Uint8Array, void, undefined> {
  assert(keys.length === values.length, "a value for every key");
  let byteLengths = new Uint32Array(0);
  let from = 0;
  let estimate = 0;
  const piece = (to: number): Uint8Array => {
    if (byteLengths.length < 2 * (to - from)) byteLengths = new Uint32Array(2 * (to - from));
    return encodeKvPairs(keys, values, from, to, byteLengths);
  };
  for (let position = 0; position < keys.length; position++) {
    estimate += 8 + (keys[position] as string).length + (values[position] as string).length;
    if (estimate >= pieceBytes) {
      yield piece(position + 1);
      from = position + 1;
      estimate = 0;
    }
  }
  if (from < keys.length) yield piece(keys.length);
}

/**
 * A KvSnapshot of the pairs (keys[position], values[position]) for position in [from, to).
 * `byteLengths` receives the UTF-8 length of each key and value (two per pair, reused between
 * calls; at least 2 * (to - from) long).
 */
export function encodeKvPairs(
  keys: readonly string[],
  values: readonly string[],
  from: number,
  to: number,
  byteLengths: Uint32Array,
): Uint8Array {
  let total = 0;
  for (let position = from; position < to; position++) {
    const keyBytes = Buffer.byteLength(keys[position] as string, "utf8");
    const valueBytes = Buffer.byteLength(values[position] as string, "utf8");
    const slot = 2 * (position - from);
    byteLengths[slot] = keyBytes;
    byteLengths[slot + 1] = valueBytes;
    total += delimitedFieldLength(KV_SNAPSHOT_FIELD.pairs, pairLength(keyBytes, valueBytes));
  }
  const bytes = Buffer.allocUnsafe(total);
  let at = 0;
  for (let position = from; position < to; position++) {
    const slot = 2 * (position - from);
    const keyBytes = byteLengths[slot] as number;
    const valueBytes = byteLengths[slot + 1] as number;
    at = writeDelimitedHeader(bytes, at, KV_SNAPSHOT_FIELD.pairs, pairLength(keyBytes, valueBytes));
    at = writeString(bytes, at, KV_PAIR_FIELD.key, keys[position] as string, keyBytes);
    at = writeString(bytes, at, KV_PAIR_FIELD.value, values[position] as string, valueBytes);
  }
  assert(at === total, "a KvSnapshot piece fills its buffer");
  return bytes;
}

function pairLength(keyBytes: number, valueBytes: number): number {
  return (
    stringFieldLength(KV_PAIR_FIELD.key, keyBytes) +
    stringFieldLength(KV_PAIR_FIELD.value, valueBytes)
  );
}

/** Writes a string field (nothing for an empty string); returns the end offset. */
function writeString(
  bytes: Buffer,
  offset: number,
  field: number,
  value: string,
  byteLength: number,
): number {
  if (byteLength === 0) return offset;
  const at = writeDelimitedHeader(bytes, offset, field, byteLength);
  return at + writeUtf8(bytes, at, value, byteLength);
}
