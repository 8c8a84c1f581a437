/** Test helpers for streamed snapshots. */

/** `bytes` cut into chunks of `sizes` bytes (cycled), as a reader might deliver them. */
export function* rechunk(bytes: Uint8Array, sizes: readonly number[]): Generator<Uint8Array> {
  let offset = 0;
  for (let turn = 0; offset < bytes.byteLength; turn++) {
    const size = Math.max(1, sizes[turn % sizes.length] ?? 1);
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}
