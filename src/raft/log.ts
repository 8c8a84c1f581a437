/**
 * The Raft log as the core sees it: durable entries in Storage, followed by `unstable`
 * entries (and possibly a snapshot) that the node has not yet reported persisted.
 *
 * Invariant: applied <= applying <= committed <= lastIndex().
 * Invariant: unstable.offset <= storage.lastIndex() + 1 (no gap between the two parts).
 */
import type { Entry } from "../types/index.js";
import { assert, assertionFailed } from "../util/assert.js";
import { LogCompactedError, LogUnavailableError } from "./errors.js";
import { limitSize, type Storage } from "./storage.js";
import { entrySizeBytes, type Snapshot } from "./types.js";

/**
 * Entries (and a snapshot) not yet durable. Entries below `offsetInProgress` were handed to
 * the node in the outstanding Ready and are being written.
 * Invariant: entries[i].index === offset + i; offset <= offsetInProgress <= offset + length.
 */
export class Unstable {
  snapshot: Snapshot | undefined = undefined;
  entries: Entry[] = [];
  offset: number;
  offsetInProgress: number;
  snapshotInProgress = false;

  constructor(offset: number) {
    this.offset = offset;
    this.offsetInProgress = offset;
  }

  maybeFirstIndex(): number | undefined {
    return this.snapshot === undefined ? undefined : this.snapshot.metadata.index + 1;
  }

  maybeLastIndex(): number | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    return this.snapshot === undefined ? undefined : this.snapshot.metadata.index;
  }

  maybeTerm(index: number): number | undefined {
    if (index < this.offset) {
      const meta = this.snapshot?.metadata;
      return meta !== undefined && meta.index === index ? meta.term : undefined;
    }
    const last = this.maybeLastIndex();
    if (last === undefined || index > last) return undefined;
    return (this.entries[index - this.offset] as Entry).term;
  }

  /** Entries not yet handed to the node. */
  nextEntries(): Entry[] {
    const start = this.offsetInProgress - this.offset;
    if (start >= this.entries.length) return [];
    return this.entries.slice(start);
  }

  nextSnapshot(): Snapshot | undefined {
    return this.snapshotInProgress ? undefined : this.snapshot;
  }

  /** Marks everything current as handed to the node (in the Ready being built). */
  acceptInProgress(): void {
    if (this.entries.length > 0) this.offsetInProgress = this.offset + this.entries.length;
    if (this.snapshot !== undefined) this.snapshotInProgress = true;
  }

  /**
   * The node reports entries up to `index` (term `term`) durable. Ignored when the entry was
   * replaced meanwhile (a conflicting append truncated it): the newer entries come again.
   */
  stableTo(index: number, term: number): void {
    const current = this.maybeTerm(index);
    if (current === undefined || index < this.offset || current !== term) return;
    this.entries = this.entries.slice(index + 1 - this.offset);
    this.offset = index + 1;
    this.offsetInProgress = Math.max(this.offsetInProgress, this.offset);
  }

  stableSnapTo(index: number): void {
    if (this.snapshot !== undefined && this.snapshot.metadata.index === index) {
      this.snapshot = undefined;
      this.snapshotInProgress = false;
    }
  }

  restore(snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1;
    this.offsetInProgress = this.offset;
    this.entries = [];
    this.snapshot = snapshot;
    this.snapshotInProgress = false;
  }

  truncateAndAppend(entries: readonly Entry[]): void {
    const from = (entries[0] as Entry).index;
    if (from === this.offset + this.entries.length) {
      for (const entry of entries) this.entries.push(entry);
    } else if (from <= this.offset) {
      this.entries = entries.slice();
      this.offset = from;
      this.offsetInProgress = from;
    } else {
      this.entries = this.entries.slice(0, from - this.offset);
      for (const entry of entries) this.entries.push(entry);
      this.offsetInProgress = Math.min(this.offsetInProgress, from);
    }
  }

  /** Entries in [lo, hi); both MUST lie within the unstable range. */
  slice(lo: number, hi: number): Entry[] {
    assert(lo >= this.offset && hi <= this.offset + this.entries.length, "unstable slice range");
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}

export class RaftLog {
  readonly storage: Storage;
  readonly unstable: Unstable;
  committed: number;
  /** Highest index handed to the node for applying (in a Ready not yet advanced). */
  applying: number;
  applied: number;
  /** Bound on the bytes of committed entries in one Ready. */
  readonly readyCommittedBytesMax: number;

