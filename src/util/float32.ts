/**
 * Float32 vectors as little-endian IEEE 754 bytes: the wire form of the data path's vectors
 * (VectorRecord.values in src/proto/raft.proto), the same on every platform.
 */
import { InvalidArgumentError } from "./errors.js";

export function encodeFloat32(vector: Float32Array): Uint8Array {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  for (let position = 0; position < vector.length; position++) {
    view.setFloat32(position * 4, vector[position] as number, true);
  }
  return bytes;
}

/** `what` names the vector in the error for a length that is not whole float32s. */
export function decodeFloat32(bytes: Uint8Array, what: string): Float32Array {
  if (bytes.length % 4 !== 0) {
    throw new InvalidArgumentError(`${what}: ${bytes.length} bytes of values, not whole float32s`);
  }
  const vector = new Float32Array(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let position = 0; position < vector.length; position++) {
    vector[position] = view.getFloat32(position * 4, true);
  }
  return vector;
}
