/**
 * The window of append messages sent to one follower and not yet acknowledged, as a
 * fixed-size ring: each slot holds the last index a message carried and its size in bytes.
 * Bounded by `capacityMessages` (count) and `capacityBytes` (sum of sizes).
 * Invariant: indexes in the ring are strictly increasing from the oldest to the newest.
 */
import { assert, assertionFailed } from "../../util/assert.js";

export class Inflights {
  private readonly indexes: Float64Array;
  private readonly sizes: Float64Array;
  private start = 0;
  private countMessages = 0;
  private totalBytes = 0;

  constructor(
    readonly capacityMessages: number,
    readonly capacityBytes: number,
  ) {
    assert(Number.isSafeInteger(capacityMessages) && capacityMessages > 0, "inflight capacity");
    assert(capacityBytes > 0, "inflight byte capacity must be positive");
    this.indexes = new Float64Array(capacityMessages);
    this.sizes = new Float64Array(capacityMessages);
  }

  /** Records a sent message whose last entry is `index`. The window MUST NOT be full. */
  add(index: number, sizeBytes: number): void {
    assert(!this.full(), "inflights: add to a full window");
    if (this.countMessages > 0) {
      const newest = this.indexes[(this.start + this.countMessages - 1) % this.capacityMessages];
      if (!(index > (newest as number)))
        assertionFailed(`inflights: index ${index} not above ${newest}`);
    }
    const slot = (this.start + this.countMessages) % this.capacityMessages;
    this.indexes[slot] = index;
    this.sizes[slot] = sizeBytes;
    this.countMessages++;
    this.totalBytes += sizeBytes;
  }

  /** Frees every message whose last index is <= `index` (acknowledged). */
  freeLE(index: number): void {
    while (this.countMessages > 0) {
      const slot = this.start;
      if ((this.indexes[slot] as number) > index) break;
      this.totalBytes -= this.sizes[slot] as number;
      this.start = (this.start + 1) % this.capacityMessages;
      this.countMessages--;
    }
    if (this.countMessages === 0) {
      this.start = 0;
      this.totalBytes = 0;
    }
  }

  /** Frees the oldest message: lets one append out when the whole window may have been lost. */
  freeFirstOne(): void {
    if (this.countMessages === 0) return;
    this.freeLE(this.indexes[this.start] as number);
  }

  /** True when no further message may be sent: count or bytes at capacity. */
  full(): boolean {
    return this.countMessages === this.capacityMessages || this.totalBytes >= this.capacityBytes;
  }

  count(): number {
    return this.countMessages;
  }

  bytes(): number {
    return this.totalBytes;
  }

  reset(): void {
    this.start = 0;
    this.countMessages = 0;
    this.totalBytes = 0;
  }
}
