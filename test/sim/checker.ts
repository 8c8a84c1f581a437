/**
 * Safety invariants of the simulation, checked as the run goes (Raft §5.4, figure 3):
 * - election safety: at most one leader per term;
 * - log matching: two logs with an entry of the same index and term hold the same entries
 *   up to it (a cheap per-append check plus a periodic full comparison);
 * - leader completeness: a new leader's log holds every entry committed in an earlier term
 *   (a leader of an older term, elected late, e.g. with votes it read after a pause, need
 *   not hold what a newer term committed: it can commit nothing, as every majority is past
 *   its term);
 * - state machine safety: no two nodes commit or apply different entries at one index (one
 *   fingerprint per index, and a rolling fingerprint per applied prefix that snapshots carry);
 * - commit and applied indexes never go backwards (per node incarnation; the durable commit
 *   index never goes backwards across crashes);
 * - durability: no acknowledged proposal is ever lost.
 */
import { type RawNode, StateRole } from "../../src/raft/index.js";
import type { Entry } from "../../src/types/index.js";
import { entryFingerprint } from "./kv.js";

export class Violation extends Error {
  override name = "Violation";
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Violation(message);
}

export class Checker {
  /** term -> leader id. */
  private readonly leaders = new Map<number, number>();
  /** index -> fingerprint of the committed entry. */
  readonly committed = new Map<number, number>();
  maxCommittedIndex = 0;
  /**
   * index -> the lowest term of a node seen holding the entry committed: an upper bound of the
   * term it was committed in (the committing leader sees it first, in its own term).
   */
  private readonly committedTerm = new Map<number, number>();
  /** index -> rolling fingerprint of the applied prefix up to it. */
  readonly rolling = new Map<number, number>();
  /** index -> term -> fingerprint of any entry ever persisted with that index and term. */
  private readonly persisted = new Map<number, Map<number, number>>();
  /** Acknowledged proposals: index -> fingerprint. */
  readonly acknowledged = new Map<number, number>();

  constructor(bootstrapIndex: number) {
    this.rolling.set(bootstrapIndex, 0);
  }

  /** Election safety, and leader completeness the first time a leader is seen. */
  observeLeader(id: number, node: RawNode): void {
    const raft = node.raft;
    if (raft.role !== StateRole.Leader) return;
    const known = this.leaders.get(raft.term);
    if (known === id) return;
    check(known === undefined, `two leaders in term ${raft.term}: ${known} and ${id}`);
    this.leaders.set(raft.term, id);
    const first = raft.log.firstIndex();
    const last = Math.min(raft.log.lastIndex(), this.maxCommittedIndex);
    if (first <= last) {
      const entries = raft.log.slice(first, last + 1, Number.MAX_SAFE_INTEGER);
      for (const entry of entries) {
        if ((this.committedTerm.get(entry.index) ?? 0) >= raft.term) continue;
        const fp = this.committed.get(entry.index);
        check(
          fp === undefined || fp === entryFingerprint(entry),
          `leader completeness: leader ${id} of term ${raft.term} has a different entry at committed index ${entry.index}`,
        );
      }
    }
    let committedBefore = 0;
    for (const [index, term] of this.committedTerm) {
      if (term < raft.term && index > committedBefore) committedBefore = index;
    }
    check(
      raft.log.lastIndex() >= committedBefore,
      `leader completeness: leader ${id} of term ${raft.term} ends at ${raft.log.lastIndex()}, committed ${committedBefore} before its term`,
    );
  }

  /** Records entries a node reports committed and compares them with what others committed. */
  observeCommitted(id: number, entries: readonly Entry[], observerTerm: number): void {
    for (const entry of entries) {
      const seen = this.committedTerm.get(entry.index);
      if (seen === undefined || observerTerm < seen)
        this.committedTerm.set(entry.index, observerTerm);
      const fp = entryFingerprint(entry);
      const known = this.committed.get(entry.index);
      check(
        known === undefined || known === fp,
        `node ${id} committed a different entry at index ${entry.index} (term ${entry.term})`,
      );
      if (known === undefined) this.committed.set(entry.index, fp);
      if (entry.index > this.maxCommittedIndex) this.maxCommittedIndex = entry.index;
    }
  }

  /** A node applied up to `index` with rolling fingerprint `rolling`. */
  observeApplied(id: number, index: number, rolling: number): void {
    const known = this.rolling.get(index);
    check(
      known === undefined || known === rolling,
      `node ${id} applied a different prefix up to index ${index}`,
    );
    if (known === undefined) this.rolling.set(index, rolling);
  }

  /** Same index and term must mean the same entry, wherever and whenever it is persisted. */
  observePersisted(id: number, entries: readonly Entry[]): void {
    for (const entry of entries) {
      let byTerm = this.persisted.get(entry.index);
      if (byTerm === undefined) {
        byTerm = new Map();
        this.persisted.set(entry.index, byTerm);
      }
      const fp = entryFingerprint(entry);
      const known = byTerm.get(entry.term);
      check(
        known === undefined || known === fp,
        `log matching: node ${id} persisted a different entry at index ${entry.index} term ${entry.term}`,
      );
      if (known === undefined) byTerm.set(entry.term, fp);
    }
  }

  acknowledge(index: number, fingerprint: number): void {
    this.acknowledged.set(index, fingerprint);
    const known = this.committed.get(index);
    check(known === undefined || known === fingerprint, `acknowledged ${index} differs`);
  }

  /** No acknowledged proposal lost: each is the committed entry at its index. */
  checkAcknowledged(): void {
    for (const [index, fp] of this.acknowledged) {
      check(this.committed.get(index) === fp, `acknowledged proposal at index ${index} lost`);
    }
  }
}

/** Full log matching over every pair of logs: equal (index, term) means equal prefixes. */
export function checkLogMatching(logs: ReadonlyMap<number, readonly Entry[]>): void {
  const ids = [...logs.keys()];
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      compareLogs(
        ids[a] as number,
        logs.get(ids[a] as number) ?? [],
        ids[b] as number,
        logs.get(ids[b] as number) ?? [],
      );
    }
  }
}

function compareLogs(idA: number, a: readonly Entry[], idB: number, b: readonly Entry[]): void {
  if (a.length === 0 || b.length === 0) return;
  const firstA = (a[0] as Entry).index;
  const firstB = (b[0] as Entry).index;
  const lo = Math.max(firstA, firstB);
  const hi = Math.min(firstA + a.length - 1, firstB + b.length - 1);
  let matched = false;
  for (let i = hi; i >= lo; i--) {
    const ea = a[i - firstA] as Entry;
    const eb = b[i - firstB] as Entry;
    if (!matched && ea.term === eb.term) matched = true;
    // The simulated network delivers entries by reference: one object is one entry.
    if (matched && ea !== eb) {
      check(
        ea.term === eb.term && entryFingerprint(ea) === entryFingerprint(eb),
        `log matching: nodes ${idA} and ${idB} agree at a later index but differ at ${i}`,
      );
    }
  }
}
