/**
 * Client sessions (exactly-once proposals, Raft thesis §6.3): the last applied sequence number
 * and response per client. Applied deterministically on every replica and kept in snapshots.
 * Bounded: when more than `sessionsMax` clients are known, the least recently used (by log
 * index) is evicted; its next retry of an old sequence is then rejected rather than re-applied.
 */
export interface SessionRecord {
  sequence: number;
  response: Uint8Array;
  lastIndex: number;
}

export type SessionCheck =
  | { kind: "new" }
  | { kind: "duplicate"; response: Uint8Array }
  | { kind: "stale"; highestSequence: number };

export class SessionTable {
  private readonly sessions = new Map<number, SessionRecord>();

  constructor(private readonly sessionsMax: number) {}

  check(clientId: number, sequence: number): SessionCheck {
    const record = this.sessions.get(clientId);
    if (record === undefined || sequence > record.sequence) {
      return { kind: "new" };
    }
    if (sequence === record.sequence) {
      return { kind: "duplicate", response: record.response };
    }
    return { kind: "stale", highestSequence: record.sequence };
  }

  record(clientId: number, sequence: number, response: Uint8Array, index: number): void {
    this.sessions.delete(clientId);
    this.sessions.set(clientId, { sequence, response, lastIndex: index });
    // Map order is least recently used first (re-inserted on use). Bounded: one eviction.
    if (this.sessions.size > this.sessionsMax) {
      const oldest = this.sessions.keys().next();
      if (!oldest.done) {
        this.sessions.delete(oldest.value);
      }
    }
  }

  entries(): { clientId: number; record: SessionRecord }[] {
    return [...this.sessions].map(([clientId, record]) => ({ clientId, record }));
  }

  replaceAll(records: readonly { clientId: number; record: SessionRecord }[]): void {
    this.sessions.clear();
    const ordered = [...records].sort((a, b) => a.record.lastIndex - b.record.lastIndex);
    for (const { clientId, record } of ordered) {
      this.sessions.set(clientId, record);
    }
  }

  get size(): number {
    return this.sessions.size;
  }
}
