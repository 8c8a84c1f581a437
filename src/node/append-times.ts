/**
 * When the leader appended its recent entries, for replication lag in time: a peer whose match
 * index is M lacks entries from M + 1 on, and the age of entry M + 1 is how far behind it is
 * (`ruvraft_peer_lag_seconds`). One record per appended batch (its last index and the clock's
 * time), in a ring of APPEND_TIMES_RECORDS_MAX; an entry older than the ring is dated by the
 * oldest record (its age is then at least that).
 */
export const APPEND_TIMES_RECORDS_MAX = 1024;

export class AppendTimes {
  private readonly lastIndexes = new Float64Array(APPEND_TIMES_RECORDS_MAX);
  private readonly timesMs = new Float64Array(APPEND_TIMES_RECORDS_MAX);
  /** Ring position of the oldest record; Invariant: 0 <= count <= APPEND_TIMES_RECORDS_MAX. */
  private start = 0;
  private count = 0;

  /** Entries up to `lastIndex` were appended by `nowMs`. A lower index than before restarts. */
  record(lastIndex: number, nowMs: number): void {
    if (this.count > 0 && lastIndex <= this.lastIndexAt(this.count - 1)) {
      // The log was cut back (a new term's leader, a snapshot): older records say nothing now.
      this.clear();
    }
    if (this.count === APPEND_TIMES_RECORDS_MAX) {
      this.start = (this.start + 1) % APPEND_TIMES_RECORDS_MAX;
      this.count--;
    }
    const position = (this.start + this.count) % APPEND_TIMES_RECORDS_MAX;
    this.lastIndexes[position] = lastIndex;
    this.timesMs[position] = nowMs;
    this.count++;
  }

  clear(): void {
    this.start = 0;
    this.count = 0;
  }

  /**
   * How long ago (ms, at `nowMs`) entry `index` was appended, at least: 0 when no record
   * reaches it (not appended by this leader yet, or nothing recorded).
   */
  ageMs(index: number, nowMs: number): number {
    if (this.count === 0 || index > this.lastIndexAt(this.count - 1)) return 0;
    // The first record whose batch reaches `index` (binary search: last indexes grow).
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.lastIndexAt(middle) >= index) high = middle;
      else low = middle + 1;
    }
    const time = this.timesMs[(this.start + low) % APPEND_TIMES_RECORDS_MAX] as number;
    return Math.max(0, nowMs - time);
  }

  private lastIndexAt(offset: number): number {
    return this.lastIndexes[(this.start + offset) % APPEND_TIMES_RECORDS_MAX] as number;
  }
}
