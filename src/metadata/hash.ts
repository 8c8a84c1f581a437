/**
 * The deterministic hash of placement: 32-bit FNV-1a over the key's bytes, then the murmur3
 * finalizer (fmix32) so that keys differing in their last characters ("c/1", "c/2") still
 * spread over the whole ring. Same inputs, same outputs, on every platform: no seed, no
 * randomness.
 *
 * Keys are ASCII by construction (collection names are letters, digits, '-' and '_'; the rest
 * are numbers and separators), so hashing UTF-16 code units is hashing the UTF-8 bytes: an
 * implementation in another language reproduces the ring. A non-ASCII key is a programmer
 * error and throws.
 */

import { fmix32 } from "../util/fmix32.js";

export { fmix32 };

const FNV_OFFSET_BASIS_32 = 0x811c9dc5;
const FNV_PRIME_32 = 0x01000193;

export function fnv1a32(key: string): number {
  let hash = FNV_OFFSET_BASIS_32;
  for (let position = 0; position < key.length; position++) {
    const code = key.charCodeAt(position);
    if (code > 0x7f) {
      throw new Error(`placement hash key ${JSON.stringify(key)} is not ASCII`);
    }
    hash ^= code;
    hash = Math.imul(hash, FNV_PRIME_32);
  }
  return hash >>> 0;
}

/** The placement hash of a key: an unsigned 32-bit integer. */
export function placementHash(key: string): number {
  return fmix32(fnv1a32(key));
}