  constructor(storage: Storage, readyCommittedBytesMax: number) {
    this.storage = storage;
    this.readyCommittedBytesMax = readyCommittedBytesMax;
    const first = storage.firstIndex();
    this.unstable = new Unstable(storage.lastIndex() + 1);
    // The state machine restarts from the snapshot, which may be above first - 1 when
    // trailing entries are kept.
    const start = Math.max(first - 1, storage.snapshotMetadata().index);
    this.committed = start;
    this.applying = start;
    this.applied = start;
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  /** The highest index such that the whole prefix up to it is durable. */
  stableIndex(): number {
    return Math.min(this.unstable.offset - 1, this.storage.lastIndex());
  }

  /** The term of entry `index`, or undefined when it is compacted or beyond the log. */
  term(index: number): number | undefined {
    const dummyIndex = this.firstIndex() - 1;
    if (index < dummyIndex || index > this.lastIndex()) return undefined;
    const unstableTerm = this.unstable.maybeTerm(index);
    if (unstableTerm !== undefined) return unstableTerm;
    try {
      return this.storage.term(index);
    } catch (error) {
      if (error instanceof LogCompactedError || error instanceof LogUnavailableError) {
        return undefined;
      }
      throw error;
    }
  }

  lastTerm(): number {
    const term = this.term(this.lastIndex());
    assert(term !== undefined, "the last entry's term must be known");
    return term;
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** Raft §5.4.1: is (lastIndex, lastTerm) at least as up to date as our log? */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Follower side of AppendEntries (Raft §5.3): returns the last index of the appended range
   * when the log matches at (prevIndex, prevTerm), else undefined.
   */
  maybeAppend(
    prevIndex: number,
    prevTerm: number,
    commit: number,
    entries: readonly Entry[],
  ): number | undefined {
    if (!this.matchTerm(prevIndex, prevTerm)) return undefined;
    const lastNewIndex = prevIndex + entries.length;
    const conflict = this.findConflict(entries);
    if (conflict !== 0) {
      if (!(conflict > this.committed))
        assertionFailed(`conflict at ${conflict} <= committed ${this.committed}`);
      this.append(entries.slice(conflict - (prevIndex + 1)));
    }
    this.commitTo(Math.min(commit, lastNewIndex));
    return lastNewIndex;
  }

  /** Appends after truncating any suffix that conflicts; returns the new last index. */
  append(entries: readonly Entry[]): number {
    if (entries.length === 0) return this.lastIndex();
    const after = (entries[0] as Entry).index - 1;
    if (!(after >= this.committed))
      assertionFailed(`append after ${after} would overwrite committed entries`);
    if (!(after <= this.lastIndex())) assertionFailed(`append after ${after} leaves a gap`);
    this.unstable.truncateAndAppend(entries);
    return this.lastIndex();
  }

  /** The first index whose term differs from our log (or that is new), 0 if none. */
  findConflict(entries: readonly Entry[]): number {
    for (const entry of entries) {
      if (!this.matchTerm(entry.index, entry.term)) return entry.index;
    }
    return 0;
  }

  /**
   * The largest index <= `index` whose term is <= `term` (term 0 when it is compacted):
   * the fast back-off hint of a rejected append.
   */
  findConflictByTerm(index: number, term: number): { index: number; term: number } {
    let at = index;
    while (at > 0) {
      const ourTerm = this.term(at);
      if (ourTerm === undefined) return { index: at, term: 0 };
      if (ourTerm <= term) return { index: at, term: ourTerm };
      at--;
    }
    return { index: 0, term: 0 };
  }

  /**
   * Entries in [lo, hi) with at most `bytesMax` (always at least one). Throws
   * LogCompactedError when lo is below firstIndex().
   */
  slice(lo: number, hi: number, bytesMax: number): readonly Entry[] {
    if (!(lo <= hi)) assertionFailed(`slice lo ${lo} > hi ${hi}`);
    if (lo === hi) return [];
    const first = this.firstIndex();
    if (lo < first) throw new LogCompactedError(lo, first);
    if (!(hi <= this.lastIndex() + 1))
      assertionFailed(`slice hi ${hi} beyond last ${this.lastIndex()}`);
    const offset = this.unstable.offset;
    if (lo >= offset) return limitSize(this.unstable.slice(lo, hi), bytesMax);
    const stored = this.storage.entries(lo, Math.min(hi, offset), bytesMax);
    if (hi <= offset || stored.length < Math.min(hi, offset) - lo) return stored;
    let size = 0;
    for (const entry of stored) size += entrySizeBytes(entry);
    if (size >= bytesMax) return stored;
    const rest = limitSize(this.unstable.slice(offset, hi), bytesMax - size);
    const combined = stored.slice();
    for (const entry of rest) {
      size += entrySizeBytes(entry);
      if (size > bytesMax) break;
      combined.push(entry);
    }
    return combined;
  }

  /** Committed entries not yet handed out for applying, within readyCommittedBytesMax. */
  nextCommittedEntries(): readonly Entry[] {
    if (!this.hasNextCommittedEntries()) return [];
    return this.slice(this.applying + 1, this.committed + 1, this.readyCommittedBytesMax);
  }

  hasNextCommittedEntries(): boolean {
    // A snapshot being installed must be applied first.
    if (this.unstable.snapshot !== undefined) return false;
    return this.applying < this.committed;
  }

  commitTo(commit: number): void {
    if (commit <= this.committed) return;
    if (!(commit <= this.lastIndex()))
      assertionFailed(`commit ${commit} beyond last index ${this.lastIndex()}`);
    this.committed = commit;
  }

  /** Commits `index` only if its entry is from `term` (Raft §5.4.2). */
  maybeCommit(index: number, term: number): boolean {
    if (index > this.committed && this.term(index) === term) {
      this.commitTo(index);
      return true;
    }
    return false;
  }

  acceptApplying(index: number): void {
    if (!(index <= this.committed))
      assertionFailed(`applying ${index} beyond committed ${this.committed}`);
    this.applying = Math.max(this.applying, index);
  }

  appliedTo(index: number): void {
    if (!(index <= this.committed))
      assertionFailed(`applied ${index} beyond committed ${this.committed}`);
    if (!(index >= this.applied))
      assertionFailed(`applied went back from ${this.applied} to ${index}`);
    this.applied = index;
    this.applying = Math.max(this.applying, index);
  }

  restore(snapshot: Snapshot): void {
    this.committed = snapshot.metadata.index;
    this.unstable.restore(snapshot);
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }
}
