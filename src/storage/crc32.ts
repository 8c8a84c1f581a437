/**
 * CRC-32 (IEEE 802.3: polynomial 0xEDB88320 reflected, initial value and final xor 0xFFFFFFFF),
 * the checksum of every segment header, log frame and snapshot chunk (segments/FORMAT.md).
 *
 * Two implementations give the same value (test/storage/crc.test.ts):
 *
 * - zlib's native crc32 (Node >= 20.15), used from CRC_TABLE_BYTES_MAX bytes up. It folds with
 *   carry-less multiplication and runs at ~4.4 GB/s on large inputs, but each call has a set-up
 *   cost: ~280 ns for a 300-byte frame on the development machine, most of it fixed.
 * - crc32Table, below: slice-by-16 in JavaScript, reading 4 bytes at a time through a DataView
 *   (any alignment). ~200 ns for a 300-byte frame, ~40 ns for 32 bytes, ~1.7 GB/s on long
 *   inputs. Used for short inputs, and for all inputs on Node releases without zlib.crc32.
 *   Routing empty inputs here also avoids a zlib quirk: for an empty array over an empty
 *   buffer, zlib.crc32 answers 0 whatever the seed, where the CRC of nothing after `seed` is
 *   `seed`.
 *
 * Log frames are short (a 256-byte entry is a 312-byte frame), and every append and every
 * recovery scan computes one CRC per frame, so the choice shows in bench:wal's batch-1024
 * appends. crc32Range takes the frame's bytes by offset with a view of them, so an append's
 * frames need no subarray each (a recovery scan still makes a DataView per frame).
 */
import zlib from "node:zlib";
import { assert } from "../util/assert.js";

/** zlib's CRC-32 where this Node release has it. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/**
 * Inputs shorter than this go to crc32Table; longer ones to zlib's crc32 when present. The two
 * cost the same somewhere between 512 bytes and 1 KiB on the development machine (table 296
 * against native 349 ns at 512 bytes, 569 against 439 ns at 1 KiB; 204 against 279 ns at 300).
 */
export const CRC_TABLE_BYTES_MAX = 640;

const POLYNOMIAL_REFLECTED = 0xedb88320;
const TABLE_SLICES = 16;

/**
 * TABLE[s * 256 + b]: the CRC register after feeding byte `b` followed by `s` zero bytes
 * (slice-by-16: one lookup per input byte, 16 bytes per step, no dependency between lookups).
 */
const TABLE = buildTable();

function buildTable(): Int32Array {
  const table = new Int32Array(TABLE_SLICES * 256);
  for (let byte = 0; byte < 256; byte++) {
    let register = byte;
    for (let bit = 0; bit < 8; bit++) {
      register = register & 1 ? (register >>> 1) ^ POLYNOMIAL_REFLECTED : register >>> 1;
    }
    table[byte] = register;
  }
  for (let slice = 1; slice < TABLE_SLICES; slice++) {
    for (let byte = 0; byte < 256; byte++) {
      const previous = table[(slice - 1) * 256 + byte] as number;
      table[slice * 256 + byte] = (previous >>> 8) ^ (table[previous & 0xff] as number);
    }
  }
  return table;
}

/**
 * The four lookups of one 32-bit little-endian word of a 16-byte step: its bytes are fed
 * through slices base/256 + 3 (lowest byte) down to base/256 (highest byte).
 */
function sliceWord(t: Int32Array, base: number, word: number): number {
  return (
    (t[base + 768 + (word & 0xff)] as number) ^
    (t[base + 512 + ((word >>> 8) & 0xff)] as number) ^
    (t[base + 256 + ((word >>> 16) & 0xff)] as number) ^
    (t[base + (word >>> 24)] as number)
  );
}

/**
 * CRC-32 of bytes [start, end) of `view`, continuing from `seed` (the CRC of the bytes before
 * them), unsigned. Table-driven, in JavaScript.
 */
export function crc32Table(view: DataView, start: number, end: number, seed = 0): number {
  const t = TABLE;
  let register = ~seed;
  let position = start;
  // Bounded by end - start: 16 bytes per pass, then one byte per pass.
  for (; position + 16 <= end; position += 16) {
    register =
      sliceWord(t, 3072, view.getInt32(position, true) ^ register) ^
      sliceWord(t, 2048, view.getInt32(position + 4, true)) ^
      sliceWord(t, 1024, view.getInt32(position + 8, true)) ^
      sliceWord(t, 0, view.getInt32(position + 12, true));
  }
  for (; position < end; position++) {
    register = (t[(register ^ view.getUint8(position)) & 0xff] as number) ^ (register >>> 8);
  }
  return ~register >>> 0;
}

/**
 * CRC-32 of `bytes`, continuing from `seed` (the CRC of the bytes before them), unsigned: the
 * checksum of segment headers and snapshot files.
 */
export function crc32(bytes: Uint8Array, seed = 0): number {
  if (nativeCrc32 !== undefined && bytes.length >= CRC_TABLE_BYTES_MAX) {
    return nativeCrc32(bytes, seed);
  }
  return crc32Table(
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    0,
    bytes.length,
    seed,
  );
}

/**
 * CRC-32 of bytes [start, end) of `bytes`, whose DataView `view` is (same buffer, same
 * offset): for the log's frames, with no subarray for a short one.
 */
export function crc32Range(bytes: Uint8Array, view: DataView, start: number, end: number): number {
  assert(
    view.buffer === bytes.buffer && view.byteOffset === bytes.byteOffset,
    "crc32Range: the view is of the same bytes",
  );
  if (nativeCrc32 !== undefined && end - start >= CRC_TABLE_BYTES_MAX) {
    return nativeCrc32(bytes.subarray(start, end), 0);
  }
  return crc32Table(view, start, end);
}
