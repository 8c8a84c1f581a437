/**
 * Client sessions (exactly-once proposals, Raft thesis §6.3), applied deterministically on every
 * replica and kept in snapshots.
 *
 * A client may have many proposals in flight, so a session keeps the response of every applied
 * sequence the client may still retry: those at or above its `floor`. Each proposal carries the
 * client's lowest unanswered sequence; everything below it was answered, so its response is
 * dropped and the floor rises. A retry below the floor is refused (never applied twice).
 *
 * Bounds: at most `responsesPerSessionMax` responses per session (beyond it the lowest half is
 * dropped and the floor rises past them: their retries are then refused, never re-applied), and
 * at most `sessionCountMax` sessions (the least recently used is evicted; a retry from an evicted
 * session is then treated as new: clients that stay silent longer than it takes
 * `sessionCountMax` other clients to arrive lose exactly-once, as in the thesis).
 */
import { assertionFailed } from "../util/assert.js";

export interface SessionRecord {
  floor: number;
  /** sequence -> encoded response, for applied sequences >= floor. */
  responses: Map<number, Uint8Array>;
  lastIndex: number;
}

/**
 * A session as the table keeps it: the record, and what lets raiseFloor stop early. A client
 * numbers its commands in order and they mostly apply in that order, so the responses Map
 * (insertion order) mostly holds its sequences ascending; then the responses below a new floor
 * are at its front, and dropping them costs what is dropped, not a walk over every response
 * kept (with 64 commands in flight that walk was ~230 ns per command on every replica).
 */
interface Session extends SessionRecord {
  /** The responses Map holds its sequences in ascending order. */
  ascending: boolean;
  /** The last sequence in the Map's order (the greatest while `ascending`); -1 for none. */
  newestSequence: number;
}

export type SessionCheck =
  | { kind: "new" }
  | { kind: "duplicate"; response: Uint8Array }
  | { kind: "stale"; floor: number };

export const RESPONSES_PER_SESSION_MAX = 4096;

/** The answer for a command not applied before (one object: check() runs on every apply). */
const NEW_COMMAND: SessionCheck = Object.freeze({ kind: "new" });

export class SessionTable {
  private readonly sessions = new Map<number, Session>();

  constructor(
    private readonly sessionCountMax: number,
    private readonly responsesPerSessionMax = RESPONSES_PER_SESSION_MAX,
  ) {}

  check(clientId: number, sequence: number): SessionCheck {
    const record = this.sessions.get(clientId);
    if (record === undefined) {
      return NEW_COMMAND;
    }
    const response = record.responses.get(sequence);
    if (response !== undefined) {
      return { kind: "duplicate", response };
    }
    if (sequence < record.floor) {
      return { kind: "stale", floor: record.floor };
    }
    return NEW_COMMAND;
  }

  /** Records the response of a newly applied (clientId, sequence). */
  record(
    clientId: number,
    sequence: number,
    firstUnanswered: number,
    response: Uint8Array,
    index: number,
  ): void {
    let record = this.sessions.get(clientId);
    if (record === undefined) {
      record = {
        floor: 0,
        responses: new Map(),
        lastIndex: index,
        ascending: true,
        newestSequence: -1,
      };
      this.sessions.set(clientId, record);
    } else {
      // Entries apply in index order: lastIndex values stay distinct, so eviction is the same
      // choice on every replica whatever its Map order.
      if (!(index > record.lastIndex))
        assertionFailed(`session ${clientId} recorded at ${index} after ${record.lastIndex}`);
    }
    record.lastIndex = index;
    if (record.responses.size > 0 && sequence < record.newestSequence) record.ascending = false;
    record.newestSequence = sequence;
    record.responses.set(sequence, response);
    this.raiseFloor(record, Math.min(firstUnanswered, sequence));
    if (record.responses.size > this.responsesPerSessionMax) {
      // Over the bound (a client that does not report its floor): keep the newest half, in one
      // sort, so the cost per record stays O(log n) amortized.
      const sequences = [...record.responses.keys()].sort((a, b) => a - b);
      const keep = Math.floor(this.responsesPerSessionMax / 2);
      this.raiseFloor(record, sequences[sequences.length - keep] as number);
    }
    if (this.sessions.size > this.sessionCountMax) this.evictLeastRecentlyUsed();
  }

  /**
   * Drops the session used least recently: the one with the lowest lastIndex (each record sets
   * it to its entry's index, so no two sessions share one). A scan, O(sessions), paid only when a
   * new client arrives at the bound; keeping the Map in recency order instead (delete and
   * re-insert on every record) rehashed the table every few records.
   */
  private evictLeastRecentlyUsed(): void {
    let oldestId: number | undefined;
    let oldestIndex = Number.POSITIVE_INFINITY;
    for (const [clientId, record] of this.sessions) {
      if (record.lastIndex < oldestIndex) {
        oldestIndex = record.lastIndex;
        oldestId = clientId;
      }
    }
    if (oldestId !== undefined) this.sessions.delete(oldestId);
  }

  /**
   * Drops the responses below `floor` (when it is above the current one). In ascending order
   * they are the first ones: the walk stops at the first sequence kept. Otherwise every one is
   * visited, and the walk finds out whether the ones kept are ascending again.
   */
  private raiseFloor(record: Session, floor: number): void {
    if (floor <= record.floor) return;
    record.floor = floor;
    let ascending = true;
    let previous = -1;
    // Deleting the entry being visited is safe while iterating a Map (no copy of the keys).
    for (const sequence of record.responses.keys()) {
      if (sequence < floor) {
        record.responses.delete(sequence);
        continue;
      }
      if (record.ascending) return;
      if (sequence < previous) ascending = false;
      previous = sequence;
    }
    record.ascending = ascending;
    record.newestSequence = previous;
  }

  /** The sessions, least recently used first (by lastIndex: the same on every replica). */
  entries(): { clientId: number; record: SessionRecord }[] {
    return [...this.sessions]
      .map(([clientId, record]) => ({ clientId, record }))
      .sort((a, b) => a.record.lastIndex - b.record.lastIndex);
  }

  replaceAll(records: readonly { clientId: number; record: SessionRecord }[]): void {
    this.sessions.clear();
    for (const { clientId, record } of records) {
      let ascending = true;
      let newestSequence = -1;
      for (const sequence of record.responses.keys()) {
        if (sequence < newestSequence) ascending = false;
        newestSequence = sequence;
      }
      this.sessions.set(clientId, { ...record, ascending, newestSequence });
    }
  }

  get size(): number {
    return this.sessions.size;
  }
}
