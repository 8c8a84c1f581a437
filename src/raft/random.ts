/**
 * The only source of randomness the core uses (election timeout jitter). Injected so that the
 * same seed and the same inputs give the same outputs.
 */
export interface RandomSource {
  /** A uniformly distributed integer in [0, maxExclusive). maxExclusive is a positive int. */
  nextInt(maxExclusive: number): number;
}

/**
 * xoshiro128** seeded through splitmix32: small, fast, good enough for jitter and simulation.
 * Not cryptographic.
 */
export class SeededRandom implements RandomSource {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    // Mix the high bits of seeds beyond 2^32 in too.
    state = (state ^ Math.floor(seed / 0x1_0000_0000)) >>> 0;
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  nextInt(maxExclusive: number): number {
    if (!Number.isSafeInteger(maxExclusive) || maxExclusive <= 0) {
      throw new RangeError(`maxExclusive must be a positive safe integer, got ${maxExclusive}`);
    }
    if (maxExclusive <= 0x1_0000_0000) {
      return Math.floor((this.nextUint32() / 0x1_0000_0000) * maxExclusive);
    }
    const high = this.nextUint32() * 0x1_0000_0000 + this.nextUint32();
    return high % maxExclusive;
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 0x1_0000_0000;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.nextFloat() < p;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
