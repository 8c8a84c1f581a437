/**
 * The storage the core reads (like etcd's Storage): synchronous, and written only by the
 * node (Ready step 1), never by the core. `MemoryStorage` is an in-memory implementation used
 * by tests, the simulation and the benchmark; the durable implementation lives in
 * src/storage/ and implements the same interface.
 */
import {
  type ConfState,
  EMPTY_CONF_STATE,
  EMPTY_HARD_STATE,
  type Entry,
  type HardState,
  type SnapshotMetadata,
} from "../types/index.js";
import { assertIndex, assertionFailed } from "../util/assert.js";
import { LogCompactedError, LogUnavailableError, SnapshotOutOfDateError } from "./errors.js";
import { entrySizeBytes, type Snapshot } from "./types.js";

export interface InitialState {
  readonly hardState: HardState;
  /** Membership as of the latest snapshot (conf changes after it are replayed). */
  readonly confState: ConfState;
}

/**
 * Read interface of the log storage. Indexes in [firstIndex(), lastIndex()] hold entries;
 * firstIndex() - 1 is the latest snapshot's index, whose term is still answerable.
 * Errors: LogCompactedError below the available range, LogUnavailableError above it.
 */
export interface Storage {
  initialState(): InitialState;
  /**
   * Entries in the half-open range [lo, hi), at most `bytesMax` in total (entrySizeBytes)
   * but always at least one entry when lo < hi. The caller must not mutate the returned
   * array or entries (they may be shared).
   */
  entries(lo: number, hi: number, bytesMax: number): readonly Entry[];
  /** The term of entry `index`, for index in [firstIndex() - 1, lastIndex()]. */
  term(index: number): number;
  /** The index of the first available entry (snapshot index + 1). */
  firstIndex(): number;
  /** The index of the last entry (the snapshot index when the log is empty). */
  lastIndex(): number;
  /** The most recent snapshot (data and metadata), sent to followers that need it. */
  snapshot(): Snapshot;
  /**
   * Metadata of the most recent snapshot, cheaply. Its index may be above firstIndex() - 1
   * when entries before it are kept so that followers can catch up from the log; the state
   * machine restarts from the snapshot, so the core starts with applied = its index.
   */
  snapshotMetadata(): SnapshotMetadata;
}

/**
 * Keeps entries in an array whose slot 0 is a dummy entry at the snapshot's index and term.
 * Invariant: entries[i].index === snapshot.metadata.index + i.
 */
export class MemoryStorage implements Storage {
  private hardState: HardState = EMPTY_HARD_STATE;
  private snap: Snapshot;
  private ents: Entry[];

  /**
   * Without options: an empty log, for a node that joins an existing cluster (it gets its
   * membership from the leader's snapshot). With `bootstrap`: a node of a new cluster, whose
   * initial membership is a snapshot at index 1, term 1 (BOOTSTRAP_INDEX) so that a node
   * joining later is sent that snapshot instead of replaying a log that lacks the membership.
   */
  constructor(options: { bootstrap?: ConfState } = {}) {
    const bootstrap = options.bootstrap;
    const index = bootstrap === undefined ? 0 : BOOTSTRAP_INDEX;
    this.snap = {
      metadata: { index, term: index, confState: bootstrap ?? EMPTY_CONF_STATE },
      data: new Uint8Array(0),
    };
    this.ents = [dummy(index, index)];
    if (bootstrap !== undefined) this.hardState = { term: index, vote: 0, commit: index };
  }

  initialState(): InitialState {
    return { hardState: this.hardState, confState: this.snap.metadata.confState };
  }

  hardStateNow(): HardState {
    return this.hardState;
  }

  setHardState(hardState: HardState): void {
    this.hardState = hardState;
  }

  private offset(): number {
    return (this.ents[0] as Entry).index;
  }

  firstIndex(): number {
    return this.offset() + 1;
  }

  lastIndex(): number {
    return this.offset() + this.ents.length - 1;
  }

  term(index: number): number {
    const offset = this.offset();
    if (index < offset) throw new LogCompactedError(index, offset + 1);
    if (index > this.lastIndex()) throw new LogUnavailableError(index, this.lastIndex());
    return (this.ents[index - offset] as Entry).term;
  }

  entries(lo: number, hi: number, bytesMax: number): readonly Entry[] {
    const offset = this.offset();
    if (lo <= offset) throw new LogCompactedError(lo, offset + 1);
    if (hi > this.lastIndex() + 1) throw new LogUnavailableError(hi - 1, this.lastIndex());
    if (!(lo <= hi)) assertionFailed(`entries: lo ${lo} > hi ${hi}`);
    return limitSize(this.ents.slice(lo - offset, hi - offset), bytesMax);
  }

  snapshot(): Snapshot {
    return this.snap;
  }

  snapshotMetadata(): SnapshotMetadata {
    return this.snap.metadata;
  }

  /** Replaces everything with the snapshot (Ready step 1, BEFORE appending entries). */
  applySnapshot(snapshot: Snapshot): void {
    const current = this.snap.metadata.index;
    if (snapshot.metadata.index < current) {
      throw new SnapshotOutOfDateError(snapshot.metadata.index, current);
    }
    this.snap = snapshot;
    this.ents = [dummy(snapshot.metadata.index, snapshot.metadata.term)];
  }

  /** Records a snapshot of the applied state at `index` (<= lastIndex); the log is kept. */
  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Snapshot {
    assertIndex(index, "snapshot index");
    const current = this.snap.metadata.index;
    if (index <= current) throw new SnapshotOutOfDateError(index, current);
    if (!(index <= this.lastIndex()))
      assertionFailed(`snapshot index ${index} above last ${this.lastIndex()}`);
    const term = this.term(index);
    this.snap = { metadata: { index, term, confState }, data };
    return this.snap;
  }

  /** Discards entries before `compactIndex`; the entry at compactIndex becomes the dummy. */
  compact(compactIndex: number): void {
    const offset = this.offset();
    if (compactIndex <= offset) return;
    if (!(compactIndex <= this.lastIndex()))
      assertionFailed(`compact ${compactIndex} above last index`);
    const first = this.ents[compactIndex - offset] as Entry;
    this.ents = [dummy(first.index, first.term), ...this.ents.slice(compactIndex - offset + 1)];
  }

  /** Appends entries, replacing any existing suffix from entries[0].index on. */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = (entries[0] as Entry).index;
    const offset = this.offset();
    if (!(first <= this.lastIndex() + 1))
      assertionFailed(`append gap: ${first} after ${this.lastIndex()}`);
    // Entries at or below the snapshot are already covered by it.
    const skip = Math.max(0, offset + 1 - first);
    if (skip >= entries.length) return;
    const from = first + skip;
    this.ents.length = from - offset;
    for (let i = skip; i < entries.length; i++) this.ents.push(entries[i] as Entry);
  }
}

/** Index (and term) of the bootstrap snapshot that holds a new cluster's membership. */
export const BOOTSTRAP_INDEX = 1;

function dummy(index: number, term: number): Entry {
  return { index, term, type: 3, data: new Uint8Array(0) };
}

/** The longest prefix within `bytesMax`, and always at least one entry. */
export function limitSize<T extends Entry>(entries: T[], bytesMax: number): T[] {
  if (entries.length === 0) return entries;
  let size = entrySizeBytes(entries[0] as Entry);
  let count = 1;
  while (count < entries.length) {
    size += entrySizeBytes(entries[count] as Entry);
    if (size > bytesMax) break;
    count++;
  }
  if (count < entries.length) entries.length = count;
  return entries;
}
