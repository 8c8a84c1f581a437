/**
 * The murmur3 32-bit finalizer: a bijection on u32 with full avalanche. Placement spreads its
 * FNV-1a hashes with it (metadata/hash.ts); the linearizability checker derives its Zobrist
 * keys and mixes model state hashes with it (testing/lin/bitset.ts).
 */
export function fmix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
